package org.hesstrucks.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.hesstrucks.result.CellResult;
import org.hesstrucks.result.CellSpec;
import org.hesstrucks.result.ProbeRecord;
import org.hesstrucks.result.ResultJson;

/**
 * The eigenspace section: what the probes {@code hessian-top-k}, {@code trace-split}, {@code spectral-density},
 * {@code null-space} and the harness's {@code swag} records measured, reduced over seeds per problem and
 * optimizer (median, and the seeds' range) the way the convergence charts are. Every chart here has data (a
 * chart with nothing to draw is not made); a value of the wrong type or a missing key is skipped and listed in
 * {@link Section#issues} with the cell it came from, so one bad record never hides the rest.
 */
final class Eigenspaces {
  static final String TOP_K = "hessian-top-k";
  static final String TRACE_SPLIT = "trace-split";
  static final String DENSITY = "spectral-density";
  static final String NULL_SPACE = "null-space";
  static final String SWAG = "swag";

  /** The probes this section draws; the page's generic probe charts show every other probe. */
  static final Set<String> PROBES = Set.of(TOP_K, TRACE_SPLIT, DENSITY, NULL_SPACE, SWAG);

  /** At most this many top eigenvalues are drawn per chart (λ₁ with its band, the rest as thin lines). */
  static final int MAX_EIGENVALUES = 10;
  /** At most this many N_eff(z) charts per problem (one per z). */
  static final int MAX_Z = 4;
  /** At most this many problems are listed in {@link Section#issues}; the rest are counted. */
  static final int MAX_ISSUES = 50;
  /** On the density charts' log axis, values below this fraction of the chart's peak are not drawn. */
  static final double DENSITY_FLOOR = 1e-6;
  /** The checkpoints' colours on a density chart: first (light) to last (dark). */
  static final String[] CHECKPOINT_COLORS = {"#9ecae1", "#3182bd", "#08306b"};

  /** The keys of a {@code swag} record the table shows, in its column order. */
  static final List<String> SWAG_COLUMNS = List.of("snapshots", "rank", "iterateLoss", "swaLoss", "swagLoss",
      "iterateAccuracy", "swaAccuracy", "swagAccuracy", "trainLossAtSwa", "overlap");

  private Eigenspaces() {}

  /**
   * One drawn line: its {@code median} at each {@code x}, and where {@code low} and {@code high} are not null a
   * band between them. {@code x} holds iterations on a training chart (the page maps them to its x axis), else
   * the chart's own x values (eigenvalue, width). {@code color} null: the optimizer's colour.
   *
   * @param style "solid", "thin" or "dashed"
   */
  record Curve(String label, int optimizer, String color, String style, int seeds, double[] x, double[] median,
      double[] low, double[] high) {}

  /**
   * One chart: {@code problem} indexes the page's problems (-1 for a chart across problems); on a
   * {@code training} chart x is the page's x axis; {@code logX} draws x on a base-2 log axis (widths);
   * {@code floor}, when positive, hides values below that fraction of the largest on a log axis.
   */
  record Chart(String kind, int problem, boolean training, String xName, boolean logX, String yName, boolean logY,
      double floor, List<Curve> curves) {}

  /** A chart as the page lists it: its index into the chart data, its title and what to read it against. */
  record ChartView(int index, String kind, String title, String caption) {}

  /** A heading with its charts: one per problem, and one for the charts across widths. */
  record Block(String heading, List<ChartView> charts) {}

  /** A table row: an optimizer on a problem, its seeds, and its columns' text. */
  record Row(String color, String optimizer, String problem, int seeds, List<String> columns) {}

  /** What the page's eigenspace section shows; empty when no cell ran an eigenspace probe. */
  record Section(List<Block> blocks, List<Row> swag, List<Row> nullSpace, List<String> issues, int issuesLeftOut) {
    boolean present() {
      return !blocks.isEmpty() || !swag.isEmpty() || !nullSpace.isEmpty() || !issues.isEmpty();
    }

    boolean hasSwag() {
      return !swag.isEmpty();
    }

    boolean hasNullSpace() {
      return !nullSpace.isEmpty();
    }

    boolean hasIssues() {
      return !issues.isEmpty();
    }

    boolean hasMoreIssues() {
      return issuesLeftOut > 0;
    }
  }

  /** The charts' data (embedded as JSON) and the section's view. */
  record Result(List<Chart> charts, Section section) {}

  // ---- What one cell's records hold --------------------------------------------------------------------------

  /** One cell's eigenspace measurements by name and iteration. */
  static final class CellProbes {
    final CellResult cell;
    final Map<String, TreeMap<Long, double[]>> vectors = new LinkedHashMap<>();
    final Map<String, TreeMap<Long, Double>> scalars = new LinkedHashMap<>();
    /** mode -> iteration -> {grid, density}. */
    final Map<String, TreeMap<Long, double[][]>> densities = new TreeMap<>(NaturalOrder.INSTANCE);
    final TreeMap<Long, Boolean> rankLowerBound = new TreeMap<>();
    double[] effectiveDimensionZ;

    CellProbes(CellResult cell) {
      this.cell = cell;
    }

    void vector(String name, long iteration, double[] values) {
      vectors.computeIfAbsent(name, k -> new TreeMap<>()).put(iteration, values);
    }

    void scalar(String name, long iteration, double value) {
      if (!Double.isNaN(value)) {
        scalars.computeIfAbsent(name, k -> new TreeMap<>()).put(iteration, value);
      }
    }

    TreeMap<Long, Double> scalars(String name) {
      return scalars.getOrDefault(name, new TreeMap<>());
    }

    TreeMap<Long, double[]> vectors(String name) {
      return vectors.getOrDefault(name, new TreeMap<>());
    }

    /** The top eigenvalues of H or G ("H", "G"): from hessian-top-k when the cell has them, else the fallbacks. */
    TreeMap<Long, double[]> top(String which) {
      List<String> sources = which.equals("H") ? List.of("topH", "topH.split")
          : List.of("topG", "topG.split", "topG.null");
      for (String source : sources) {
        if (!vectors(source).isEmpty()) {
          return vectors(source);
        }
      }
      return new TreeMap<>();
    }

    boolean any() {
      return !vectors.isEmpty() || !scalars.isEmpty() || !densities.isEmpty();
    }
  }

  /** Collects the problems found while reading, each naming its cell. */
  static final class Issues {
    final List<String> messages = new ArrayList<>();
    int leftOut;

    void add(CellResult cell, ProbeRecord record, String message) {
      if (messages.size() >= MAX_ISSUES) {
        leftOut++;
        return;
      }
      CellSpec spec = cell.spec();
      messages.add("cell " + cell.cellId() + " (" + ReportData.optimizerLabel(spec) + " on "
          + ReportData.problemLabel(spec) + ", seed " + spec.seed() + "): " + record.probe() + " at iteration "
          + record.iteration() + ": " + message);
    }
  }

  /** Reads a cell's eigenspace records; what cannot be read goes to {@code issues}. */
  static CellProbes read(CellResult cell, Issues issues) {
    CellProbes probes = new CellProbes(cell);
    if (cell.probes() == null) {
      return probes;
    }
    for (ProbeRecord record : cell.probes()) {
      if (record == null || record.probe() == null || !PROBES.contains(record.probe())) {
        continue;
      }
      Map<String, Object> values = record.values() == null ? Map.of() : record.values();
      if (values.get("error") != null) {
        issues.add(cell, record, "the probe failed: " + values.get("error"));
        continue;
      }
      try {
        readRecord(probes, record.probe(), record.iteration(), values);
      } catch (ProbeValues.Malformed e) {
        issues.add(cell, record, e.getMessage());
      }
    }
    return probes;
  }

  private static void readRecord(CellProbes probes, String probe, long it, Map<String, Object> values)
      throws ProbeValues.Malformed {
    switch (probe) {
      case TOP_K -> {
        double[] eigenvalues = require(values, "eigenvalues");
        String mode = ProbeValues.text(values, "mode", "exact");
        probes.vector(mode.equals("gauss-newton") ? "topG" : "topH", it, eigenvalues);
      }
      case TRACE_SPLIT -> {
        double[] traces = new double[6];
        String[] names = {"traceH", "traceG", "traceS", "traceHError", "traceGError", "traceSError"};
        for (int i = 0; i < names.length; i++) {
          if (i < 3 && !values.containsKey(names[i])) {
            throw new ProbeValues.Malformed("'" + names[i] + "' is missing");
          }
          traces[i] = ProbeValues.number(values, names[i]);
        }
        double[] topH = ProbeValues.numbers(values, "topH");
        double[] topG = ProbeValues.numbers(values, "topG");
        double[] neff = ProbeValues.numbers(values, "effectiveDimension");
        double[] z = ProbeValues.numbers(values, "effectiveDimensionZ");
        for (int i = 0; i < names.length; i++) {
          probes.scalar(names[i], it, traces[i]);
        }
        if (topH != null) {
          probes.vector("topH.split", it, topH);
        }
        if (topG != null) {
          probes.vector("topG.split", it, topG);
        }
        if (neff != null) {
          probes.vector("neff", it, neff);
        }
        if (z != null) {
          probes.effectiveDimensionZ = z;
        }
      }
      case DENSITY -> {
        double[] grid = require(values, "grid");
        double[] density = require(values, "density");
        if (grid.length != density.length || grid.length < 2) {
          throw new ProbeValues.Malformed("'grid' and 'density' differ in length or have fewer than 2 points ("
              + grid.length + " and " + density.length + ")");
        }
        probes.densities.computeIfAbsent(ProbeValues.text(values, "mode", "exact"), k -> new TreeMap<>())
            .put(it, new double[][] {grid, density});
      }
      case NULL_SPACE -> {
        for (String key : List.of("rank", "parameters")) {
          if (!values.containsKey(key)) {
            throw new ProbeValues.Malformed("'" + key + "' is missing");
          }
        }
        double rank = ProbeValues.number(values, "rank");
        double parameters = ProbeValues.number(values, "parameters");
        double nullity = ProbeValues.has(values, "nullity") ? ProbeValues.number(values, "nullity") : parameters - rank;
        double batchSize = ProbeValues.number(values, "batchSize");
        double share = ProbeValues.number(values, "nearNullShare");
        probes.scalar("null.rank", it, rank);
        probes.scalar("null.nullity", it, nullity);
        probes.scalar("null.parameters", it, parameters);
        probes.scalar("null.batchSize", it, batchSize);
        probes.scalar("null.share", it, parameters > 0 ? nullity / parameters : Double.NaN);
        probes.scalar("nearNullShare", it, share);
        probes.rankLowerBound.put(it, ProbeValues.flag(values, "rankIsLowerBound"));
        if (ProbeValues.has(values, "eigenvalues") && ProbeValues.text(values, "mode", "gauss-newton")
            .equals("gauss-newton")) {
          probes.vector("topG.null", it, ProbeValues.numbers(values, "eigenvalues"));
        }
      }
      case SWAG -> {
        if (!values.containsKey("snapshots")) {
          throw new ProbeValues.Malformed("'snapshots' is missing");
        }
        double[] row = new double[SWAG_COLUMNS.size()];
        for (int i = 0; i < row.length; i++) {
          row[i] = ProbeValues.number(values, SWAG_COLUMNS.get(i));
        }
        double share = ProbeValues.number(values, "nearNullShare");
        for (int i = 0; i < row.length; i++) {
          probes.scalar("swag." + SWAG_COLUMNS.get(i), it, row[i]);
        }
        probes.scalar("nearNullShare", it, share);
        probes.scalar("randomNearNullShare", it, ProbeValues.number(values, "randomNearNullShare"));
      }
      default -> throw new IllegalStateException("not an eigenspace probe: " + probe);
    }
  }

  private static double[] require(Map<String, Object> values, String key) throws ProbeValues.Malformed {
    if (!values.containsKey(key)) {
      throw new ProbeValues.Malformed("'" + key + "' is missing");
    }
    double[] numbers = ProbeValues.numbers(values, key);
    if (numbers == null) {
      throw new ProbeValues.Malformed("'" + key + "' is null, not a list of numbers");
    }
    return numbers;
  }

  // ---- Reductions over seeds ---------------------------------------------------------------------------------

  /** Median over seeds at every iteration any seed has, with the seeds' least and greatest value. */
  static SeedBand overSeeds(long[] keys, List<TreeMap<Long, Double>> seeds) {
    List<long[]> seedKeys = new ArrayList<>();
    List<double[]> seedValues = new ArrayList<>();
    for (TreeMap<Long, Double> seed : seeds) {
      seedKeys.add(keysOf(seed));
      seedValues.add(valuesOf(seed));
    }
    return SeedBand.alignedOnKeys(keys, seedKeys, seedValues);
  }

  /** The union of the seeds' iterations, ascending. */
  static long[] union(List<? extends SortedMap<Long, ?>> seeds) {
    TreeSet<Long> keys = new TreeSet<>();
    for (SortedMap<Long, ?> seed : seeds) {
      keys.addAll(seed.keySet());
    }
    long[] out = new long[keys.size()];
    int i = 0;
    for (long key : keys) {
      out[i++] = key;
    }
    return out;
  }

  /**
   * A trace estimate with its standard error over seeds: the median estimate at each iteration, and a band from
   * the least (estimate − SE) to the greatest (estimate + SE) over the seeds there, so it covers both the seeds'
   * spread and each estimate's error. A missing SE counts as 0.
   */
  static double[][] withErrors(long[] keys, List<TreeMap<Long, Double>> value, List<TreeMap<Long, Double>> error) {
    List<TreeMap<Long, Double>> lows = new ArrayList<>();
    List<TreeMap<Long, Double>> highs = new ArrayList<>();
    for (int s = 0; s < value.size(); s++) {
      TreeMap<Long, Double> low = new TreeMap<>();
      TreeMap<Long, Double> high = new TreeMap<>();
      TreeMap<Long, Double> se = error.get(s);
      value.get(s).forEach((it, v) -> {
        double e = se.getOrDefault(it, Double.NaN);
        double spread = Double.isFinite(e) ? Math.abs(e) : 0;
        low.put(it, v - spread);
        high.put(it, v + spread);
      });
      lows.add(low);
      highs.add(high);
    }
    return new double[][] {overSeeds(keys, value).median(), overSeeds(keys, lows).min(), overSeeds(keys, highs).max()};
  }

  private static long[] keysOf(TreeMap<Long, ?> map) {
    long[] keys = new long[map.size()];
    int i = 0;
    for (long key : map.keySet()) {
      keys[i++] = key;
    }
    return keys;
  }

  private static double[] valuesOf(TreeMap<Long, Double> map) {
    double[] values = new double[map.size()];
    int i = 0;
    for (double value : map.values()) {
      values[i++] = value;
    }
    return values;
  }

  private static double[] asDoubles(long[] keys) {
    double[] out = new double[keys.length];
    for (int i = 0; i < keys.length; i++) {
      out[i] = keys[i];
    }
    return out;
  }

  /** Component {@code c} of a vector series (entries too short to have it are left out). */
  static TreeMap<Long, Double> component(TreeMap<Long, double[]> series, int c) {
    TreeMap<Long, Double> out = new TreeMap<>();
    series.forEach((it, values) -> {
      if (c < values.length && !Double.isNaN(values[c])) {
        out.put(it, values[c]);
      }
    });
    return out;
  }

  // ---- The edge of stability ---------------------------------------------------------------------------------

  /**
   * The largest sharpness at which a step of length η is stable on a quadratic, as a multiple c of 1/η: 2 for
   * gradient descent ({@code gd}, η its accepted step along −∇f) and plain SGD, 2(1 + μ) with heavy-ball momentum
   * μ, 2(1 + μ)/(1 + 2μ) with Nesterov momentum (Cohen et al., 2021, "Gradient Descent on Neural Networks
   * Typically Occurs at the Edge of Stability", ICLR). NaN for any other optimizer: its recorded step length is
   * not a step along −∇f, so no such line applies.
   */
  static double stabilityConstant(JsonNode optimizer) {
    if (optimizer == null || !optimizer.hasNonNull("id")) {
      return Double.NaN;
    }
    String id = optimizer.get("id").asText();
    if (id.equals("gd")) {
      return 2;
    }
    if (!id.equals("sgd")) {
      return Double.NaN;
    }
    double momentum = optimizer.hasNonNull("momentum") && optimizer.get("momentum").isNumber()
        ? optimizer.get("momentum").asDouble() : 0;
    boolean nesterov = optimizer.hasNonNull("nesterov") && optimizer.get("nesterov").asBoolean();
    return nesterov ? (2 + 2 * momentum) / (1 + 2 * momentum) : 2 + 2 * momentum;
  }

  /** How {@link #stabilityConstant} reads in a legend. */
  static String stabilityLabel(double constant) {
    return constant == 2 ? "2/\u03B7" : Format.number(constant) + "/\u03B7";
  }

  /**
   * The stability threshold c/η at each probed iteration t: η is the median of the finite positive step lengths
   * taken since the previous probed iteration (steps prev … t − 1); at the first, or with no step in between,
   * the step taken from t (else t − 1). NaN where there is no such step.
   */
  static TreeMap<Long, Double> thresholds(long[] iterations, double[] stepLength, double constant) {
    TreeMap<Long, Double> out = new TreeMap<>();
    long previous = 0;
    for (long t : iterations) {
      List<Double> steps = new ArrayList<>();
      for (long i = previous; i < t && i < stepLength.length; i++) {
        if (Double.isFinite(stepLength[(int) i]) && stepLength[(int) i] > 0) {
          steps.add(stepLength[(int) i]);
        }
      }
      if (steps.isEmpty()) {
        for (long i : new long[] {t, t - 1}) {
          if (i >= 0 && i < stepLength.length && Double.isFinite(stepLength[(int) i]) && stepLength[(int) i] > 0) {
            steps.add(stepLength[(int) i]);
            break;
          }
        }
      }
      double eta = ChartData.median(steps);
      if (Double.isFinite(eta)) {
        out.put(t, constant / eta);
      }
      previous = t;
    }
    return out;
  }

  // ---- Spectral densities ------------------------------------------------------------------------------------

  /** The first, middle and last of the iterations (fewer when there are fewer). */
  static long[] checkpoints(long[] iterations) {
    TreeSet<Long> picked = new TreeSet<>();
    if (iterations.length > 0) {
      picked.add(iterations[0]);
      picked.add(iterations[(iterations.length - 1) / 2]);
      picked.add(iterations[iterations.length - 1]);
    }
    long[] out = new long[picked.size()];
    int i = 0;
    for (long key : picked) {
      out[i++] = key;
    }
    return out;
  }

  /**
   * Several seeds' densities on one grid: from the least grid start to the greatest grid end, as many points as
   * the longest grid; each seed linearly interpolated, 0 outside its own grid. Returns {grid, median, min, max};
   * one seed's density is returned on its own grid.
   */
  static double[][] commonDensity(List<double[][]> seeds) {
    if (seeds.size() == 1) {
      double[][] only = seeds.get(0);
      return new double[][] {only[0], only[1], null, null};
    }
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    int n = 2;
    for (double[][] seed : seeds) {
      lo = Math.min(lo, seed[0][0]);
      hi = Math.max(hi, seed[0][seed[0].length - 1]);
      n = Math.max(n, seed[0].length);
    }
    double[] grid = new double[n];
    for (int i = 0; i < n; i++) {
      grid[i] = i == n - 1 ? hi : lo + (hi - lo) * i / (n - 1);
    }
    List<TreeMap<Long, Double>> columns = new ArrayList<>();
    for (double[][] seed : seeds) {
      TreeMap<Long, Double> column = new TreeMap<>();
      for (int i = 0; i < n; i++) {
        column.put((long) i, interpolate(seed[0], seed[1], grid[i]));
      }
      columns.add(column);
    }
    long[] keys = new long[n];
    for (int i = 0; i < n; i++) {
      keys[i] = i;
    }
    SeedBand band = overSeeds(keys, columns);
    return new double[][] {grid, band.median(), band.min(), band.max()};
  }

  /** The density at x by linear interpolation on an ascending grid; 0 outside it. */
  static double interpolate(double[] grid, double[] density, double x) {
    int n = grid.length;
    if (!(x >= grid[0] && x <= grid[n - 1])) {
      return 0;
    }
    int lo = 0;
    int hi = n - 1;
    while (hi - lo > 1) {
      int mid = (lo + hi) >>> 1;
      if (grid[mid] <= x) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    if (grid[hi] == grid[lo]) {
      return density[lo];
    }
    double f = (x - grid[lo]) / (grid[hi] - grid[lo]);
    return density[lo] + f * (density[hi] - density[lo]);
  }

  // ---- Widths ------------------------------------------------------------------------------------------------

  /**
   * A cell's hidden width: its value of a model axis named {@code width}, else its model block's {@code width}
   * (a number, or a list of equal numbers); NaN when it has none or the layers differ.
   */
  static double width(CellSpec spec) {
    if (spec.axes() != null) {
      for (Map.Entry<String, JsonNode> axis : spec.axes().entrySet()) {
        String name = axis.getKey();
        if (name != null && name.startsWith("model.") && (name.equals("model.width") || name.endsWith(".width"))) {
          return widthOf(axis.getValue());
        }
      }
    }
    return spec.model() == null ? Double.NaN : widthOf(spec.model().get("width"));
  }

  private static double widthOf(JsonNode node) {
    if (node == null) {
      return Double.NaN;
    }
    if (node.isNumber()) {
      return node.asDouble();
    }
    if (node.isArray() && node.size() > 0) {
      double first = node.get(0).isNumber() ? node.get(0).asDouble() : Double.NaN;
      for (JsonNode layer : node) {
        if (!layer.isNumber() || layer.asDouble() != first) {
          return Double.NaN;
        }
      }
      return first;
    }
    return Double.NaN;
  }

  /** What the charts across widths hold fixed: model and dataset ids, depth, batch size and other model axes. */
  static String widthFamily(CellSpec spec) {
    StringBuilder label = new StringBuilder(spec.model() != null && spec.model().hasNonNull("id")
        ? spec.model().get("id").asText() : "(unnamed model)");
    if (spec.dataset() != null && spec.dataset().hasNonNull("id")) {
      label.append(" on ").append(spec.dataset().get("id").asText());
    }
    String depth = Grids.depth(spec);
    if (depth != null) {
      label.append(", depth ").append(depth);
    }
    if (spec.axes() != null) {
      spec.axes().forEach((name, value) -> {
        if (name != null && !name.startsWith("optimizer.") && !name.equals("batchSize") && !name.equals("seed")
            && !name.endsWith(".width") && !name.endsWith(".depth") && !name.equals("model.width")) {
          label.append(", ").append(name.substring(name.indexOf('.') + 1)).append(' ')
              .append(value == null ? "null" : value.isValueNode() ? value.asText() : value.toString());
        }
      });
    }
    label.append(spec.fullBatch() ? ", full batch" : ", batch size " + spec.batchSize());
    return label.toString();
  }

  // ---- The section -------------------------------------------------------------------------------------------

  /** Builds the section's charts and tables from the comparison's problems (tuning trials are not in them). */
  static Result of(ReportData data, List<ProblemGroup> problems, List<String> optimizerLabels) {
    Issues issues = new Issues();
    // by identity: a cell result is a record, and hashing its content (every probe value) would be wasted work
    Map<CellResult, CellProbes> read = new IdentityHashMap<>();
    for (ProblemGroup problem : problems) {
      for (CellResult cell : problem.cells()) {
        read.put(cell, read(cell, issues));
      }
    }
    double[] sweepZ = sweepEffectiveDimensionZ(data.sweepFile());
    Builder builder = new Builder(optimizerLabels);
    List<Block> blocks = new ArrayList<>();
    List<Row> swagRows = new ArrayList<>();
    List<Row> nullRows = new ArrayList<>();
    for (int p = 0; p < problems.size(); p++) {
      ProblemGroup problem = problems.get(p);
      List<ChartView> views = new ArrayList<>();
      List<Group> groups = new ArrayList<>();
      for (CellGroup group : problem.groups()) {
        List<CellProbes> cells = new ArrayList<>();
        for (CellResult cell : group.cells()) {
          if (read.get(cell).any()) {
            cells.add(read.get(cell));
          }
        }
        if (!cells.isEmpty()) {
          groups.add(new Group(group.optimizerLabel(), optimizerLabels.indexOf(group.optimizerLabel()), cells));
        }
      }
      if (groups.isEmpty()) {
        continue;
      }
      builder.topEigenvalues(p, "H", groups, views);
      builder.topEigenvalues(p, "G", groups, views);
      builder.edgeOfStability(p, groups, views);
      builder.traces(p, groups, views);
      builder.effectiveDimension(p, groups, sweepZ, views);
      builder.densities(p, groups, views);
      builder.nullShare(p, groups, views);
      builder.swagOverlap(p, groups, views);
      for (Group group : groups) {
        Row swag = swagRow(problem.label(), group);
        if (swag != null) {
          swagRows.add(swag);
        }
        Row nullRow = nullRow(problem.label(), group);
        if (nullRow != null) {
          nullRows.add(nullRow);
        }
      }
      if (!views.isEmpty()) {
        blocks.add(new Block(problem.label(), views));
      }
    }
    List<ChartView> widthViews = builder.widths(problems, read);
    if (!widthViews.isEmpty()) {
      blocks.add(new Block("Across widths", widthViews));
    }
    return new Result(List.copyOf(builder.charts),
        new Section(blocks, swagRows, nullRows, List.copyOf(issues.messages), issues.leftOut));
  }

  /** An optimizer's cells on one problem that recorded any eigenspace value. */
  record Group(String label, int optimizer, List<CellProbes> cells) {}

  /** The z of N_eff(z) from the sweep file's first {@code trace-split} block, when it is JSON and has them. */
  static double[] sweepEffectiveDimensionZ(String sweepFile) {
    if (sweepFile == null) {
      return null;
    }
    try {
      JsonNode sweep = ResultJson.mapper().readTree(sweepFile);
      JsonNode probes = sweep == null ? null : sweep.get("probes");
      if (probes == null || !probes.isArray()) {
        return null;
      }
      for (JsonNode probe : probes) {
        JsonNode z = probe.get("effectiveDimensionZ");
        if (TRACE_SPLIT.equals(probe.path("id").asText()) && z != null && z.isArray()) {
          double[] out = new double[z.size()];
          for (int i = 0; i < out.length; i++) {
            out[i] = z.get(i).isNumber() ? z.get(i).asDouble() : Double.NaN;
          }
          return out;
        }
      }
      return null;
    } catch (java.io.IOException | RuntimeException e) {
      return null; // a YAML sweep file, or not a sweep: the charts say "z #1"
    }
  }

  /** The charts, built one after another into one list. */
  private static final class Builder {
    final List<String> optimizerLabels;
    final List<Chart> charts = new ArrayList<>();

    Builder(List<String> optimizerLabels) {
      this.optimizerLabels = optimizerLabels;
    }

    private void add(Chart chart, String title, String caption, List<ChartView> views) {
      boolean drawn = false;
      for (Curve curve : chart.curves()) {
        for (double v : curve.median()) {
          drawn |= Double.isFinite(v);
        }
      }
      if (!drawn) {
        return; // never an empty chart
      }
      List<Curve> rounded = new ArrayList<>();
      for (Curve c : chart.curves()) {
        rounded.add(new Curve(c.label(), c.optimizer(), c.color(), c.style(), c.seeds(),
            chart.training() ? c.x() : round(c.x()), round(c.median()), round(c.low()), round(c.high())));
      }
      views.add(new ChartView(charts.size(), chart.kind(), title, caption));
      charts.add(new Chart(chart.kind(), chart.problem(), chart.training(), chart.xName(), chart.logX(), chart.yName(),
          chart.logY(), chart.floor(), rounded));
    }

    /** Values as drawn: {@link Downsample#DIGITS} significant digits, to keep the page small. */
    private static double[] round(double[] values) {
      if (values == null) {
        return null;
      }
      double[] out = new double[values.length];
      for (int i = 0; i < values.length; i++) {
        out[i] = Downsample.round(values[i]);
      }
      return out;
    }

    private static Curve curve(String label, int optimizer, String style, int seeds, long[] keys, SeedBand band,
        boolean withBand) {
      return new Curve(label, optimizer, null, style, seeds, asDoubles(keys), band.median(),
          withBand && seeds > 1 ? band.min() : null, withBand && seeds > 1 ? band.max() : null);
    }

    void topEigenvalues(int p, String which, List<Group> groups, List<ChartView> views) {
      List<Curve> curves = new ArrayList<>();
      for (Group group : groups) {
        List<TreeMap<Long, double[]>> seeds = new ArrayList<>();
        for (CellProbes cell : group.cells()) {
          if (!cell.top(which).isEmpty()) {
            seeds.add(cell.top(which));
          }
        }
        if (seeds.isEmpty()) {
          continue;
        }
        int k = 0;
        for (TreeMap<Long, double[]> seed : seeds) {
          for (double[] values : seed.values()) {
            k = Math.max(k, values.length);
          }
        }
        long[] keys = union(seeds);
        for (int c = 0; c < Math.min(k, MAX_EIGENVALUES); c++) {
          List<TreeMap<Long, Double>> components = new ArrayList<>();
          for (TreeMap<Long, double[]> seed : seeds) {
            components.add(component(seed, c));
          }
          curves.add(curve(group.label() + " \u03BB" + (c + 1), group.optimizer(), c == 0 ? "solid" : "thin",
              seeds.size(), keys, overSeeds(keys, components), c == 0));
        }
      }
      boolean hessian = which.equals("H");
      add(new Chart(hessian ? "topH" : "topG", p, true, null, false,
          hessian ? "eigenvalue of H" : "eigenvalue of G", true, 0, curves),
          hessian ? "Top eigenvalues of the Hessian H" : "Top eigenvalues of the Gauss-Newton matrix G",
          (hessian
              ? "The k largest eigenvalues of H on the probe batch (Lanczos; hessian-top-k, else trace-split's top k)"
              : "The k largest eigenvalues of G, the Fisher for these losses (hessian-top-k with mode gauss-newton, "
                  + "else trace-split's or null-space's)")
              + " at each probed checkpoint: \u03BB1 thick with its range over seeds, \u03BB2\u2026\u03BBk thin; "
              + "median over seeds; log scale. Read: the draft expects them to grow during training"
              + (hessian ? "." : ", and G's to follow H's (G explains the growth when the two charts agree)."),
          views);
    }

    void edgeOfStability(int p, List<Group> groups, List<ChartView> views) {
      List<Curve> curves = new ArrayList<>();
      for (Group group : groups) {
        double constant = stabilityConstant(group.cells().get(0).cell.spec().optimizer());
        if (!Double.isFinite(constant)) {
          continue;
        }
        List<TreeMap<Long, Double>> lambda = new ArrayList<>();
        List<TreeMap<Long, Double>> threshold = new ArrayList<>();
        for (CellProbes cell : group.cells()) {
          TreeMap<Long, Double> top = component(cell.top("H"), 0);
          double[] steps = cell.cell.trace() == null || cell.cell.trace().telemetry() == null ? null
              : cell.cell.trace().telemetry().get("stepLength");
          if (top.isEmpty() || steps == null) {
            continue;
          }
          lambda.add(top);
          threshold.add(thresholds(keysOf(top), steps, constant));
        }
        if (lambda.isEmpty()) {
          continue;
        }
        long[] keys = union(lambda);
        curves.add(curve(group.label() + " \u03BBmax", group.optimizer(), "solid", lambda.size(), keys,
            overSeeds(keys, lambda), true));
        long[] lineKeys = union(threshold);
        curves.add(curve(group.label() + " " + stabilityLabel(constant), group.optimizer(), "dashed", threshold.size(),
            lineKeys, overSeeds(lineKeys, threshold), false));
      }
      add(new Chart("stability", p, true, null, false, "sharpness \u03BBmax(H)", true, 0, curves),
          "Edge of stability: \u03BBmax against 2/\u03B7",
          "For gradient descent and SGD only: \u03BBmax of H (solid, median over seeds with their range) against the "
              + "stability threshold (dashed), 2/\u03B7 with \u03B7 the step length the optimizer recorded (for a "
              + "line search, the median accepted step since the previous probe), 2(1+\u03BC)/\u03B7 with heavy-ball "
              + "momentum \u03BC, 2(1+\u03BC)/((1+2\u03BC)\u03B7) with Nesterov's. Read: with full batches \u03BBmax "
              + "rises until it meets the dashed line and then hovers at it (Cohen et al., 2021, Gradient Descent on "
              + "Neural Networks Typically Occurs at the Edge of Stability, ICLR); above it a quadratic model of the "
              + "loss says the step diverges.",
          views);
    }

    void traces(int p, List<Group> groups, List<ChartView> views) {
      String[][] traces = {
          {"traceH", "tr(H)", "tr(H), the Hessian's trace",
              "Hutchinson estimate of tr(H) on the probe batch (trace-split). Read against tr(G): their gap is tr(S)."},
          {"traceG", "tr(G)", "tr(G), the Gauss-Newton matrix's trace",
              "Hutchinson estimate of tr(G) on the same probes as tr(H). Read: G \u2ab0 0, so tr(G) \u2265 0; the draft "
                  + "expects it to grow with tr(H)."},
          {"traceS", "tr(S)", "tr(S) = tr(H) \u2212 tr(G)",
              "Paired probes (z\u1d40Hz \u2212 z\u1d40Gz on the same z), so S is not buried in the noise of either. "
                  + "Read against 0: the draft expects tr(S) to shrink through training and with width."}};
      for (String[] trace : traces) {
        List<Curve> curves = new ArrayList<>();
        for (Group group : groups) {
          List<TreeMap<Long, Double>> value = new ArrayList<>();
          List<TreeMap<Long, Double>> error = new ArrayList<>();
          for (CellProbes cell : group.cells()) {
            if (!cell.scalars(trace[0]).isEmpty()) {
              value.add(cell.scalars(trace[0]));
              error.add(cell.scalars(trace[0] + "Error"));
            }
          }
          if (value.isEmpty()) {
            continue;
          }
          long[] keys = union(value);
          double[][] band = withErrors(keys, value, error);
          curves.add(new Curve(group.label() + " " + trace[1], group.optimizer(), null, "solid", value.size(),
              asDoubles(keys), band[0], band[1], band[2]));
        }
        add(new Chart(trace[0], p, true, null, false, trace[1], false, 0, curves), trace[2],
            trace[3] + " Line: median over seeds; band: from the least (estimate \u2212 SE) to the greatest "
                + "(estimate + SE) over seeds, SE the estimator's standard error.",
            views);
      }
    }

    void effectiveDimension(int p, List<Group> groups, double[] sweepZ, List<ChartView> views) {
      int components = 0;
      double[] z = sweepZ;
      for (Group group : groups) {
        for (CellProbes cell : group.cells()) {
          for (double[] values : cell.vectors("neff").values()) {
            components = Math.max(components, values.length);
          }
          if (cell.effectiveDimensionZ != null) {
            z = cell.effectiveDimensionZ;
          }
        }
      }
      for (int c = 0; c < Math.min(components, MAX_Z); c++) {
        List<Curve> curves = new ArrayList<>();
        for (Group group : groups) {
          List<TreeMap<Long, Double>> seeds = new ArrayList<>();
          for (CellProbes cell : group.cells()) {
            TreeMap<Long, Double> values = component(cell.vectors("neff"), c);
            if (!values.isEmpty()) {
              seeds.add(values);
            }
          }
          if (!seeds.isEmpty()) {
            long[] keys = union(seeds);
            curves.add(curve(group.label() + " N_eff", group.optimizer(), "solid", seeds.size(), keys,
                overSeeds(keys, seeds), true));
          }
        }
        String zText = z != null && c < z.length && Double.isFinite(z[c]) ? "z = " + Format.number(z[c])
            : "z #" + (c + 1);
        add(new Chart("neff", p, true, null, false, "N_eff(" + zText + ")", false, 0, curves),
            "Effective dimensionality N_eff(" + zText + ")",
            "N_eff(z) = \u03A3 \u03BBi/(\u03BBi + z) over H's top k eigenvalues (trace-split): how many directions "
                + "have curvature well above z; it is at most k. Median over seeds with their range. Read: a rise means "
                + "more directions have become stiff; against k, whether k was large enough.",
            views);
      }
    }

    void densities(int p, List<Group> groups, List<ChartView> views) {
      for (Group group : groups) {
        TreeSet<String> modes = new TreeSet<>(NaturalOrder.INSTANCE);
        for (CellProbes cell : group.cells()) {
          modes.addAll(cell.densities.keySet());
        }
        for (String mode : modes) {
          List<TreeMap<Long, double[][]>> seeds = new ArrayList<>();
          for (CellProbes cell : group.cells()) {
            if (cell.densities.get(mode) != null) {
              seeds.add(cell.densities.get(mode));
            }
          }
          long[] picked = checkpoints(union(seeds));
          List<Curve> curves = new ArrayList<>();
          for (int j = 0; j < picked.length; j++) {
            List<double[][]> atIteration = new ArrayList<>();
            for (TreeMap<Long, double[][]> seed : seeds) {
              if (seed.get(picked[j]) != null) {
                atIteration.add(seed.get(picked[j]));
              }
            }
            double[][] density = commonDensity(atIteration);
            String color = CHECKPOINT_COLORS[picked.length == 1 ? 2 : picked.length == 2 ? 2 * j : j];
            curves.add(new Curve(group.label() + ", iteration " + picked[j], group.optimizer(), color, "solid",
                atIteration.size(), density[0], density[1], density[2], density[3]));
          }
          String matrix = mode.equals("exact") ? "H"
              : mode.equals("gauss-newton") ? "G" : "the curvature (" + mode + ")";
          add(new Chart("density", p, false, "eigenvalue", false, "density", true, DENSITY_FLOOR, curves),
              "Spectral density of " + matrix + ", " + group.label(),
              "Eigenvalue density by stochastic Lanczos quadrature (spectral-density, Gaussian smoothing) at the first, "
                  + "middle and last probed checkpoints, light to dark; median over seeds on a common grid (each seed "
                  + "interpolated, 0 outside its own grid), band their range; log scale, values below "
                  + Format.number(DENSITY_FLOOR) + " of the peak not drawn. Read: the bulk near 0 against the "
                  + "outliers to its right; outliers moving right as training goes on are the top eigenvalues growing.",
              views);
        }
      }
    }

    void nullShare(int p, List<Group> groups, List<ChartView> views) {
      List<Curve> curves = new ArrayList<>();
      for (Group group : groups) {
        List<TreeMap<Long, Double>> seeds = new ArrayList<>();
        for (CellProbes cell : group.cells()) {
          if (!cell.scalars("null.share").isEmpty()) {
            seeds.add(cell.scalars("null.share"));
          }
        }
        if (!seeds.isEmpty()) {
          long[] keys = union(seeds);
          curves.add(curve(group.label() + " nullity/p", group.optimizer(), "solid", seeds.size(), keys,
              overSeeds(keys, seeds), true));
        }
      }
      add(new Chart("nullShare", p, true, null, false, "nullity / parameters", false, 0, curves),
          "Null-space share of G",
          "(parameters \u2212 numerical rank of G) / parameters at each probed checkpoint (null-space); median over "
              + "seeds with their range. Read against 1 \u2212 n\u00b7c/p (n probe samples, c outputs, p parameters): G "
              + "has rank at most n\u00b7c, so a share near that bound is the draft's null space of p \u2212 n "
              + "directions; where the table marks the rank as a lower bound, k was too small to see it all.",
          views);
    }

    void swagOverlap(int p, List<Group> groups, List<ChartView> views) {
      List<Curve> curves = new ArrayList<>();
      for (Group group : groups) {
        List<TreeMap<Long, Double>> seeds = new ArrayList<>();
        for (CellProbes cell : group.cells()) {
          if (!cell.scalars("swag.overlap").isEmpty()) {
            seeds.add(cell.scalars("swag.overlap"));
          }
        }
        if (!seeds.isEmpty()) {
          long[] keys = union(seeds);
          curves.add(curve(group.label() + " overlap", group.optimizer(), "solid", seeds.size(), keys,
              overSeeds(keys, seeds), true));
        }
      }
      add(new Chart("swagOverlap", p, true, null, false, "overlap", false, 0, curves),
          "SWAG subspace against the top Hessian eigenspace",
          "\u2016Q_D\u1d40 V_k\u2016\u00b2_F / min(K, k): how much of SWAG's rank-K deviation subspace lies in the top-k "
              + "eigenspace of H at the SWA mean; median over seeds with their range. Read against 1 (inside) and "
              + "max(K, k)/p, what a random subspace of the same size would give.",
          views);
    }

    /** tr(S) at each cell's last trace-split record against width, per family that has two widths or more. */
    List<ChartView> widths(List<ProblemGroup> problems, Map<CellResult, CellProbes> read) {
      // family -> optimizer label -> width -> cells' final (value, error)
      Map<String, Map<String, TreeMap<Double, List<double[]>>>> families = new LinkedHashMap<>();
      for (ProblemGroup problem : problems) {
        for (CellResult cell : problem.cells()) {
          double width = width(cell.spec());
          TreeMap<Long, Double> traceS = read.get(cell).scalars("traceS");
          if (!Double.isFinite(width) || traceS.isEmpty()) {
            continue;
          }
          long last = traceS.lastKey();
          double error = read.get(cell).scalars("traceSError").getOrDefault(last, Double.NaN);
          families.computeIfAbsent(widthFamily(cell.spec()), k -> new LinkedHashMap<>())
              .computeIfAbsent(ReportData.optimizerLabel(cell.spec()), k -> new TreeMap<>())
              .computeIfAbsent(width, k -> new ArrayList<>())
              .add(new double[] {traceS.get(last), error});
        }
      }
      List<ChartView> views = new ArrayList<>();
      families.forEach((family, byOptimizer) -> {
        TreeSet<Double> widths = new TreeSet<>();
        byOptimizer.values().forEach(byWidth -> widths.addAll(byWidth.keySet()));
        if (widths.size() < 2) {
          return;
        }
        List<Curve> curves = new ArrayList<>();
        byOptimizer.forEach((optimizer, byWidth) -> {
          int n = byWidth.size();
          double[] x = new double[n];
          double[] median = new double[n];
          double[] low = new double[n];
          double[] high = new double[n];
          int seeds = 0;
          int i = 0;
          for (Map.Entry<Double, List<double[]>> entry : byWidth.entrySet()) {
            List<Double> values = new ArrayList<>();
            low[i] = Double.POSITIVE_INFINITY;
            high[i] = Double.NEGATIVE_INFINITY;
            for (double[] cell : entry.getValue()) {
              double spread = Double.isFinite(cell[1]) ? Math.abs(cell[1]) : 0;
              values.add(cell[0]);
              low[i] = Math.min(low[i], cell[0] - spread);
              high[i] = Math.max(high[i], cell[0] + spread);
            }
            x[i] = entry.getKey();
            median[i] = ChartData.median(values);
            seeds = Math.max(seeds, values.size());
            i++;
          }
          curves.add(new Curve(optimizer + " tr(S)", optimizerLabels.indexOf(optimizer), null, "solid", seeds, x,
              median, low, high));
        });
        add(new Chart("width", -1, false, "width", true, "tr(S) at the end", false, 0, curves),
            "tr(S) at the end against width: " + family,
            "tr(S) from each cell's last trace-split record, against the hidden width, one line per optimizer; median "
                + "over seeds, band from the least (estimate \u2212 SE) to the greatest (estimate + SE). Read against 0: "
                + "the draft expects tr(S) to shrink as the network widens (the NTK regime, where H \u2248 G).",
            views);
      });
      return views;
    }
  }

  // ---- Tables ------------------------------------------------------------------------------------------------

  /** The median over seeds of each SWAG column at each cell's last swag record; null without swag records. */
  static Row swagRow(String problem, Group group) {
    List<List<Double>> columns = new ArrayList<>();
    for (int i = 0; i < SWAG_COLUMNS.size(); i++) {
      columns.add(new ArrayList<>());
    }
    int seeds = 0;
    for (CellProbes cell : group.cells()) {
      TreeMap<Long, Double> snapshots = cell.scalars("swag.snapshots");
      if (snapshots.isEmpty()) {
        continue;
      }
      long last = snapshots.lastKey();
      seeds++;
      for (int i = 0; i < SWAG_COLUMNS.size(); i++) {
        columns.get(i).add(cell.scalars("swag." + SWAG_COLUMNS.get(i)).getOrDefault(last, Double.NaN));
      }
    }
    if (seeds == 0) {
      return null;
    }
    List<String> text = new ArrayList<>();
    for (List<Double> column : columns) {
      text.add(Format.number(ChartData.median(column)));
    }
    return new Row(Palette.color(group.optimizer()), group.label(), problem, seeds, text);
  }

  /**
   * Rank, nullity, parameters, probe batch, SWAG's near-null energy share and a random direction's share
   * (1 − rank(G)/p from the same SWAG record) at each cell's last null-space record (median over seeds); "≥ r" where a seed's rank is only a lower bound (and "≤" on the nullity and
   * share it bounds). Null without such records.
   */
  static Row nullRow(String problem, Group group) {
    List<Double> rank = new ArrayList<>();
    List<Double> nullity = new ArrayList<>();
    List<Double> parameters = new ArrayList<>();
    List<Double> batch = new ArrayList<>();
    List<Double> share = new ArrayList<>();
    List<Double> energy = new ArrayList<>();
    List<Double> random = new ArrayList<>();
    boolean lowerBound = false;
    for (CellProbes cell : group.cells()) {
      TreeMap<Long, Double> ranks = cell.scalars("null.rank");
      if (!ranks.isEmpty()) {
        long last = ranks.lastKey();
        rank.add(ranks.get(last));
        nullity.add(cell.scalars("null.nullity").getOrDefault(last, Double.NaN));
        parameters.add(cell.scalars("null.parameters").getOrDefault(last, Double.NaN));
        batch.add(cell.scalars("null.batchSize").getOrDefault(last, Double.NaN));
        share.add(cell.scalars("null.share").getOrDefault(last, Double.NaN));
        lowerBound |= cell.rankLowerBound.getOrDefault(last, false);
      }
      TreeMap<Long, Double> near = cell.scalars("nearNullShare");
      if (!near.isEmpty()) {
        energy.add(near.lastEntry().getValue());
        random.add(cell.scalars("randomNearNullShare").getOrDefault(near.lastKey(), Double.NaN));
      }
    }
    if (rank.isEmpty() && energy.isEmpty()) {
      return null;
    }
    String rankText = Format.number(ChartData.median(rank));
    return new Row(Palette.color(group.optimizer()), group.label(), problem, Math.max(rank.size(), energy.size()),
        List.of(lowerBound && !rank.isEmpty() ? "\u2265 " + rankText : rankText,
            (lowerBound && !nullity.isEmpty() ? "\u2264 " : "") + Format.number(ChartData.median(nullity)),
            Format.number(ChartData.median(parameters)), Format.number(ChartData.median(batch)),
            (lowerBound && !share.isEmpty() ? "\u2264 " : "") + Format.number(ChartData.median(share)),
            Format.number(ChartData.median(energy)), Format.number(ChartData.median(random))));
  }
}
