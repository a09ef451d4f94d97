package com.cp1ki.app.editor.workload;

import com.cp1ki.io.tokens.ImportOptions;
import com.cp1ki.io.tokens.TokenImport;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The log import's preview text (issue 9 item 7): one line per record, whatever its cells hold. */
class ImportPreviewsTest {

    @Test
    void aCellWithLineBreaksIsOneRowOfThePreview() throws Exception {
        String log = "request,messages,input_tokens,output_tokens\r\n"
                + "0,\"Add these up:\r\n7,8,900000,90000\r\nthanks\",1234,567\r\n"
                + "1,hello,10,2\r\n";
        List<String> lines = ImportPreviews.describe(TokenImport.preview(log, ImportOptions.defaults())).lines().toList();
        assertEquals(4, lines.size(), String.join("\n", lines));
        assertTrue(lines.get(2).contains("| Add these up:\u21b57,8,90000… |"), lines.get(2));
        assertTrue(lines.get(2).endsWith("| 1234         | 567"), lines.get(2));
        assertTrue(lines.get(3).startsWith("  1 "), lines.get(3));
    }
}
