package com.cp1ki.cli;

import com.cp1ki.engine.report.BillChange;
import com.cp1ki.engine.report.Explanation;
import com.cp1ki.engine.report.FeatureBill;
import com.cp1ki.engine.report.FeatureShare;
import com.cp1ki.engine.report.Portfolio;
import com.cp1ki.engine.report.StackBill;
import com.cp1ki.io.export.Markdown;

import java.io.PrintWriter;

/**
 * The report's portfolio section for people: the bill by stack and by feature, unused reserved
 * capacity as its own line, and how each allocated amount was computed. Also the move command's
 * before/after table.
 */
final class PortfolioMarkdown {
    private PortfolioMarkdown() {
    }

    static void write(PrintWriter out, Amounts amounts, Portfolio p) {
        out.println();
        out.println("## Portfolio: the monthly bill as the product is run");
        out.println();
        if (p.isEmpty()) {
            out.println("No workload is routed, so there is no portfolio. Give a workload its routing (the stacks"
                    + " that serve it in production and their shares) to see the bill.");
            return;
        }
        out.println("Each stack's fixed and ops cost is paid once; a self-hosted fleet is sized for everything"
                + " routed to it. Results above are each workload on each stack alone (how a stack is chosen).");
        out.println();
        out.println("| stack | kind | instances | utilisation | monthly | allocated by |");
        out.println("|---|---|---:|---:|---:|---|");
        for (StackBill s : p.stacks()) {
            out.println("| " + cell(s.stack()) + " | " + ("gpu".equals(s.kind()) ? "self-hosted" : "managed API") + " | "
                    + (s.instances() == null ? "" : s.instances()) + " | "
                    + (s.utilisation() == null ? "" : Amounts.percent(s.utilisation())) + " | "
                    + amounts.money(s.monthlyCost()) + " | " + keys(s) + " |");
        }
        out.println();
        out.println("| feature | inferences/month | monthly | CP1Ki | routed to |");
        out.println("|---|---:|---:|---:|---|");
        for (FeatureBill f : p.features()) {
            StringBuilder routes = new StringBuilder();
            for (FeatureShare x : f.stacks()) {
                routes.append(routes.length() == 0 ? "" : ", ").append(cell(x.stack())).append(' ')
                        .append(Amounts.percent(x.routingShare()));
            }
            out.println("| " + cell(f.workload()) + " | " + Amounts.count(f.monthlyInferences()) + " | "
                    + amounts.money(f.monthlyCost()) + " | " + amounts.money(f.cp1ki()) + " | " + routes + " |");
        }
        if (p.unusedReserved() > 0) {
            out.println("| (unused reserved capacity) | | " + amounts.money(p.unusedReserved()) + " | | |");
        }
        out.println("| **total** | | **" + amounts.money(p.total()) + "** | | |");
        for (FeatureBill f : p.features()) {
            out.println();
            out.println("### Feature " + cell(f.workload()) + " in the portfolio");
            out.println();
            for (Explanation e : f.explanations()) {
                out.println(MarkdownReportWriter.explanation(e));
            }
        }
        for (StackBill s : p.stacks()) {
            out.println();
            out.println("### Stack " + cell(s.stack()) + " in the portfolio");
            out.println();
            for (Explanation e : s.explanations()) {
                out.println(MarkdownReportWriter.explanation(e));
            }
        }
    }

    private static String keys(StackBill s) {
        String overhead = "fixed and ops by " + s.overheadKey().label();
        return s.fleetKey() == null ? overhead : "GPU by " + s.fleetKey().label() + ", " + overhead;
    }

    /** The move command's before/after. */
    static void change(PrintWriter out, Amounts amounts, String title, BillChange c) {
        out.println("# " + title);
        out.println();
        out.println("Monthly bill: " + amounts.money(c.totalBefore()) + " -> " + amounts.money(c.totalAfter())
                + " (" + signed(amounts, c.delta()) + ").");
        out.println();
        out.println("| stack | monthly before | monthly after | change |");
        out.println("|---|---:|---:|---:|");
        for (BillChange.StackChange s : c.stacks()) {
            out.println("| " + cell(s.stack()) + " | " + amounts.money(s.before()) + " | " + amounts.money(s.after())
                    + " | " + signed(amounts, s.delta()) + " |");
        }
        out.println();
        out.println("| feature | monthly before | monthly after | change | CP1Ki before | CP1Ki after | CP1Ki change |");
        out.println("|---|---:|---:|---:|---:|---:|---:|");
        for (BillChange.FeatureChange f : c.features()) {
            out.println("| " + cell(f.workload()) + " | " + amounts.money(f.monthlyBefore()) + " | "
                    + amounts.money(f.monthlyAfter()) + " | " + signed(amounts, f.delta()) + " | "
                    + amounts.money(f.cp1kiBefore()) + " | " + amounts.money(f.cp1kiAfter()) + " | "
                    + signed(amounts, f.cp1kiDelta()) + " |");
        }
    }

    private static String signed(Amounts amounts, double v) {
        return (v > 0 ? "+" : "") + amounts.money(v);
    }

    /** A name as markdown text (escaped, one line; see {@link Markdown}). */
    private static String cell(String s) {
        return Markdown.text(s);
    }
}
