package com.cp1ki.io.tokens;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The receiving end of docs/warehouse.md: files in the shapes those exports write import right. */
class WarehouseShapeTest {
    @TempDir
    Path dir;

    @Test
    void bigQueryAndDuckDbLowerCaseHeaderWithTag() throws Exception {
        ImportResult r = TokenImport.importText("tag,input,output,count\nchat,88,41,3\nchat,90,40,1\nsummariser,1021,129,2\n",
                ImportOptions.defaults());
        assertEquals(6, r.report().weight(), 0);
        assertEquals(List.of("chat", "summariser"), r.tags().stream().map(TagResult::name).toList());
        assertEquals(4, r.tag("chat").orElseThrow().weight(), 0);
        assertEquals((88 * 3 + 90) / 4.0, r.tag("chat").orElseThrow().distribution().meanInput(), 1e-12);
    }

    @Test
    void snowflakeUpperCaseHeaderAndANullThatSlippedThrough() throws Exception {
        ImportResult r = TokenImport.importText("TAG,INPUT,OUTPUT,COUNT\nchat,88,41,3\nchat,,41,7\n", ImportOptions.defaults());
        assertEquals(3, r.report().weight(), 0);
        assertEquals(List.of(3L), r.report().skipped().get(SkipReason.EMPTY_CELL).firstLines());
    }

    @Test
    void sparkGzipPartFileWithoutTag() throws Exception {
        Path part = dir.resolve("part-00000-4f2c.csv.gz");
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(part))) {
            o.write("input,output,count\n1021,129,4812\n1022,129,4790\n".getBytes(StandardCharsets.UTF_8));
        }
        ImportResult r = TokenImport.importFile(part, ImportOptions.defaults());
        assertEquals(9602, r.report().weight(), 0);
        assertEquals(2, r.report().rowsUsed());
        assertEquals(129, r.distribution().meanOutput(), 0);
    }
}
