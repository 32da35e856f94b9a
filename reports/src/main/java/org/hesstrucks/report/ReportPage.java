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
  record ProblemView(int index, String label, int cellCount, String seeds, boolean hasTrace) {}

  record TelemetryView(String name, List<TelemetryChartView> charts) {}

  record TelemetryChartView(int telemetryIndex, int chartIndex, String problemLabel) {}

  /** A table cell: its text and the value it sorts by (a number, or the text). */
  record Column(String text, String sort) {}

  record Row(String color, String optimizer, String problem, long seed, String status, String message,
      List<Column> numbers) {}

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

  static ReportPage of(ReportData data, Assets assets, Instant now) {
    List<ProblemGroup> problems = data.problems();
    List<String> optimizerLabels = data.optimizerLabels();
    String dataJson = HtmlSafeJson.write(ChartData.of(data, problems, optimizerLabels));

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
      problemViews.add(new ProblemView(p, problem.label(), problem.cells().size(), seedsNote(problem), hasTrace));
    }

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
      rows.add(new Row(Palette.color(optimizerLabels.indexOf(optimizer)), optimizer, problem, cell.spec().seed(),
          cell.status().id(), Objects.toString(cell.message(), ""), numbers(cell.summary())));
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

  private static Column number(double value) {
    return new Column(Format.number(value), Double.isFinite(value) ? Double.toString(value) : "");
  }

  private static Column count(long value) {
    return new Column(Long.toString(value), Long.toString(value));
  }
}
