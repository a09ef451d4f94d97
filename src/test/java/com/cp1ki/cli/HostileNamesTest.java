package com.cp1ki.cli;

import com.cp1ki.app.charts.ChartKind;
import com.cp1ki.app.charts.ChartOptions;
import com.cp1ki.app.charts.Fx;
import com.cp1ki.app.charts.export.ChartExport;
import com.cp1ki.engine.CostEngine;
import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.report.Report;
import com.cp1ki.io.project.ProjectFiles;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 9, items 9 and 10: a project whose names are spreadsheet formulas, HTML, links, images and
 * line breaks (src/test/resources/com/cp1ki/hostile/hostile-names.cp1ki). Every CSV we write (the
 * report and every chart's data) shows them as text, and the markdown report renders them as
 * text: no HTML, link, image, heading or table cell of their own.
 */
class HostileNamesTest {
    static final Path FILE = Path.of("src/test/resources/com/cp1ki/hostile/hostile-names.cp1ki");
    static final String WORKLOAD = "=HYPERLINK(\"http://evil.example/x\",\"click\")";

    static Project project() throws Exception {
        return ProjectFiles.load(FILE);
    }

    /** No cell starts as a formula unless it is a plain number; returns every cell. */
    static List<String> assertNoFormula(String csv, String what) {
        List<String> cells = new ArrayList<>();
        for (List<String> row : Rfc4180.parse(csv)) {
            for (String c : row) {
                cells.add(c);
                if (!c.isEmpty() && "=+-@\t\r\uFF1D\uFF0B\uFF0D\uFF20".indexOf(c.charAt(0)) >= 0) {
                    assertTrue(c.matches("-?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?"),
                            what + ": a cell a spreadsheet would run: " + c);
                }
            }
        }
        return cells;
    }

    @Test
    void theCsvReportShowsFormulaNamesAsTextAndKeepsNegativeNumbers() throws Exception {
        CliRun run = CliRun.of("report", FILE.toString(), "--format", "csv");
        assertEquals(0, run.exit(), run.err());
        List<String> cells = assertNoFormula(run.out(), "report --format csv");
        assertTrue(cells.contains("'" + WORKLOAD), run.out());
        assertTrue(cells.contains("'+cmd|' /C calc'!A0"), run.out());
        assertTrue(cells.contains("'-2+3"), run.out());
        assertTrue(cells.contains("'@SUM(A1:A9)"), run.out());
        assertTrue(cells.stream().anyMatch(c -> c.startsWith("'\tTab [link]")), run.out());
    }

    @Test
    void thePortfolioCsvShowsFormulaNamesAsText() {
        CliRun run = CliRun.of("report", FILE.toString(), "--format", "csv", "--section", "portfolio");
        assertEquals(0, run.exit(), run.err());
        List<String> cells = assertNoFormula(run.out(), "report --format csv --section portfolio");
        assertTrue(cells.contains("'" + WORKLOAD), run.out());
        assertTrue(cells.contains("'@SUM(A1:A9)"), run.out());
    }

    @Test
    void everyChartsCsvShowsFormulaNamesAsText() throws Exception {
        Project p = project();
        Report r = CostEngine.report(p);
        // the Bill draws routed workloads only: route each to the first enabled stack
        String first = p.stacks().stream().filter(com.cp1ki.engine.model.Stack::enabled).findFirst().orElseThrow().name();
        Project routed = p.withWorkloads(p.workloads().stream().map(w -> w.withRouting(
                List.of(new com.cp1ki.engine.model.Route(first, 1)))).toList());
        Report routedReport = CostEngine.report(routed);
        // the scenario charts draw the base beside a scenario with a hostile name of its own
        String volume = "workloads[" + p.workloads().get(0).name() + "].inferencesPerDay";
        Project withScenario = p.withScenarios(List.of(new com.cp1ki.engine.model.Scenario("=HYPERLINK(\"x\") twice",
                List.of(com.cp1ki.engine.model.FieldOverride.scale(volume, 2)))));
        ChartOptions scenarios = ChartOptions.DEFAULT.withScenarios(
                com.cp1ki.engine.scenario.ScenarioEngine.columns(withScenario));
        for (ChartKind k : ChartKind.values()) {
            if (k == ChartKind.SCENARIO_MARGIN && p.plans().isEmpty()) {
                continue;
            }
            Project q = k == ChartKind.BILL ? routed : p;
            Report rq = k == ChartKind.BILL ? routedReport : r;
            ChartOptions o = k.scope() == ChartKind.Scope.SCENARIOS ? scenarios : ChartOptions.DEFAULT;
            String csv = Fx.call(() -> ChartExport.csvText(k, q, rq, o));
            List<String> cells = assertNoFormula(csv, k + " chart CSV");
            assertTrue(cells.stream().anyMatch(c -> c.contains("HYPERLINK") || c.contains("calc'!A0")
                    || c.contains("onerror")), k + " shows no hostile name: " + csv);
        }
    }

    @Test
    void theMarkdownReportRendersHostileNamesAsTextOnly() throws Exception {
        CliRun run = CliRun.of("report", FILE.toString());
        assertEquals(0, run.exit(), run.err());
        Node doc = Parser.builder().extensions(List.of(TablesExtension.create())).build().parse(run.out());
        List<String> headings = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        List<List<Integer>> tableWidths = new ArrayList<>();
        doc.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading h) {
                headings.add(h.getLevel() + " " + text(h));
            }

            @Override
            public void visit(HtmlInline h) {
                problems.add("inline HTML " + h.getLiteral());
            }

            @Override
            public void visit(HtmlBlock h) {
                problems.add("HTML block " + h.getLiteral());
            }

            @Override
            public void visit(Link l) {
                problems.add("link to " + l.getDestination());
            }

            @Override
            public void visit(Image i) {
                problems.add("image " + i.getDestination());
            }

            @Override
            public void visit(org.commonmark.node.CustomBlock b) {
                if (b instanceof TableBlock) {
                    List<Integer> widths = new ArrayList<>();
                    tableWidths.add(widths);
                    for (Node n = b.getFirstChild(); n != null; n = n.getNext()) {
                        for (Node row = n.getFirstChild(); row != null; row = row.getNext()) {
                            if (row instanceof TableRow) {
                                int w = 0;
                                for (Node c = row.getFirstChild(); c != null; c = c.getNext()) {
                                    w++;
                                }
                                widths.add(w);
                            }
                        }
                    }
                }
                visitChildren(b);
            }
        });
        assertEquals(List.of(), problems, run.out());
        assertEquals("1 CP1Ki report: Acme # Injected heading <script>alert(1)</script>", headings.get(0), run.out());
        assertEquals("2 Workload " + WORKLOAD, headings.get(1));
        assertTrue(headings.contains("3 +cmd|' /C calc'!A0 (managed API)"), headings.toString());
        assertTrue(headings.contains("3 <img src=x onerror=alert(1)> 1. list | cell (served by +cmd|' /C calc'!A0)"),
                headings.toString());
        assertEquals(1, headings.stream().filter(h -> h.startsWith("1 ")).count(), headings.toString());
        assertEquals(List.of("2 Workload " + WORKLOAD), headings.stream()
                .filter(h -> h.startsWith("2 ") && !List.of("2 Plans", "2 Warnings").contains(h)
                        && !h.startsWith("2 Portfolio: ")).toList(), "only the report's own sections and the workload");
        assertFalse(tableWidths.isEmpty());
        assertTrue(tableWidths.stream().allMatch(t -> t.stream().distinct().count() == 1),
                "a table with rows of other widths than its header: " + tableWidths);
        assertTrue(run.out().contains("source: \\[source\\](javascript:alert(1)) \\<b\\>bold\\</b\\>"), run.out());
    }

    static String text(Node n) {
        StringBuilder b = new StringBuilder();
        Stream.iterate(n.getFirstChild(), x -> x != null, Node::getNext).forEach(c -> {
            if (c instanceof Text t) {
                b.append(t.getLiteral());
            } else {
                b.append(text(c));
            }
        });
        return b.toString();
    }
}
