package com.cp1ki.io.export;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MarkdownTest {

    @Test
    void ordinaryNamesStayReadable() {
        assertEquals("GPT-4o", Markdown.text("GPT-4o"));
        assertEquals("Llama 3 70B (g5.xlarge) + ops", Markdown.text("Llama 3 70B (g5.xlarge) + ops"));
        assertEquals("document_summariser", Markdown.text("document_summariser"));
        assertEquals("Pro (INR), \"unlimited\"", Markdown.text("Pro (INR), \"unlimited\""));
    }

    @Test
    void aLineBreakCannotStartAHeading() {
        assertEquals("Acme \\# Injected", Markdown.text("Acme\n# Injected"));
        assertEquals("a b c d", Markdown.text("a\r\nb\u2028c\u0085d"));
        assertEquals("x", Markdown.text("  \n x \t"));
    }

    @Test
    void htmlLinksImagesAndEmphasisAreEscaped() {
        assertEquals("\\<script\\>alert(1)\\</script\\>", Markdown.text("<script>alert(1)</script>"));
        assertEquals("\\[click\\](http://evil)", Markdown.text("[click](http://evil)"));
        assertEquals("!\\[i\\](http://evil/i.png)", Markdown.text("![i](http://evil/i.png)"));
        assertEquals("\\*bold\\* \\_em\\_ \\~\\~gone\\~\\~ \\`code\\` a\\|b R\\&D \\&amp;", Markdown.text("*bold* _em_ ~~gone~~ `code` a|b R&D &amp;"));
        assertEquals("back\\\\slash", Markdown.text("back\\slash"));
    }

    @Test
    void whatWouldOpenABlockAtTheStartIsEscaped() {
        assertEquals("\\- item", Markdown.text("- item"));
        assertEquals("\\+ item", Markdown.text("+ item"));
        assertEquals("\\> quote", Markdown.text("> quote"));
        assertEquals("\\===", Markdown.text("==="));
        assertEquals("1\\. item", Markdown.text("1. item"));
        assertEquals("12\\) item", Markdown.text("12) item"));
        assertEquals("\\#\\# h", Markdown.text("## h"));
        assertEquals("1.5 tokens", Markdown.text("1.5 tokens"));
    }

    @Test
    void codeIsFencedByMoreBackticksThanItHolds() {
        assertEquals("`a x b`", Markdown.code("a x b"));
        assertEquals("``a ` b``", Markdown.code("a ` b"));
        assertEquals("``` `` x ```", Markdown.code("`` x"));
        assertEquals("`a b`", Markdown.code("a\nb"));
    }

    @Test
    void nullIsEmpty() {
        assertEquals("", Markdown.text(null));
    }
}
