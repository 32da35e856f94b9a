package org.hesstrucks.report;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.hesstrucks.cost.CostSnapshot;
import org.hesstrucks.result.CellResult;
import org.hesstrucks.result.CellStatus;
import org.hesstrucks.result.Provenance;
import org.hesstrucks.result.Summary;

/**
 * The scope the Mustache template renders: every value is plain data, and every string is escaped by the
 * template ({@code {{ }}}) except the four inlined assets and the chart JSON, which are made safe here.
 */
record ReportPage(
    String sweepName,
    String resultsDir,
    String generatedAt,
    int cellCount,
    List<StatusCount> statusCounts,
    String totalOptimizerTime,
    List<Fact> provenance,
    List<Fact> plugins,
    String sweepFile,
    List<OptimizerChip> optimizers,
    List<ProblemView> problems,
    List<TelemetryView> telemetry,
    List<TuningView> tuning,
    List<GridView> grids,
    List<PanelView> fallbackPanels,
    String rankingNote,
    List<ProbeView> probes,
    Eigenspaces.Section eigenspaces,
    JmhView jmh,
    List<Row> rows,
    List<UnreadableFile> unreadable,
    List<TroubledCell> troubled,
    String contentSecurityPolicy,
    String css,
    String dataJson,
    String echartsJs,
    String reportJs) {

  /** A status and how many cells ended with it; {@code zero} dims it. */
  record StatusCount(String id, int count, boolean zero) {}

  /** A named value; {@code note} says when the cells disagree. */
  record Fact(String name, String value, String note) {}

  record OptimizerChip(int index, String label, String color) {}

  /** {@code hasTrace}: false when no cell on the problem has a trace (all failed to start). */
  record ProblemView(int index, String label, int cellCount, String seeds, boolean hasTrace,
      List<HeldOutView> heldOut) {}

  /** A held-out metric chart of a problem. */
  record HeldOutView(int problem, String name, String title) {}

  /** What tuning tried for one optimizer on one problem, and what it chose. */
  record TuningView(String optimizer, String problem, String metric, long seed, String chosen,
      List<TrialView> trials) {}

  /** One trial: its values, how it ended, its metric; {@code chosen} marks the winner. */
  record TrialView(String values, String status, String metric, boolean chosen) {}

  /** One family's depth × batch-size grid. */
  record GridView(int index, String label, List<String> columns, int columnCount, List<GridRow> rows) {}

  record GridRow(String depth, List<PanelView> panels) {}

  /** A small-multiple panel: a problem's loss chart, or an empty slot ({@code problem} -1). */
  record PanelView(int problem, String title) {
    boolean present() {
      return problem >= 0;
    }
  }

  record ProbeView(String probe, String value, List<ProbeChartView> charts) {}

  record ProbeChartView(int index, String problemLabel) {}

  record JmhView(String file, String error, List<JmhRow> rows, List<JmhUnit> units) {
    boolean hasRows() {
      return !rows.isEmpty();
    }
  }

  /** One bar chart per score unit (scores in different units share no axis). */
  record JmhUnit(int index, String unit) {}

  record JmhRow(String name, String params, String mode, String score, String error, String unit) {}

  /**
   * A cost-to-target cell: its text and sort key at the default τ, and {@code taus} its value at each τ of
   * {@link Profiles#TAUS}, joined by {@code |} ("inf" when not reached, empty without a trace).
   */
  record TargetColumn(String text, String sort, String taus) {}

  record TelemetryView(String name, List<TelemetryChartView> charts) {}

  record TelemetryChartView(int telemetryIndex, int chartIndex, String problemLabel) {}

  /** A table cell: its text and the value it sorts by (a number, or the text). */
  record Column(String text, String sort) {}

  record Row(String color, String optimizer, String problem, long seed, String status, String message,
      List<Column> numbers, Column accuracy, List<TargetColumn> targets) {}

  record TroubledCell(String status, String optimizer, String problem, long seed, String cellId, String message) {}

  boolean hasCells() {
    return cellCount > 0;
  }

  boolean hasProblems() {
    return !unreadable.isEmpty() || !troubled.isEmpty();
  }

  boolean hasTelemetry() {
    return !telemetry.isEmpty();
  }

  boolean hasTuning() {
    return !tuning.isEmpty();
  }

  boolean hasGrids() {
    return !grids.isEmpty();
  }

  boolean hasProbes() {
    return !probes.isEmpty();
  }

  /** True when a cell ran an eigenspace probe (or SWAG): the page then has its Eigenspaces section. */
  boolean hasEigenspaces() {
    return eigenspaces.present();
  }

  boolean hasJmh() {
    return jmh != null;
  }

  /** The τ the page opens with (an index into {@link Profiles#TAUS}). */
  static final int DEFAULT_TAU = 1;

  boolean hasProvenance() {
    return !provenance.isEmpty();
  }

  boolean hasPlugins() {
    return !plugins.isEmpty();
  }

  boolean hasUnreadable() {
    return !unreadable.isEmpty();
  }

  boolean hasTroubled() {
    return !troubled.isEmpty();
  }

  long sweepFileLines() {
    return sweepFile == null ? 0 : sweepFile.lines().count();
  }

  /** A short sweep file is shown open; a long one behind its summary line. */
  boolean sweepFileShort() {
    return sweepFileLines() <= SHORT_SWEEP_FILE_LINES;
  }

  static final int SHORT_SWEEP_FILE_LINES = 40;

  /** Inlined assets: the page's style and script, and ECharts. */
  record Assets(String css, String echartsJs, String reportJs) {}

  static ReportPage of(ReportData data, Assets assets, Instant now, ReportOptions options) {
    List<ProblemGroup> problems = data.problems();
    List<String> optimizerLabels = data.optimizerLabels();
    Rankings rankings = Rankings.of(data.comparisonCells(), optimizerLabels);
    JmhResults jmhResults = options.jmhResults() == null ? null : JmhResults.read(options.jmhResults());
    Eigenspaces.Result eigenspaces = Eigenspaces.of(data, problems, optimizerLabels);
    ChartData chartData = ChartData.of(data, problems, optimizerLabels, rankings, jmhResults, eigenspaces);
    String dataJson = HtmlSafeJson.write(chartData);

    List<StatusCount> statusCounts = new ArrayList<>();
    for (Map.Entry<CellStatus, Integer> entry : data.statusCounts().entrySet()) {
      statusCounts.add(new StatusCount(entry.getKey().id(), entry.getValue(), entry.getValue() == 0));
    }

    List<Fact> plugins = new ArrayList<>();
    data.pluginVersions().forEach((plugin, versions) ->
        plugins.add(new Fact(plugin, String.join(", ", versions), versions.size() > 1 ? "cells differ" : null)));

    List<OptimizerChip> optimizers = new ArrayList<>();
    for (int i = 0; i < optimizerLabels.size(); i++) {
      optimizers.add(new OptimizerChip(i, optimizerLabels.get(i), Palette.color(i)));
    }

    List<ProblemView> problemViews = new ArrayList<>();
    for (int p = 0; p < problems.size(); p++) {
      ProblemGroup problem = problems.get(p);
      boolean hasTrace = problem.groups().stream().anyMatch(group -> !group.traces().isEmpty());
      List<HeldOutView> heldOut = new ArrayList<>();
      for (String name : chartData.problems().get(p).heldOut()) {
        heldOut.add(new HeldOutView(p, name, "Held-out " + name));
      }
      problemViews.add(new ProblemView(p, problem.label(), problem.cells().size(), seedsNote(problem), hasTrace,
          heldOut));
    }

    List<GridView> grids = new ArrayList<>();
    for (Grids.Grid grid : chartData.grids()) {
      List<GridRow> gridRows = new ArrayList<>();
      for (int r = 0; r < grid.depths().size(); r++) {
        List<PanelView> panels = new ArrayList<>();
        for (int c = 0; c < grid.batchSizes().size(); c++) {
          String depth = grid.depths().get(r);
          panels.add(new PanelView(grid.panels()[r][c],
              (depth.isEmpty() ? "" : "depth " + depth + ", ") + "batch size " + grid.batchSizes().get(c)));
        }
        gridRows.add(new GridRow(grid.depths().get(r).isEmpty() ? "\u2014" : grid.depths().get(r), panels));
      }
      grids.add(new GridView(grids.size(), grid.label(), grid.batchSizes(), grid.batchSizes().size(), gridRows));
    }
    List<PanelView> fallbackPanels = new ArrayList<>();
    if (grids.isEmpty()) {
      for (int p = 0; p < problems.size(); p++) {
        fallbackPanels.add(new PanelView(p, problems.get(p).label()));
      }
    }

    List<ProbeView> probeViews = new ArrayList<>();
    List<ChartData.ProbeChart> probeCharts = chartData.probes();
    for (int i = 0; i < probeCharts.size(); i++) {
      ChartData.ProbeChart chart = probeCharts.get(i);
      ProbeView last = probeViews.isEmpty() ? null : probeViews.get(probeViews.size() - 1);
      if (last == null || !last.probe().equals(chart.probe()) || !last.value().equals(chart.value())) {
        last = new ProbeView(chart.probe(), chart.value(), new ArrayList<>());
        probeViews.add(last);
      }
      last.charts().add(new ProbeChartView(i, problems.get(chart.problem()).label()));
    }

    JmhView jmh = null;
    if (jmhResults != null) {
      List<JmhRow> jmhRows = new ArrayList<>();
      for (JmhResults.Row row : jmhResults.rows()) {
        jmhRows.add(new JmhRow(row.name(), row.params(), row.mode(), Format.number(row.score()),
            Format.number(row.error()), row.unit()));
      }
      List<JmhUnit> units = new ArrayList<>();
      for (String unit : jmhResults.rows().stream().map(JmhResults.Row::unit).distinct().toList()) {
        units.add(new JmhUnit(units.size(), unit));
      }
      jmh = new JmhView(jmhResults.file(), jmhResults.error(), jmhRows, units);
    }

    String rankingNote = chartData.rankings().problems() + (chartData.rankings().problems() == 1 ? " problem" : " problems")
        + " (problem, batch size and seed)"
        + (rankings.degenerate() > 0 ? "; " + rankings.degenerate() + " left out: no finite loss, or nothing to solve" : "");

    List<TelemetryView> telemetry = new ArrayList<>();
    int t = 0;
    for (String name : data.telemetryNames()) {
      List<TelemetryChartView> charts = new ArrayList<>();
      int c = 0;
      for (ProblemGroup problem : problems) {
        if (problem.telemetryNames().contains(name)) {
          charts.add(new TelemetryChartView(t, c++, problem.label()));
        }
      }
      telemetry.add(new TelemetryView(name, charts));
      t++;
    }

    List<Row> rows = new ArrayList<>();
    List<TroubledCell> troubled = new ArrayList<>();
    for (CellResult cell : data.cells()) {
      String optimizer = ReportData.optimizerLabel(cell.spec());
      String problem = ReportData.problemLabel(cell.spec());
      if (!ReportData.isTrial(cell)) {
        List<TargetColumn> targets = new ArrayList<>();
        for (int m = 0; m < Rankings.MEASURES.size(); m++) {
          targets.add(target(rankings, cell, m));
        }
        rows.add(new Row(Palette.color(optimizerLabels.indexOf(optimizer)), optimizer, problem, cell.spec().seed(),
            cell.status().id(), Objects.toString(cell.message(), ""), numbers(cell.summary()),
            number(ChartData.finalHeldOut(cell.trace(), "accuracy")), targets));
      }
      if (cell.status() == CellStatus.ERROR || cell.status() == CellStatus.FAILED) {
        troubled.add(new TroubledCell(cell.status().id(), optimizer, problem, cell.spec().seed(),
            Objects.toString(cell.cellId(), ""), Objects.toString(cell.message(), "")));
      }
    }

    String echartsJs = assets.echartsJs();
    String reportJs = assets.reportJs();
    String csp = "default-src 'none'; img-src data:; style-src 'unsafe-inline'; script-src "
        + InlineAssets.cspHash(echartsJs) + " " + InlineAssets.cspHash(reportJs)
        + "; base-uri 'none'; form-action 'none'";

    return new ReportPage(
        data.sweepName(),
        data.resultsDir().toString(),
        now.truncatedTo(ChronoUnit.SECONDS).toString(),
        data.cells().size(),
        statusCounts,
        Format.duration(data.totalOptimizerSeconds()),
        provenance(data.cells()),
        plugins,
        data.sweepFile(),
        optimizers,
        problemViews,
        telemetry,
        TuningTables.of(data.cells()),
        grids,
        fallbackPanels,
        rankingNote,
        probeViews,
        eigenspaces.section(),
        jmh,
        rows,
        data.unreadable(),
        troubled,
        csp,
        assets.css(),
        dataJson,
        echartsJs,
        reportJs);
  }

  private static String seedsNote(ProblemGroup problem) {
    Set<Long> seeds = new LinkedHashSet<>();
    for (CellResult cell : problem.cells()) {
      seeds.add(cell.spec().seed());
    }
    return seeds.size() == 1 ? "1 seed" : seeds.size() + " seeds";
  }

  /** The first cell's provenance; a note where other cells report something else. */
  private static List<Fact> provenance(List<CellResult> cells) {
    List<Provenance> all = new ArrayList<>();
    for (CellResult cell : cells) {
      if (cell.provenance() != null) {
        all.add(cell.provenance());
      }
    }
    List<Fact> facts = new ArrayList<>();
    if (all.isEmpty()) {
      return facts;
    }
    facts.add(fact("core version", all, Provenance::coreVersion));
    facts.add(fact("JVM", all, Provenance::jvm));
    facts.add(fact("OS", all, Provenance::os));
    facts.add(fact("CPU", all, p -> p.cpu() == null ? null
        : p.processors() > 0 ? p.cpu() + " (" + p.processors() + " processors)" : p.cpu()));
    facts.add(fact("host", all, Provenance::host));
    facts.add(fact("git revision", all, Provenance::gitRevision));
    facts.add(fact("started at", all, Provenance::startedAt));
    Set<String> extra = new java.util.TreeSet<>(NaturalOrder.INSTANCE);
    for (Provenance provenance : all) {
      if (provenance.extra() != null) {
        provenance.extra().keySet().forEach(key -> {
          if (key != null) {
            extra.add(key);
          }
        });
      }
    }
    for (String key : extra) {
      facts.add(fact(key, all, p -> p.extra() == null ? null : p.extra().get(key)));
    }
    return facts;
  }

  private static Fact fact(String name, List<Provenance> all, Function<Provenance, String> get) {
    Set<String> values = new LinkedHashSet<>();
    for (Provenance provenance : all) {
      values.add(Objects.toString(get.apply(provenance), "unknown"));
    }
    String first = Objects.toString(get.apply(all.get(0)), "unknown");
    String note = values.size() > 1 && !name.equals("started at")
        ? "first cell shown; " + values.size() + " different values across cells"
        : null;
    return new Fact(name, first, note);
  }

  /** How many numeric columns the table has after the message (see the template's header). */
  static final int NUMERIC_COLUMNS = 10;

  /** The table's numeric columns, in the header's order. */
  private static List<Column> numbers(Summary summary) {
    List<Column> columns = new ArrayList<>();
    if (summary == null) {
      for (int i = 0; i < NUMERIC_COLUMNS; i++) {
        columns.add(new Column(Format.MISSING, ""));
      }
      return columns;
    }
    columns.add(count(summary.iterations()));
    columns.add(number(summary.finalLoss()));
    columns.add(number(summary.bestLoss()));
    columns.add(number(summary.finalGradientNorm()));
    columns.add(number(summary.gradientEquivalents()));
    columns.add(number(summary.epochs()));
    columns.add(number(summary.optimizerSeconds()));
    CostSnapshot cost = summary.cost();
    columns.add(cost == null ? new Column(Format.MISSING, "") : count(cost.valueCalls()));
    columns.add(cost == null ? new Column(Format.MISSING, "") : count(cost.gradientCalls()));
    columns.add(cost == null ? new Column(Format.MISSING, "") : count(cost.hessianVectorCalls()));
    return columns;
  }

  /** "not reached" (sorting last) for +∞, the dash for a cell without a trace. */
  private static TargetColumn target(Rankings rankings, CellResult cell, int measure) {
    List<String> byTau = new ArrayList<>();
    for (double tau : Profiles.TAUS) {
      double cost = rankings.costToTarget(cell, measure, tau);
      byTau.add(Double.isNaN(cost) ? "" : Double.isInfinite(cost) ? "inf" : Double.toString(cost));
    }
    double cost = rankings.costToTarget(cell, measure, Profiles.TAUS[DEFAULT_TAU]);
    return new TargetColumn(Double.isInfinite(cost) ? NOT_REACHED : Format.number(cost),
        Double.isFinite(cost) ? Double.toString(cost) : "", String.join("|", byTau));
  }

  static final String NOT_REACHED = "not reached";

  private static Column number(double value) {
    return new Column(Format.number(value), Double.isFinite(value) ? Double.toString(value) : "");
  }

  private static Column count(long value) {
    return new Column(Long.toString(value), Long.toString(value));
  }
}
