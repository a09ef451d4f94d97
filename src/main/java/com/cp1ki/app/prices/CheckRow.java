package com.cp1ki.app.prices;

import com.cp1ki.io.catalog.PriceDifference;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

import java.util.Locale;

/** One row of Check prices: a differing price, chosen or not for applying. */
public final class CheckRow {

    private final PriceDifference difference;
    private final BooleanProperty chosen = new SimpleBooleanProperty(true);

    CheckRow(PriceDifference difference) {
        this.difference = difference;
    }

    public PriceDifference difference() {
        return difference;
    }

    public BooleanProperty chosenProperty() {
        return chosen;
    }

    public String stack() {
        return difference.stack();
    }

    public String field() {
        return difference.field();
    }

    public String project() {
        return amount(difference.project());
    }

    public String catalog() {
        return amount(difference.catalog());
    }

    public String date() {
        return difference.catalogDate();
    }

    /** "+25.0%", or "new" when the project's price is 0. */
    public String change() {
        Double p = difference.changePct();
        return p == null ? "new" : String.format(Locale.ROOT, "%+.1f%%", p);
    }

    public String source() {
        return difference.entryId() + ": " + difference.source();
    }

    private String amount(double v) {
        String unit = difference.unit();
        return switch (unit) {
            case "USD/1M tokens" -> money(v) + " /1M tok";
            case "USD/hour" -> money(v) + " /h";
            case "USD/request" -> money(v) + " /request";
            case "share" -> String.format(Locale.ROOT, "%.0f%%", v * 100);
            default -> String.format(Locale.ROOT, "%,.0f", v);
        };
    }

    private static String money(double v) {
        return v != 0 && Math.abs(v) < 0.01 ? String.format(Locale.ROOT, "$%.6f", v).replaceFirst("0+$", "")
                : String.format(Locale.ROOT, "$%,.4f", v).replaceFirst("(\\.\\d\\d\\d*?)0+$", "$1");
    }
}
