package com.cp1ki.cli;

import com.cp1ki.io.catalog.PriceCheck;
import com.cp1ki.io.catalog.PriceDifference;
import com.cp1ki.io.catalog.lists.PriceList;
import com.cp1ki.io.catalog.lists.Skipped;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;

/** The JSON form of {@code cp1ki prices}; every key is documented in docs/cli.md. */
final class PricesJsonWriter {

    private PricesJsonWriter() {
    }

    static void write(PrintStream out, String project, PriceList list, LocalDate day, PriceCheck.Result r, boolean applied) {
        try {
            JsonGenerator g = new JsonFactory().createGenerator(out);
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeNumberField("formatVersion", 1);
            g.writeStringField("project", project);
            g.writeStringField("day", day.toString());
            g.writeObjectFieldStart("list");
            g.writeStringField("file", list.file());
            g.writeStringField("format", list.format().shortName());
            g.writeStringField("date", list.listDate().toString());
            g.writeNumberField("entries", list.apiModels().size() + list.gpuInstances().size());
            g.writeArrayFieldStart("notPriceable");
            for (Skipped s : list.skipped()) {
                g.writeStartObject();
                g.writeStringField("entry", s.entry());
                g.writeStringField("reason", s.reason());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeArrayFieldStart("differences");
            for (PriceDifference d : r.differences()) {
                g.writeStartObject();
                g.writeStringField("stack", d.stack());
                g.writeStringField("field", d.field());
                g.writeStringField("unit", d.unit());
                g.writeNumberField("project", d.project());
                g.writeNumberField("catalog", d.catalog());
                if (d.changePct() == null) {
                    g.writeNullField("changePct");
                } else {
                    g.writeNumberField("changePct", d.changePct());
                }
                g.writeStringField("catalogDate", d.catalogDate());
                g.writeStringField("entry", d.entryId());
                g.writeStringField("source", d.source());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("notInList");
            for (String s : r.unmatched()) {
                g.writeString(s);
            }
            g.writeEndArray();
            g.writeBooleanField("applied", applied);
            g.writeEndObject();
            g.flush();
            out.println();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
