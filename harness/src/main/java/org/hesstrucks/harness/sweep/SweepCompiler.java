package org.hesstrucks.harness.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.inject.Inject;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.hesstrucks.config.ConfigBinder;
import org.hesstrucks.core.ConfigException;
import org.hesstrucks.dataset.DatasetPlugin;
import org.hesstrucks.linesearch.LineSearchSpec;
import org.hesstrucks.model.ModelPlugin;
import org.hesstrucks.plugin.LoadedPlugin;
import org.hesstrucks.plugin.Plugin;
import org.hesstrucks.plugin.PluginCatalog;
import org.hesstrucks.plugin.PluginKind;
import org.hesstrucks.cost.CostWeights;
import org.hesstrucks.curvature.CurvatureMode;
import org.hesstrucks.result.CellSpec;
import org.hesstrucks.result.TuningRecord;

/**
 * Turns a sweep file into cells, refusing it with every problem found before anything runs.
 *
 * <p>Grid axes: inside a plugin block, an array is an axis when the config record's component of that name
 * is not itself a collection ({@code "conditionNumber": [10, 100]} is an axis; a {@code List} component takes
 * the array as one value). Objects bound to a nested record or to a {@code lineSearch} block are expanded the
 * same way, so {@code "lineSearch": {"id": "backtracking", "shrink": [0.3, 0.5]}} is an axis
 * {@code lineSearch.shrink}. Blocks may carry a harness-owned {@code "label"} for legends. The grid is
 * optimizers × models × datasets (for models that need data) × batch sizes × seeds.
 */
public final class SweepCompiler {
  /** Sweep names become folder names. */
  public static final Pattern NAME_PATTERN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

  private static final String LABEL = "label";
  private static final String TUNE = "tune";

  private final PluginCatalog catalog;

  @Inject
  public SweepCompiler(PluginCatalog catalog) {
    this.catalog = catalog;
  }

  /** Reads and compiles a sweep file. */
  public CompiledSweep compile(Path file) {
    JsonNode root = SweepFile.read(file);
    String fileName = file.getFileName().toString();
    String defaultName = fileName.contains(".") ? fileName.substring(0, fileName.lastIndexOf('.')) : fileName;
    return compile(root, file.toString(), defaultName, file.toAbsolutePath().getParent());
  }

  /** Compiles a parsed sweep whose data paths resolve against the working directory. */
  public CompiledSweep compile(JsonNode root, String label, String defaultName) {
    return compile(root, label, defaultName, Path.of("").toAbsolutePath());
  }

  /**
   * Compiles a parsed sweep.
   *
   * @param label the file's name in messages
   * @param defaultName the sweep's name when the file does not set one
   * @throws SweepException listing every problem, each prefixed with {@code label}
   */
  public CompiledSweep compile(JsonNode root, String label, String defaultName, Path baseDirectory) {
    List<String> problems = new ArrayList<>();
    SweepSettings settings;
    try {
      settings = ConfigBinder.bind(root, SweepSettings.class, "$");
    } catch (ConfigException e) {
      throw new SweepException(label + ": " + e.getMessage());
    }
    String name = settings.name() == null ? defaultName : settings.name();
    if (!NAME_PATTERN.matcher(name).matches()) {
      problems.add("$.name: expected letters, digits, '.', '_' or '-' (it names the results folder), got '" + name + "'");
    }
    List<Integer> batchSizes = batchSizes(settings.batchSize(), problems);
    if (settings.seeds().isEmpty()) {
      problems.add("$.seeds: expected at least one integer seed, got []");
    } else if (settings.seeds().stream().distinct().count() != settings.seeds().size()) {
      problems.add("$.seeds: expected distinct seeds, got " + settings.seeds());
    }
    JsonNode every = settings.evaluateEvery();
    boolean everyIsIterations = every.isInt() && every.asInt() > 0;
    boolean everyIsEpochs = every.isObject() && every.size() == 1 && every.has("epochs")
        && every.get("epochs").isNumber() && every.get("epochs").asDouble() > 0;
    if (!everyIsIterations && !everyIsEpochs) {
      problems.add("$.evaluateEvery: expected a positive integer (iterations) or {\"epochs\": a positive number}, got "
          + every);
    }
    Map<String, List<JsonNode>> axes = new LinkedHashMap<>();
    List<BoundBlock> optimizers = blocks(PluginKind.OPTIMIZER, "optimizers", settings.optimizers(), true, axes, problems);
    List<BoundBlock> models = blocks(PluginKind.MODEL, "models", settings.models(), true, axes, problems);
    List<BoundBlock> datasets = blocks(PluginKind.DATASET, "datasets", settings.datasets(), false, axes, problems);
    List<BoundProbe> probes = probes(settings.probes(), "$.probes", problems);
    SwagSettings swag = swag(settings.swag(), problems);
    List<String> warnings = new ArrayList<>();
    boolean anyModelNeedsData = false;
    for (BoundBlock model : models) {
      if (((ModelPlugin<?>) model.plugin().plugin()).requiresDataset()) {
        anyModelNeedsData = true;
        if (settings.datasets().isEmpty()) {
          problems.add(model.path() + ": model '" + model.plugin().id() + "' needs a dataset; add a \"datasets\" block");
        }
      }
    }
    if (!anyModelNeedsData && !settings.datasets().isEmpty()) {
      warnings.add("$.datasets: no model in this sweep uses data; the datasets are ignored");
    }
    Map<BoundBlock, String> identities = new LinkedHashMap<>();
    if (problems.isEmpty()) {
      identities = checkData(models, datasets, batchSizes,
          settings.batchSize() != null && settings.batchSize().isArray(), baseDirectory, problems);
    }
    if (problems.isEmpty() && (swag != null || !probes.isEmpty())) {
      checkAgainstModels(swag, probes, models, datasets, batchSizes, settings, problems);
    }
    if (batchSizes.size() > 1) {
      axes.put("batchSize", batchSizes.stream().map(b -> b == 0
          ? (JsonNode) JsonNodeFactory.instance.textNode("full") : JsonNodeFactory.instance.numberNode(b)).toList());
    }
    if (settings.seeds().size() > 1) {
      axes.put("seed", settings.seeds().stream().map(s -> (JsonNode) JsonNodeFactory.instance.numberNode(s)).toList());
    }
    if (!problems.isEmpty()) {
      throw new SweepException(problems.stream().map(p -> label + ": " + p).toList());
    }
    List<WorkUnit> units = new ArrayList<>();
    List<String> refused = new ArrayList<>();
    for (BoundBlock model : models) {
      for (String warning : model.modelWarnings()) {
        String line = model.path() + ": " + warning;
        if (!warnings.contains(line)) {
          warnings.add(line);
        }
      }
      boolean needsData = ((ModelPlugin<?>) model.plugin().plugin()).requiresDataset();
      List<BoundBlock> dataChoices = needsData ? datasets : java.util.Collections.singletonList(null);
      for (BoundBlock dataset : dataChoices) {
        for (int batchSize : needsData ? batchSizes : List.of(0)) {
          for (BoundBlock optimizer : optimizers) {
            String incompatible = incompatibility(optimizer, model);
            if (incompatible != null) {
              String combination = optimizer.label() + " × " + model.label();
              if (!refused.contains(combination + ": " + incompatible)) {
                refused.add(combination + ": " + incompatible);
              }
              continue;
            }
            for (Map.Entry<String, CurvatureMode> asked : curvatureRequests(optimizer, probes).entrySet()) {
              for (String warning : model.curvatureWarnings(asked.getValue())) {
                String line = asked.getKey() + " × " + model.path() + ": " + warning;
                if (!warnings.contains(line)) {
                  warnings.add(line);
                }
              }
            }
            boolean batchAxis = batchSizes.size() > 1;
            if (optimizer.tune() == null) {
              for (long seed : settings.seeds()) {
                units.add(new WorkUnit.Single(cell(settings, optimizer, model, dataset, batchSize, seed, batchAxis,
                    null, null, probes, identities.get(dataset), swag)));
              }
            } else {
              units.add(tunedGroup(settings, optimizer, model, dataset, batchSize, batchAxis, probes,
                  identities.get(dataset), swag));
            }
          }
        }
      }
    }
    if (!anyModelNeedsData && batchSizes.size() > 1) {
      warnings.add("$.batchSize: no model in this sweep uses data; every cell runs on the whole function");
    }
    if (units.isEmpty()) {
      List<String> empty = new ArrayList<>();
      empty.add(label + ": the grid is empty: every optimizer × model combination was refused");
      refused.forEach(r -> empty.add(label + ": refused " + r));
      throw new SweepException(empty);
    }
    return new CompiledSweep(name, root, settings, axes, List.copyOf(units), List.copyOf(warnings),
        List.copyOf(refused));
  }

  /** The curvature modes an optimizer block and the probes ask for, by JSON path. */
  private static Map<String, CurvatureMode> curvatureRequests(BoundBlock optimizer, List<BoundProbe> probes) {
    Map<String, CurvatureMode> asked = new LinkedHashMap<>(valuesOfType(optimizer.config(), optimizer.path(),
        CurvatureMode.class));
    for (int i = 0; i < probes.size(); i++) {
      asked.putAll(valuesOfType(probes.get(i).config(), "$.probes[" + i + "]", CurvatureMode.class));
    }
    return asked;
  }

  /** Why {@code optimizer} cannot run on {@code model} (a curvature mode the model lacks), or null. */
  private String incompatibility(BoundBlock optimizer, BoundBlock model) {
    java.util.Set<CurvatureMode> offered = model.curvatureModes();
    for (Map.Entry<String, CurvatureMode> wanted : valuesOfType(optimizer.config(), optimizer.path(),
        CurvatureMode.class).entrySet()) {
      if (!offered.contains(wanted.getValue())) {
        return wanted.getKey() + " asks for " + wanted.getValue().id() + " curvature, which model '"
            + model.plugin().id() + "' does not offer (it offers " + offered.stream().map(CurvatureMode::id).sorted()
            .collect(java.util.stream.Collectors.joining(", ")) + ")";
      }
    }
    return null;
  }

  private WorkUnit.TunedGroup tunedGroup(SweepSettings settings, BoundBlock optimizer, BoundBlock model,
      BoundBlock dataset, int batchSize, boolean batchAxis, List<BoundProbe> probes, String datasetIdentity,
      SwagSettings swag) {
    Tune tune = optimizer.tune();
    TuningSettings tuning = settings.tuning();
    List<Cell> trials = new ArrayList<>();
    List<List<Cell>> finals = new ArrayList<>();
    for (int i = 0; i < tune.candidates().size(); i++) {
      BoundBlock candidate = tune.blocks().get(i);
      Map<String, JsonNode> values = tune.candidates().get(i);
      TuningRecord trial = new TuningRecord("trial", tuning.metric().id(), tuning.seed(), values, List.of(), Map.of());
      trials.add(cell(settings, candidate, model, dataset, batchSize, tuning.seed(), batchAxis, "trial", trial,
          probes, datasetIdentity, swag));
      List<Cell> seeds = new ArrayList<>();
      for (long seed : settings.seeds()) {
        seeds.add(cell(settings, candidate, model, dataset, batchSize, seed, batchAxis, "final", null, probes,
            datasetIdentity, swag));
      }
      finals.add(List.copyOf(seeds));
    }
    String problem = dataset == null ? model.label() : model.label() + " on " + dataset.label();
    return new WorkUnit.TunedGroup(optimizer.label() + " | " + problem + (batchSize == 0 ? "" : " | batch " + batchSize),
        tune.parameters(), tune.candidates(), List.copyOf(trials), List.copyOf(finals), tuning);
  }

  private Cell cell(SweepSettings settings, BoundBlock optimizer, BoundBlock model, BoundBlock dataset,
      int batchSize, long seed, boolean batchIsAxis, String tuningRole, TuningRecord tuning,
      List<BoundProbe> probes, String datasetIdentity, SwagSettings swag) {
    Map<String, JsonNode> axes = new LinkedHashMap<>();
    optimizer.axes().forEach((k, v) -> axes.put("optimizer." + k, v));
    model.axes().forEach((k, v) -> axes.put("model." + k, v));
    if (dataset != null) {
      dataset.axes().forEach((k, v) -> axes.put("dataset." + k, v));
    }
    if (batchIsAxis) {
      axes.put("batchSize", batchSize == 0 ? JsonNodeFactory.instance.textNode("full")
          : JsonNodeFactory.instance.numberNode(batchSize));
    }
    String problem = dataset == null ? model.label() : model.label() + " on " + dataset.label();
    CellSpec spec = new CellSpec(optimizer.block(), model.block(), dataset == null ? null : dataset.block(),
        batchSize, seed, settings.budget(), settings.stopping(), checkpointInterval(settings, batchSize, trainingSize(
            dataset)), optimizer.label(), problem,
        axes, tuningRole);
    SwagPlan plan = swag == null ? null : swag.plan(batchSize, trainingSize(dataset));
    return cell(spec, settings.costWeights(), optimizer, model, dataset, tuning, probes, datasetIdentity, plan);
  }

  private Cell cell(CellSpec spec, CostWeights weights, BoundBlock optimizer, BoundBlock model, BoundBlock dataset,
      TuningRecord tuning, List<BoundProbe> probes, String datasetIdentity, SwagPlan swag) {
    Map<String, String> versions = pluginVersions(optimizer, model, dataset);
    for (BoundProbe probe : probes) {
      versions.put(PluginKind.PROBE.label() + ":" + probe.plugin().id(), probe.plugin().version());
    }
    return new Cell(CellKeys.key(spec, weights, versions, probes.stream().map(BoundProbe::block).toList(),
        datasetIdentity, swag), spec, optimizer, model, dataset, weights, tuning, probes, datasetIdentity, swag);
  }

  /** Binds the {@code swag} block, or null when there is none (or it does not bind: a problem is added). */
  private static SwagSettings swag(JsonNode block, List<String> problems) {
    if (block == null || block.isNull()) {
      return null;
    }
    try {
      return ConfigBinder.bind(block, SwagSettings.class, "$.swag");
    } catch (ConfigException e) {
      problems.add(e.getMessage());
      return null;
    }
  }

  /**
   * Refuses probe blocks and a {@code swag} block that cannot work for some model: what each probe plugin's
   * {@code check} finds (e.g. {@code k} above the parameter count, a probe batch above the training set), and for
   * SWAG {@code topK} or {@code nullSpaceK} above a model's parameter count, a {@code probeBatch} or
   * {@code nullSpaceBatch} above a training set, or a schedule that takes fewer than two snapshots (SWAG's least)
   * within an iteration or epoch budget. Models without data are created here to learn their parameter count.
   */
  private void checkAgainstModels(SwagSettings swag, List<BoundProbe> probes, List<BoundBlock> models,
      List<BoundBlock> datasets, List<Integer> batchSizes, SweepSettings settings, List<String> problems) {
    Long iterations = settings.budget().iterations();
    for (BoundBlock model : models) {
      boolean needsData = ((ModelPlugin<?>) model.plugin().plugin()).requiresDataset();
      for (BoundBlock dataset : needsData ? datasets : java.util.Collections.<BoundBlock>singletonList(null)) {
        String problem = dataset == null ? "model '" + model.label() + "' (" + model.path() + ")"
            : "model '" + model.label() + "' on dataset '" + dataset.label() + "' (" + model.path() + " × "
                + dataset.path() + ")";
        int trainingSize;
        Integer dimension;
        if (dataset == null) {
          org.hesstrucks.model.Model created;
          try {
            created = model.createModel(new org.hesstrucks.model.ModelContext(java.util.Optional.empty()));
          } catch (RuntimeException e) {
            addOnce(problems, model.path() + ": model '" + model.label() + "' cannot be created: " + e.getMessage());
            continue;
          }
          dimension = created.dimension();
          trainingSize = created.trainingSize();
        } else {
          dimension = dimensions.get(java.util.Arrays.asList(model, dataset));
          trainingSize = trainingSize(dataset);
        }
        if (dimension != null) {
          for (int i = 0; i < probes.size(); i++) {
            for (ConfigException issue : probes.get(i).check(dimension, trainingSize)) {
              addOnce(problems, new ConfigException("$.probes[" + i + "]." + issue.field(), issue.expected() + " of "
                  + problem, issue.actual()).getMessage());
            }
          }
        }
        if (swag == null) {
          continue;
        }
        if (dimension != null && swag.topK() > dimension) {
          addOnce(problems, new ConfigException("$.swag.topK", "at most " + dimension + ", the parameter count of "
              + problem, swag.topK()).getMessage());
        }
        if (swag.probeBatch() instanceof Integer size && size > trainingSize) {
          addOnce(problems, new ConfigException("$.swag.probeBatch", "at most " + trainingSize + ", the training-set size of "
              + problem, size).getMessage());
        }
        if (dimension != null && swag.nullSpaceK() > dimension) {
          addOnce(problems, new ConfigException("$.swag.nullSpaceK", "at most " + dimension
              + ", the parameter count of " + problem, swag.nullSpaceK()).getMessage());
        }
        if (swag.nullSpaceBatch() instanceof Integer size && size > trainingSize) {
          addOnce(problems, new ConfigException("$.swag.nullSpaceBatch", "at most " + trainingSize
              + ", the training-set size of " + problem, size).getMessage());
        }
        Double epochs = settings.budget().epochs();
        if (iterations == null && epochs == null) {
          continue;
        }
        for (int batchSize : needsData ? batchSizes : List.of(0)) {
          SwagPlan plan = swag.plan(batchSize, trainingSize);
          // an epoch budget allows at most ⌈epochs · N / b⌉ iterations (fewer when a step evaluates more)
          long limit = iterations != null ? iterations : Long.MAX_VALUE;
          String budget = iterations != null ? iterations + " iterations" : null;
          if (epochs != null) {
            int samplesPerStep = batchSize == 0 ? trainingSize : batchSize;
            long byEpochs = (long) Math.ceil(epochs * trainingSize / samplesPerStep);
            if (byEpochs < limit) {
              limit = byEpochs;
              budget = epochs + " epochs (at most " + byEpochs + " iterations"
                  + (batchSize == 0 ? "" : " of batch " + batchSize) + ")";
            }
          }
          long snapshots = plan.snapshotsWithin(limit);
          if (snapshots < 2) {
            String where = swag.start().isObject() || epochs != null ? " for " + problem + (batchSize == 0 ? ""
                : " with batch size " + batchSize) + (swag.start().isObject() ? " (start " + swag.start()
                + " = iteration " + plan.start() + ")" : "") : "";
            addOnce(problems, new ConfigException("$.swag.start", "a schedule that takes at least 2 snapshots within "
                + "the budget of " + budget + where, "start " + plan.start() + " and every "
                + plan.every() + " (" + snapshots + (snapshots == 1 ? " snapshot)" : " snapshots)")).getMessage());
          }
        }
      }
    }
  }

  private static void addOnce(List<String> problems, String problem) {
    if (!problems.contains(problem)) {
      problems.add(problem);
    }
  }

  /** Binds probe blocks; {@code every} is the harness's (a positive integer, default 1). */
  private List<BoundProbe> probes(List<JsonNode> blocks, String path, List<String> problems) {
    List<BoundProbe> probes = new ArrayList<>();
    for (int i = 0; i < blocks.size(); i++) {
      String at = path + "[" + i + "]";
      JsonNode block = blocks.get(i);
      JsonNode id = block.get("id");
      if (!block.isObject() || id == null || !id.isTextual()) {
        problems.add(at + ": expected a probe block with an \"id\" (known: "
            + String.join(", ", catalog.all(PluginKind.PROBE).keySet()) + "), got " + block);
        continue;
      }
      LoadedPlugin<?> plugin = catalog.all(PluginKind.PROBE).get(id.asText());
      if (plugin == null) {
        problems.add(at + ".id: " + catalog.unknownIdMessage(PluginKind.PROBE, id.asText()));
        continue;
      }
      ObjectNode options = ((ObjectNode) block).deepCopy();
      JsonNode every = options.remove("every");
      if (every != null && !(every.isInt() && every.asInt() > 0)) {
        problems.add(at + ".every: expected a positive integer (every how many checkpoints), got " + every);
        continue;
      }
      try {
        Record config = ConfigBinder.bind(options, plugin.plugin().configType(), at);
        probes.add(new BoundProbe(catalog.probe(id.asText()), config, every == null ? 1 : every.asInt(), block));
      } catch (ConfigException e) {
        problems.add(e.getMessage());
      }
    }
    return List.copyOf(probes);
  }

  /**
   * Rebuilds a cell from its ticket (in a worker): binds its concrete blocks again and recomputes its key, which
   * equals the key the harness computed when the plugins are the same.
   *
   * @throws SweepException when a block no longer binds (another plugin version behind the same id)
   */
  public Cell cell(CellTicket ticket) {
    CellSpec spec = ticket.spec();
    List<String> problems = new ArrayList<>();
    BoundBlock optimizer = concrete(PluginKind.OPTIMIZER, spec.optimizer(), "$.optimizer", problems);
    BoundBlock model = concrete(PluginKind.MODEL, spec.model(), "$.model", problems);
    BoundBlock dataset = spec.dataset() == null ? null
        : concrete(PluginKind.DATASET, spec.dataset(), "$.dataset", problems);
    List<BoundProbe> probes = probes(ticket.probes(), "$.probes", problems);
    if (!problems.isEmpty()) {
      throw new SweepException(problems.stream().map(p -> "cell of sweep " + ticket.sweep() + ": " + p).toList());
    }
    return cell(spec, ticket.costWeights(), optimizer, model, dataset, ticket.tuning(), probes,
        ticket.datasetIdentity(), ticket.swag());
  }

  private BoundBlock concrete(PluginKind kind, JsonNode block, String path, List<String> problems) {
    List<BoundBlock> bound = blocks(kind, kind.label(), List.of(block), true, new LinkedHashMap<>(), problems);
    if (bound.size() > 1) {
      problems.add(path + ": a cell's block must be concrete, but it expands to " + bound.size() + " variants");
    }
    return bound.isEmpty() ? null : bound.get(0);
  }

  /** "kind:id" → version for every plugin a cell uses: its blocks, their line searches, and its probes. */
  public Map<String, String> pluginVersions(Cell cell) {
    Map<String, String> versions = pluginVersions(cell.optimizer(), cell.model(), cell.dataset());
    for (BoundProbe probe : cell.probes()) {
      versions.put(PluginKind.PROBE.label() + ":" + probe.plugin().id(), probe.plugin().version());
    }
    return versions;
  }

  /** "kind:id" → version for every plugin these blocks use, line searches included. */
  public Map<String, String> pluginVersions(BoundBlock optimizer, BoundBlock model, BoundBlock dataset) {
    Map<String, String> versions = new LinkedHashMap<>();
    for (BoundBlock block : java.util.Arrays.asList(optimizer, model, dataset)) {
      if (block == null) {
        continue;
      }
      versions.put(block.plugin().kind().label() + ":" + block.plugin().id(), block.plugin().version());
      for (LineSearchSpec spec : lineSearchSpecs(block.config())) {
        versions.put(PluginKind.LINE_SEARCH.label() + ":" + spec.id(), catalog.lineSearch(spec.id()).version());
      }
    }
    return versions;
  }

  private List<BoundBlock> blocks(PluginKind kind, String field, List<JsonNode> blocks, boolean required,
      Map<String, List<JsonNode>> axes, List<String> problems) {
    List<BoundBlock> bound = new ArrayList<>();
    if (blocks.isEmpty()) {
      if (required) {
        problems.add("$." + field + ": expected at least one " + kind + " block (an object with an \"id\"), got none");
      }
      return bound;
    }
    for (int i = 0; i < blocks.size(); i++) {
      String path = "$." + field + "[" + i + "]";
      JsonNode block = blocks.get(i);
      if (!block.isObject()) {
        problems.add(path + ": expected " + article(kind.label()) + " " + kind + " block (an object with an \"id\"), got " + block);
        continue;
      }
      JsonNode id = block.get("id");
      if (id == null || !id.isTextual()) {
        problems.add(path + ".id: expected the id of " + article(kind.label()) + " " + kind + " plugin (known: "
            + String.join(", ", catalog.all(kind).keySet()) + "), got " + (id == null ? "nothing" : id.toString()));
        continue;
      }
      LoadedPlugin<?> plugin = catalog.all(kind).get(id.asText());
      if (plugin == null) {
        problems.add(path + ".id: " + catalog.unknownIdMessage(kind, id.asText())
            + (catalog.closestId(kind, id.asText()) == null ? "; a plugin of your own is found when its jar is in "
                + "the folder given with --plugins" : ""));
        continue;
      }
      JsonNode explicitLabel = block.get(LABEL);
      if (explicitLabel != null && !explicitLabel.isTextual()) {
        problems.add(path + ".label: expected a string, got " + explicitLabel);
        continue;
      }
      ObjectNode options = ((ObjectNode) block).deepCopy();
      options.remove(LABEL);
      JsonNode tuneNode = kind == PluginKind.OPTIMIZER ? options.remove(TUNE) : null;
      List<Variant> variants = expand(options, plugin.plugin().configType(), path, "", problems);
      for (Variant variant : variants) {
        variant.axes().forEach((axis, value) -> {
          String axisName = kind.label() + "." + axis;
          List<JsonNode> values = axes.computeIfAbsent(axisName, k -> new ArrayList<>());
          if (!values.contains(value)) {
            values.add(value);
          }
        });
        Record config;
        try {
          config = ConfigBinder.bind(variant.block(), plugin.plugin().configType(), path);
          for (Map.Entry<String, LineSearchSpec> spec : lineSearchSpecsWithPaths(config, path).entrySet()) {
            ConfigBinder.lineSearch(catalog, spec.getValue(), spec.getKey());
          }
        } catch (ConfigException e) {
          String message = e.getMessage();
          if (!problems.contains(message)) {
            problems.add(message);
          }
          continue;
        }
        String label = explicitLabel != null ? explicitLabel.asText() + axisSuffix(variant.axes())
            : describe(plugin.id(), variant.block());
        Tune tune = null;
        if (tuneNode != null) {
          tune = tune(tuneNode, plugin, variant.block(), label, variant.axes(), path, problems);
          if (tune == null) {
            continue;
          }
          label = tune.blocks().get(0).label();
        }
        bound.add(new BoundBlock(plugin, config, variant.block(), variant.axes(), label, path, tune));
      }
    }
    return bound;
  }

  private static String axisSuffix(Map<String, JsonNode> axes) {
    StringBuilder s = new StringBuilder();
    axes.forEach((k, v) -> s.append(' ').append(k).append('=').append(v.isTextual() ? v.asText() : v.toString()));
    return s.toString();
  }

  /** "gd warmStartGrowth=2.0 lineSearch=backtracking lineSearch.shrink=0.3": the id and every field set. */
  static String describe(String id, ObjectNode block) {
    StringBuilder label = new StringBuilder(id);
    appendFields(label, "", block);
    return label.toString();
  }

  private static void appendFields(StringBuilder label, String prefix, ObjectNode block) {
    Iterator<Map.Entry<String, JsonNode>> fields = block.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      String name = field.getKey();
      JsonNode value = field.getValue();
      if (prefix.isEmpty() && name.equals("id")) {
        continue;
      }
      if (name.equals("id")) {
        label.append(' ').append(prefix, 0, prefix.length() - 1).append('=').append(value.asText());
      } else if (value.isObject()) {
        appendFields(label, prefix + name + ".", (ObjectNode) value);
      } else {
        label.append(' ').append(prefix).append(name).append('=').append(value.isTextual() ? value.asText() : value);
      }
    }
  }

  /** A block with one value per axis, and those values. */
  record Variant(ObjectNode block, Map<String, JsonNode> axes) {}

  /** One value a field can take in the grid (null: the field as written), with its axis values. */
  private record Option(JsonNode value, Map<String, JsonNode> axes) {}

  private List<Variant> expand(ObjectNode block, Class<?> type, String path, String axisPrefix, List<String> problems) {
    List<Variant> variants = new ArrayList<>();
    variants.add(new Variant(JsonNodeFactory.instance.objectNode(), new LinkedHashMap<>()));
    Iterator<Map.Entry<String, JsonNode>> fields = block.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      String name = field.getKey();
      JsonNode value = field.getValue();
      Class<?> componentType = componentType(type, name);
      List<Option> options = new ArrayList<>();
      if (value.isArray() && componentType != null && !isCollection(componentType)) {
        if (value.isEmpty()) {
          problems.add(path + "." + name + ": expected a non-empty list of values (a grid axis), got []");
          return List.of();
        }
        java.util.Set<Object> distinct = new java.util.HashSet<>();
        value.forEach(v -> distinct.add(v.isNumber() ? v.decimalValue().stripTrailingZeros() : v)); // 1 is 1.0
        if (distinct.size() != value.size()) { // each cell would run as many times, all alike
          problems.add(path + "." + name + ": expected distinct values in a grid axis, got " + value);
          return List.of();
        }
        for (JsonNode element : value) {
          for (Option nested : nestedOptions(element, componentType, path + "." + name, axisPrefix + name + ".", problems)) {
            Map<String, JsonNode> axes = new LinkedHashMap<>(nested.axes());
            axes.put(axisPrefix + name, element);
            options.add(new Option(nested.value() == null ? element : nested.value(), axes));
          }
        }
      } else if (value.isObject() && componentType != null) {
        options.addAll(nestedOptions(value, componentType, path + "." + name, axisPrefix + name + ".", problems));
      } else {
        options.add(new Option(null, Map.of()));
      }
      List<Variant> product = new ArrayList<>();
      for (Variant variant : variants) {
        for (Option option : options) {
          ObjectNode combined = variant.block().deepCopy();
          combined.set(name, option.value() == null ? value : option.value());
          Map<String, JsonNode> axes = new LinkedHashMap<>(variant.axes());
          axes.putAll(option.axes());
          product.add(new Variant(combined, axes));
        }
      }
      variants = product;
    }
    return variants;
  }

  /** The options of a nested object (a record or a line-search block); anything else is one option, itself. */
  private List<Option> nestedOptions(JsonNode value, Class<?> componentType, String path, String axisPrefix,
      List<String> problems) {
    if (!value.isObject()) {
      return List.of(new Option(null, Map.of()));
    }
    Class<?> nestedType = null;
    if (componentType == LineSearchSpec.class) {
      JsonNode id = value.get("id");
      LoadedPlugin<?> plugin = id == null ? null : catalog.all(PluginKind.LINE_SEARCH).get(id.asText());
      nestedType = plugin == null ? null : plugin.plugin().configType();
    } else if (componentType.isRecord()) {
      nestedType = componentType;
    }
    if (nestedType == null) {
      return List.of(new Option(null, Map.of()));
    }
    return expand((ObjectNode) value, nestedType, path, axisPrefix, problems).stream()
        .map(v -> new Option(v.block(), v.axes())).toList();
  }

  private static Class<?> componentType(Class<?> type, String name) {
    if (type == null || !type.isRecord()) {
      return null;
    }
    for (RecordComponent component : type.getRecordComponents()) {
      if (component.getName().equals(name)) {
        return component.getType();
      }
    }
    return null;
  }

  private static boolean isCollection(Class<?> type) {
    return Collection.class.isAssignableFrom(type) || Map.class.isAssignableFrom(type) || type.isArray()
        || JsonNode.class.isAssignableFrom(type);
  }

  private static List<Integer> batchSizes(JsonNode node, List<String> problems) {
    List<Integer> sizes = new ArrayList<>();
    if (node == null || node.isNull()) {
      sizes.add(0);
      return sizes;
    }
    ArrayNode values = node.isArray() ? (ArrayNode) node : JsonNodeFactory.instance.arrayNode().add(node);
    if (values.isEmpty()) {
      problems.add("$.batchSize: expected a positive integer, \"full\", or a non-empty list of those, got []");
    }
    for (int i = 0; i < values.size(); i++) {
      JsonNode value = values.get(i);
      String path = node.isArray() ? "$.batchSize[" + i + "]" : "$.batchSize";
      if (value.isTextual() && value.asText().equals("full")) {
        sizes.add(0);
      } else if (value.isIntegralNumber() && value.canConvertToInt() && value.asInt() > 0) {
        sizes.add(value.asInt());
      } else {
        problems.add(path + ": expected a positive integer or \"full\", got " + value);
      }
    }
    if (sizes.stream().distinct().count() != sizes.size()) {
      problems.add("$.batchSize: expected distinct batch sizes, got " + node);
    }
    return sizes;
  }

  /** Every line-search spec inside a config record (recursively), with its JSON path. */
  static Map<String, LineSearchSpec> lineSearchSpecsWithPaths(Record config, String path) {
    return valuesOfType(config, path, LineSearchSpec.class);
  }

  /** Every value of {@code type} inside a config record (recursively, through records and lists), by path. */
  static <T> Map<String, T> valuesOfType(Record config, String path, Class<T> type) {
    Map<String, T> found = new LinkedHashMap<>();
    collect(config, path, type, found);
    return found;
  }

  static List<LineSearchSpec> lineSearchSpecs(Record config) {
    return new ArrayList<>(lineSearchSpecsWithPaths(config, "$").values());
  }

  private static <T> void collect(Object value, String path, Class<T> type, Map<String, T> found) {
    if (type.isInstance(value)) {
      found.put(path, type.cast(value));
    } else if (value instanceof Record record) {
      for (RecordComponent component : record.getClass().getRecordComponents()) {
        try {
          component.getAccessor().setAccessible(true);
          collect(component.getAccessor().invoke(record), path + "." + component.getName(), type, found);
        } catch (ReflectiveOperationException | RuntimeException e) {
          throw new IllegalStateException("cannot read " + path + "." + component.getName() + ": " + e, e);
        }
      }
    } else if (value instanceof Collection<?> items) {
      int i = 0;
      for (Object item : items) {
        collect(item, path + "[" + i++ + "]", type, found);
      }
    }
  }

  /** The most candidates one tuned parameter's grid may have. */
  static final int MAX_TUNE_POINTS = 1000;

  /**
   * A {@code tune} field: each parameter's candidate values (a list, or {@code {"from", "to", "points",
   * "scale": "log"|"linear"}}), crossed, each bound as a block of its own.
   */
  private Tune tune(JsonNode node, LoadedPlugin<?> plugin, ObjectNode block, String baseLabel,
      Map<String, JsonNode> axes, String blockPath, List<String> problems) {
    String path = blockPath + ".tune";
    if (!node.isObject() || node.isEmpty()) {
      problems.add(path + ": expected an object naming the parameters to tune, e.g. {\"learningRate\": "
          + "{\"from\": 1e-4, \"to\": 1, \"points\": 9}}, got " + node);
      return null;
    }
    List<String> parameters = new ArrayList<>();
    List<List<JsonNode>> values = new ArrayList<>();
    Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      String parameter = field.getKey();
      String problem = checkParameter(plugin, block, parameter);
      if (problem != null) {
        problems.add(path + "." + parameter + ": " + problem);
        return null;
      }
      List<JsonNode> candidates = candidateValues(field.getValue(), path + "." + parameter, problems);
      if (candidates == null) {
        return null;
      }
      parameters.add(parameter);
      values.add(candidates);
    }
    List<Map<String, JsonNode>> grid = new ArrayList<>();
    grid.add(new LinkedHashMap<>());
    for (int p = 0; p < parameters.size(); p++) {
      List<Map<String, JsonNode>> next = new ArrayList<>();
      for (Map<String, JsonNode> partial : grid) {
        for (JsonNode value : values.get(p)) {
          Map<String, JsonNode> extended = new LinkedHashMap<>(partial);
          extended.put(parameters.get(p), value);
          next.add(extended);
        }
      }
      grid = next;
    }
    String label = baseLabel + " (tuned " + String.join(", ", parameters) + ")";
    List<BoundBlock> blocks = new ArrayList<>();
    for (Map<String, JsonNode> candidate : grid) {
      ObjectNode concrete = block.deepCopy();
      candidate.forEach((parameter, value) -> setDotted(concrete, parameter, value));
      try {
        Record config = ConfigBinder.bind(concrete, plugin.plugin().configType(), blockPath);
        for (Map.Entry<String, LineSearchSpec> spec : lineSearchSpecsWithPaths(config, blockPath).entrySet()) {
          ConfigBinder.lineSearch(catalog, spec.getValue(), spec.getKey());
        }
        blocks.add(new BoundBlock(plugin, config, concrete, axes, label, blockPath, null));
      } catch (ConfigException e) {
        problems.add(e.getMessage() + " (tuning candidate " + candidate + ")");
        return null;
      }
    }
    return new Tune(List.copyOf(parameters), List.copyOf(grid), List.copyOf(blocks));
  }

  /** Null when {@code parameter} (dotted) names a field of the block's config, else what is wrong. */
  private String checkParameter(LoadedPlugin<?> plugin, ObjectNode block, String parameter) {
    Class<?> type = plugin.plugin().configType();
    JsonNode node = block;
    String[] segments = parameter.split("\\.", -1);
    for (int i = 0; i < segments.length; i++) {
      String segment = segments[i];
      Class<?> component = componentType(type, segment);
      if (component == null) {
        List<String> known = new ArrayList<>();
        if (type != null && type.isRecord()) {
          for (RecordComponent c : type.getRecordComponents()) {
            known.add(c.getName());
          }
        }
        return "expected a field of " + plugin.kind() + " '" + plugin.id() + "'" + (i == 0 ? "" : " (inside "
            + String.join(".", java.util.Arrays.copyOf(segments, i)) + ")") + " (one of " + String.join(", ", known)
            + "), got '" + segment + "'";
      }
      JsonNode child = node == null ? null : node.get(segment);
      if (i < segments.length - 1) {
        if (component == LineSearchSpec.class) {
          String id = child != null && child.has("id") ? child.get("id").asText() : null;
          LoadedPlugin<?> search = id == null ? null : catalog.all(PluginKind.LINE_SEARCH).get(id);
          if (search == null) {
            return "to tune a line-search option, give the optimizer a \"" + segment + "\" block with its \"id\"";
          }
          type = search.plugin().configType();
        } else {
          type = component;
        }
        node = child;
      }
    }
    return null;
  }

  private static List<JsonNode> candidateValues(JsonNode spec, String path, List<String> problems) {
    List<JsonNode> values = new ArrayList<>();
    if (spec.isArray()) {
      if (spec.isEmpty()) {
        problems.add(path + ": expected a non-empty list of values to try, got []");
        return null;
      }
      spec.forEach(values::add);
      return values;
    }
    if (spec.isObject()) {
      JsonNode from = spec.get("from");
      JsonNode to = spec.get("to");
      JsonNode points = spec.get("points");
      String scale = spec.has("scale") ? spec.get("scale").asText() : "log";
      if (from == null || !from.isNumber() || to == null || !to.isNumber() || points == null || !points.isInt()
          || points.asInt() < 2 || !(scale.equals("log") || scale.equals("linear"))) {
        problems.add(path + ": expected {\"from\": number, \"to\": number, \"points\": integer ≥ 2, "
            + "\"scale\": \"log\" or \"linear\"}, got " + spec);
        return null;
      }
      double a = from.asDouble();
      double b = to.asDouble();
      int n = points.asInt();
      if (scale.equals("log") && !(a > 0 && b > 0)) {
        problems.add(path + ": a log grid needs positive \"from\" and \"to\", got " + a + " and " + b);
        return null;
      }
      if (n > MAX_TUNE_POINTS) {
        problems.add(path + ".points: expected at most " + MAX_TUNE_POINTS + " candidates (each is a run), got " + n);
        return null;
      }
      for (int i = 0; i < n; i++) {
        double t = (double) i / (n - 1);
        // In log space: a·(b/a)^t overflows for wide ranges (1e-10 to 1e300) although every point is finite.
        double v = scale.equals("log") ? Math.exp(Math.log(a) + (Math.log(b) - Math.log(a)) * t)
            : a + (b - a) * t;
        v = i == 0 ? a : i == n - 1 ? b : v;
        values.add(JsonNodeFactory.instance.numberNode(roundToSignificant(v, 6)));
      }
      return values;
    }
    problems.add(path + ": expected a list of values or {\"from\", \"to\", \"points\", \"scale\"}, got " + spec);
    return null;
  }

  /** {@code v} rounded to {@code digits} significant digits, so a log grid reads 0.001, 0.01, ... in labels. */
  static double roundToSignificant(double v, int digits) {
    if (v == 0 || !Double.isFinite(v)) {
      return v;
    }
    return new java.math.BigDecimal(v).round(new java.math.MathContext(digits)).doubleValue();
  }

  private static void setDotted(ObjectNode block, String dotted, JsonNode value) {
    String[] segments = dotted.split("\\.");
    ObjectNode node = block;
    for (int i = 0; i < segments.length - 1; i++) {
      JsonNode child = node.get(segments[i]);
      if (!(child instanceof ObjectNode)) {
        child = node.putObject(segments[i]);
      }
      node = (ObjectNode) child;
    }
    node.set(segments[segments.length - 1], value);
  }

  /**
   * Loads each dataset once and creates each model that needs data on it, so a model that does not fit its
   * data (input width, class count, labels) and a batch larger than a training set are refused before
   * anything runs, naming both blocks.
   */
  private Map<BoundBlock, String> checkData(List<BoundBlock> models, List<BoundBlock> datasets,
      List<Integer> batchSizes, boolean batchIsList, Path baseDirectory, List<String> problems) {
    Map<BoundBlock, String> identities = new LinkedHashMap<>();
    if (models.stream().noneMatch(m -> ((ModelPlugin<?>) m.plugin().plugin()).requiresDataset())) {
      return identities;
    }
    Map<BoundBlock, org.hesstrucks.dataset.Dataset> loaded = new LinkedHashMap<>();
    for (BoundBlock dataset : datasets) {
      try {
        loaded.put(dataset, dataset.loadDataset(baseDirectory));
      } catch (java.io.IOException | RuntimeException e) {
        problems.add(dataset.path() + ": dataset '" + dataset.plugin().id() + "' cannot be loaded: " + e.getMessage());
      } catch (OutOfMemoryError e) { // what the loader allocated is garbage again: say so instead of dying
        problems.add(dataset.path() + ": dataset '" + dataset.plugin().id() + "' cannot be loaded: it needs more than "
            + "this JVM's heap of " + (Runtime.getRuntime().maxMemory() >> 20) + " MiB (raise it with -Xmx, e.g. in "
            + "HESSTRUCKS_JAVA_OPTS, or use a smaller file)");
      }
    }
    for (Map.Entry<BoundBlock, org.hesstrucks.dataset.Dataset> entry : loaded.entrySet()) {
      identities.put(entry.getKey(), entry.getValue().identity());
      trainingSizes.put(entry.getKey(), entry.getValue().train().rows());
      int rows = entry.getValue().train().rows();
      for (int i = 0; i < batchSizes.size(); i++) {
        if (batchSizes.get(i) > rows) {
          problems.add("$.batchSize" + (batchIsList ? "[" + i + "]" : "") + ": batch size " + batchSizes.get(i)
              + " is larger than the training set of " + entry.getKey().label() + " (" + entry.getKey().path() + ", "
              + rows + " samples)");
        }
      }
      for (BoundBlock model : models) {
        if (!((ModelPlugin<?>) model.plugin().plugin()).requiresDataset()) {
          continue;
        }
        try {
          org.hesstrucks.model.Model created = model.createModel(
              new org.hesstrucks.model.ModelContext(java.util.Optional.of(entry.getValue())));
          dimensions.put(java.util.Arrays.asList(model, entry.getKey()), created.dimension());
        } catch (RuntimeException e) {
          problems.add(model.path() + " × " + entry.getKey().path() + ": model '" + model.label() + "' does not fit "
              + "dataset '" + entry.getKey().label() + "': " + e.getMessage());
        }
      }
    }
    return identities;
  }

  private static String article(String word) {
    return "aeiou".indexOf(word.charAt(0)) >= 0 ? "an" : "a";
  }

  /** Parameter counts of the models created while checking the data, by [model block, dataset block]. */
  private final Map<List<BoundBlock>, Integer> dimensions = new java.util.concurrent.ConcurrentHashMap<>();

  /** Training-set sizes of the datasets loaded while checking the data, by block. */
  private final Map<BoundBlock, Integer> trainingSizes = new java.util.concurrent.ConcurrentHashMap<>();

  private int trainingSize(BoundBlock dataset) {
    return dataset == null ? 1 : trainingSizes.getOrDefault(dataset, 1);
  }

  /** The checkpoint interval in iterations for a cell with this batch size (0: full) and training size. */
  static int checkpointInterval(SweepSettings settings, int batchSize, int trainingSize) {
    JsonNode every = settings.evaluateEvery();
    if (every.isInt()) {
      return every.asInt();
    }
    double epochs = every.get("epochs").asDouble();
    int samplesPerStep = batchSize == 0 ? trainingSize : batchSize;
    return (int) Math.max(1, Math.min(Integer.MAX_VALUE, Math.round(epochs * trainingSize / samplesPerStep)));
  }
}
