package org.hesstrucks.harness.run;

import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hesstrucks.config.ConfigBinder;
import org.hesstrucks.cost.CostCounter;
import org.hesstrucks.cost.CostWeights;
import org.hesstrucks.cost.CountingObjective;
import org.hesstrucks.dataset.Dataset;
import org.hesstrucks.dataset.DatasetContext;
import org.hesstrucks.dataset.DatasetPlugin;
import org.hesstrucks.harness.sweep.BoundBlock;
import org.hesstrucks.harness.sweep.BoundProbe;
import org.hesstrucks.harness.sweep.Cell;
import org.hesstrucks.harness.sweep.SweepCompiler;
import org.hesstrucks.linalg.Vectors;
import org.hesstrucks.linesearch.LineSearch;
import org.hesstrucks.linesearch.LineSearchSpec;
import org.hesstrucks.model.Model;
import org.hesstrucks.model.ModelContext;
import org.hesstrucks.model.ModelPlugin;
import org.hesstrucks.objective.Objective;
import org.hesstrucks.optimizer.Optimizer;
import org.hesstrucks.optimizer.OptimizerPlugin;
import org.hesstrucks.optimizer.OptimizerSetup;
import org.hesstrucks.optimizer.StepContext;
import org.hesstrucks.optimizer.StepReport;
import org.hesstrucks.optimizer.StepStatus;
import org.hesstrucks.plugin.PluginCatalog;
import org.hesstrucks.probe.Probe;
import org.hesstrucks.probe.ProbeContext;
import org.hesstrucks.probe.ProbePlugin;
import org.hesstrucks.result.Budget;
import org.hesstrucks.result.ProbeRecord;
import org.hesstrucks.result.CellResult;
import org.hesstrucks.result.CellStatus;
import org.hesstrucks.result.Stopping;
import org.hesstrucks.result.Summary;

/**
 * Runs one cell: the optimization loop every optimizer gets.
 *
 * <p>The loop: a checkpoint at iteration 0; then, until a rule ends the cell, check the budget, draw a batch,
 * let the optimizer take one step on it (timed, every evaluation counted), and every {@code evaluateEvery}
 * steps take a checkpoint. A checkpoint evaluates the full training loss and gradient (and held-out
 * metrics) with an uncounted objective, timed apart; the convergence and divergence rules are judged there,
 * never on a mini-batch. With a {@code swag} plan, θ is snapshotted after each step the schedule names (before
 * that iteration's checkpoint, timed apart), and from the second snapshot on every checkpoint adds a
 * {@code "swag"} probe record ({@link SwagRecorder}). A plugin that throws ends its cell as {@code error} with the message; the result
 * keeps the trace up to that point.
 */
public final class CellRunner {
  private final PluginCatalog catalog;
  private final ProvenanceCollector provenance;
  private final SweepCompiler compiler;

  @Inject
  public CellRunner(PluginCatalog catalog, ProvenanceCollector provenance, SweepCompiler compiler) {
    this.catalog = catalog;
    this.provenance = provenance;
    this.compiler = compiler;
  }

  /**
   * Runs {@code cell} of sweep {@code sweepName}; never throws for a plugin's failure.
   *
   * @param baseDirectory where the sweep file is; datasets resolve relative paths against it
   */
  public CellResult run(Cell cell, String sweepName, Path baseDirectory) {
    return run(cell, sweepName, baseDirectory, Map.of("isolation", "in-process"));
  }

  /**
   * Runs {@code cell}; {@code execution} (isolation, jobs, heap) goes into the result's provenance.
   */
  public CellResult run(Cell cell, String sweepName, Path baseDirectory, Map<String, String> execution) {
    Instant startedAt = Instant.now();
    Run run = new Run(cell);
    CellStatus status;
    String message;
    try {
      run.setUp(baseDirectory);
      Outcome outcome = run.loop();
      status = outcome.status();
      message = outcome.message();
    } catch (RuntimeException | Error e) {
      status = CellStatus.ERROR;
      message = run.phase() + ": " + describe(e);
    }
    return new CellResult(CellResult.SCHEMA_VERSION, sweepName, cell.id(), cell.spec(), status, message,
        run.summary(), run.trace.freeze(), List.copyOf(run.probeRecords),
        provenance.collect(compiler.pluginVersions(cell), startedAt,
            merge(merge(execution, cell.datasetIdentity() == null ? Map.of()
                : Map.of("datasetIdentity", cell.datasetIdentity())),
                run.model == null ? Map.of() : run.model.provenance())), cell.tuning());
  }

  /**
   * The result of a cell that could not report itself (its worker died or was killed): no trace, the
   * status and message given.
   */
  public CellResult failure(Cell cell, String sweepName, CellStatus status, String message, Instant startedAt,
      Map<String, String> execution) {
    return new CellResult(CellResult.SCHEMA_VERSION, sweepName, cell.id(), cell.spec(), status, message, null, null,
        List.of(), provenance.collect(compiler.pluginVersions(cell),
            startedAt, execution), cell.tuning());
  }

  private static Map<String, String> merge(Map<String, String> a, Map<String, String> b) {
    Map<String, String> merged = new java.util.LinkedHashMap<>(a);
    merged.putAll(b);
    return merged;
  }

  private static String describe(Throwable e) {
    String message = e.getMessage();
    return e.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message);
  }

  private record Outcome(CellStatus status, String message) {}

  /** One cell's state. */
  private final class Run implements StepContext {
    private final Cell cell;
    private final TraceRecorder trace = new TraceRecorder();
    private final CostCounter counter = new CostCounter();
    private final CostWeights weights;
    /** What the run is doing, for the message of a plugin that throws: built only when one does. */
    private Phase phase = Phase.SETUP;
    private String subject = "";
    private final String optimizerSubject;
    private final String modelSubject;
    private Model model;
    private Objective full;
    private Optimizer optimizer;
    private BatchSampler sampler;
    private double[] theta;
    private double[] gradient;
    private Objective stepObjective;
    private long iteration;
    private long optimizerNanos;
    private long evaluationNanos;
    private double initialLoss = Double.NaN;
    private double initialGradientNorm = Double.NaN;
    private double lastLoss = Double.NaN;
    private double lastGradientNorm = Double.NaN;
    private double bestLoss = Double.NaN;
    private double lastAccuracy = Double.NaN;
    private final List<ProbeRecord> probeRecords = new ArrayList<>();
    private List<Probe> probes = List.of();
    private int checkpoints;
    private int[] probedAt = new int[0];
    private SwagRecorder swag;
    /** The iteration of the last "swag" record, or -1. */
    private long swagRecordedAt = -1;
    private Map<String, Double> lastHeldOut = Map.of();

    Run(Cell cell) {
      this.cell = cell;
      this.optimizerSubject = "optimizer '" + cell.optimizer().plugin().id() + "'";
      this.modelSubject = "model '" + cell.model().plugin().id() + "'";
      this.weights = cell.costWeights();
    }

    private void enter(Phase next, String about) {
      phase = next;
      subject = about;
    }

    /** "optimizer 'gd' at iteration 12", "model 'mlp' evaluation at iteration 40", "model 'mlp' setup". */
    String phase() {
      switch (phase) {
        case AT_ITERATION:
          return subject + " at iteration " + iteration;
        case EVALUATION:
          return subject + " evaluation at iteration " + iteration;
        case SETUP:
        case DATASET:
        default:
          return subject.isEmpty() ? "setting up" : subject;
      }
    }

    void setUp(Path baseDirectory) {
      Optional<Dataset> dataset = Optional.empty();
      if (cell.dataset() != null) {
        enter(Phase.DATASET, "dataset '" + cell.dataset().plugin().id() + "' (" + cell.dataset().path() + ")");
        try {
          dataset = Optional.of(cell.dataset().loadDataset(baseDirectory));
        } catch (java.io.IOException e) {
          throw new java.io.UncheckedIOException(e.getMessage(), e);
        }
      }
      BoundBlock modelBlock = cell.model();
      enter(Phase.SETUP, "model '" + modelBlock.plugin().id() + "' setup");
      model = modelBlock.createModel(new ModelContext(dataset));
      int n = model.dimension();
      int trainingSize = model.trainingSize();
      int batchSize = cell.spec().batchSize();
      if (batchSize > trainingSize) {
        throw new IllegalArgumentException("batch size " + batchSize + " is larger than the training set ("
            + trainingSize + " samples)");
      }
      theta = new double[n];
      gradient = new double[n];
      model.initialParameters(cell.spec().seed(), theta);
      full = model.trainingObjective();
      sampler = new BatchSampler(trainingSize, batchSize, cell.spec().seed());
      BoundBlock optimizerBlock = cell.optimizer();
      enter(Phase.SETUP, "optimizer '" + optimizerBlock.plugin().id() + "' setup");
      optimizer = optimizerBlock.createOptimizer(setup(n));
      List<Probe> created = new ArrayList<>();
      for (BoundProbe probe : cell.probes()) {
        enter(Phase.SETUP, "probe '" + probe.plugin().id() + "' setup");
        created.add(probe.create());
      }
      probes = created;
      probedAt = new int[created.size()];
      java.util.Arrays.fill(probedAt, -1);
      if (cell.swag() != null) {
        enter(Phase.SETUP, "swag setup");
        swag = new SwagRecorder(cell.swag(), model, full, cell.spec().seed());
      }
    }

    /**
     * Adds a "swag" record at the current iteration once two snapshots exist, unless one was taken here
     * already; a failing measurement records its error and the run goes on.
     */
    private void recordSwag() {
      if (swag == null || swag.snapshots() < 2 || swagRecordedAt == iteration) {
        return;
      }
      swagRecordedAt = iteration;
      enter(Phase.AT_ITERATION, "swag");
      long start = System.nanoTime();
      Map<String, Object> values = swag.measure(iteration, lastHeldOut);
      long nanos = System.nanoTime() - start;
      evaluationNanos += nanos;
      probeRecords.add(new ProbeRecord(SwagRecorder.PROBE_ID, iteration, nanos * 1e-9, values));
    }

    /**
     * Runs each probe due at the current checkpoint (every {@code every}-th, or all when {@code last}) that has not
     * run at it yet; a probe that throws records its error and the run goes on.
     */
    private void runProbes(boolean last) {
      int index = checkpoints - 1;
      for (int i = 0; i < probes.size(); i++) {
        BoundProbe bound = cell.probes().get(i);
        if (probedAt[i] == index || !(last || index % bound.every() == 0)) {
          continue;
        }
        probedAt[i] = index;
        enter(Phase.AT_ITERATION, "probe '" + bound.plugin().id() + "'");
        long start = System.nanoTime();
        Map<String, Object> values;
        try {
          values = probes.get(i).measure(new ProbeContext(model, theta.clone(), iteration, cell.spec().seed()));
        } catch (RuntimeException e) {
          values = Map.of("error", describe(e));
        }
        long nanos = System.nanoTime() - start;
        evaluationNanos += nanos;
        probeRecords.add(new ProbeRecord(bound.plugin().id(), iteration, nanos * 1e-9, values));
      }
    }

    private OptimizerSetup setup(int n) {
      long seed = cell.spec().seed();
      return new OptimizerSetup() {
        @Override
        public int dimension() {
          return n;
        }

        @Override
        public long seed() {
          return seed;
        }

        @Override
        public LineSearch lineSearch(LineSearchSpec spec) {
          return ConfigBinder.lineSearch(catalog, spec, cell.optimizer().path() + ".lineSearch");
        }
      };
    }

    Outcome loop() {
      Outcome outcome = iterate();
      runProbes(true);
      recordSwag();
      return outcome;
    }

    private Outcome iterate() {
      Budget budget = cell.spec().budget();
      Stopping stopping = cell.spec().stopping();
      int every = cell.spec().evaluateEvery();
      checkpoint();
      initialLoss = lastLoss;
      initialGradientNorm = lastGradientNorm;
      while (true) {
        Outcome verdict = judge(stopping);
        if (verdict != null) {
          return verdict;
        }
        String exhausted = exhausted(budget);
        if (exhausted != null) {
          if (trace.lastCheckpointIteration() != iteration) {
            checkpoint();
            Outcome last = judge(stopping);
            if (last != null) {
              return last;
            }
          }
          return new Outcome(CellStatus.BUDGET, exhausted);
        }
        enter(Phase.AT_ITERATION, optimizerSubject);
        if (stepObjective == null || !cell.spec().fullBatch()) {
          // On the full training set every step sees the same objective instance, so an optimizer may reuse
          // the value and gradient its last line search left (L-BFGS does), as it would outside the harness.
          stepObjective = new CountingObjective(model.objective(sampler.next()), counter);
        }
        long start = System.nanoTime();
        StepReport report = optimizer.step(this, theta);
        optimizerNanos += System.nanoTime() - start;
        if (report == null) {
          throw new IllegalStateException("step() returned null");
        }
        trace.telemetry((int) iteration, "batchLoss", report.value());
        trace.telemetry((int) iteration, "stepLength", report.stepLength());
        iteration++;
        trace.iterations((int) iteration);
        if (swag != null) {
          long collectStart = System.nanoTime();
          if (swag.collectIfDue(iteration, theta)) {
            evaluationNanos += System.nanoTime() - collectStart;
          }
        }
        if (report.status() != StepStatus.CONTINUE) {
          checkpoint();
          Outcome verdict2 = judge(stopping);
          if (report.status() == StepStatus.FAILED) {
            return verdict2 != null && verdict2.status() == CellStatus.CONVERGED ? verdict2
                : new Outcome(CellStatus.FAILED, "optimizer '" + cell.optimizer().plugin().id() + "' at iteration "
                    + (iteration - 1) + ": " + report.message());
          }
          return new Outcome(CellStatus.CONVERGED, "optimizer '" + cell.optimizer().plugin().id()
              + "' declared convergence: " + report.message());
        }
        if (iteration % every == 0) {
          checkpoint();
        }
      }
    }

    /** Convergence or divergence at the latest checkpoint, judged only right after one. */
    private Outcome judge(Stopping stopping) {
      if (trace.lastCheckpointIteration() != iteration) {
        return null;
      }
      if (!Double.isFinite(lastLoss) || !Double.isFinite(lastGradientNorm)) {
        return new Outcome(CellStatus.DIVERGED, "the full training loss is " + lastLoss + " (gradient norm "
            + lastGradientNorm + ") at iteration " + iteration);
      }
      double limit = stopping.divergenceFactor() * Math.max(Math.abs(initialLoss), 1);
      if (lastLoss > limit) {
        return new Outcome(CellStatus.DIVERGED, "the full training loss " + lastLoss + " exceeds "
            + stopping.divergenceFactor() + " × max(|f₀|, 1) = " + limit + " at iteration " + iteration);
      }
      if (stopping.gradientNorm() != null && lastGradientNorm <= stopping.gradientNorm()) {
        return new Outcome(CellStatus.CONVERGED, "gradient norm " + lastGradientNorm + " ≤ " + stopping.gradientNorm());
      }
      if (stopping.relativeGradientNorm() != null
          && lastGradientNorm <= stopping.relativeGradientNorm() * initialGradientNorm) {
        return new Outcome(CellStatus.CONVERGED, "gradient norm " + lastGradientNorm + " ≤ "
            + stopping.relativeGradientNorm() + " × ‖g₀‖");
      }
      if (stopping.targetLoss() != null && lastLoss <= stopping.targetLoss()) {
        return new Outcome(CellStatus.CONVERGED, "loss " + lastLoss + " ≤ target " + stopping.targetLoss());
      }
      if (stopping.targetAccuracy() != null && lastAccuracy >= stopping.targetAccuracy()) {
        return new Outcome(CellStatus.CONVERGED, "held-out accuracy " + lastAccuracy + " ≥ target "
            + stopping.targetAccuracy());
      }
      return null;
    }

    private String exhausted(Budget budget) {
      if (budget.iterations() != null && iteration >= budget.iterations()) {
        return "iteration budget of " + budget.iterations() + " reached";
      }
      if (budget.epochs() != null && epochs() >= budget.epochs()) {
        return "epoch budget of " + budget.epochs() + " reached (" + epochs() + " epochs)";
      }
      if (budget.gradientEquivalents() != null && counter.gradientEquivalents(weights) >= budget.gradientEquivalents()) {
        return "budget of " + budget.gradientEquivalents() + " gradient-equivalents reached";
      }
      if (budget.seconds() != null && optimizerNanos * 1e-9 >= budget.seconds()) {
        return "time budget of " + budget.seconds() + " s reached";
      }
      return null;
    }

    private double epochs() {
      return counter.gradientEquivalents(weights) / model.trainingSize();
    }

    private void checkpoint() {
      Phase previousPhase = phase;
      String previousSubject = subject;
      enter(Phase.EVALUATION, modelSubject);
      long start = System.nanoTime();
      double loss = full.valueAndGradient(theta, gradient);
      double norm = Vectors.norm2(gradient);
      Map<String, Double> heldOut = model.heldOutMetrics(theta);
      evaluationNanos += System.nanoTime() - start;
      lastLoss = loss;
      lastGradientNorm = norm;
      lastAccuracy = heldOut.getOrDefault("accuracy", Double.NaN);
      lastHeldOut = heldOut;
      if (Double.isFinite(loss) && !(loss >= bestLoss)) {
        bestLoss = loss;
      }
      trace.checkpoint(iteration, epochs(), counter.gradientEquivalents(weights), optimizerNanos * 1e-9, loss, norm,
          heldOut);
      checkpoints++;
      runProbes(false);
      recordSwag();
      enter(previousPhase, previousSubject);
    }

    Summary summary() {
      if (model == null) {
        return null;
      }
      return new Summary(iteration, initialLoss, lastLoss, bestLoss, initialGradientNorm, lastGradientNorm, epochs(),
          counter.gradientEquivalents(weights), optimizerNanos * 1e-9, evaluationNanos * 1e-9, counter.snapshot());
    }

    @Override
    public Objective objective() {
      return stepObjective;
    }

    @Override
    public long iteration() {
      return iteration;
    }

    @Override
    public void telemetry(String name, double value) {
      trace.telemetry((int) iteration, name, value);
    }
  }


  /** The kinds of moment a plugin can throw in. */
  private enum Phase {
    SETUP,
    DATASET,
    AT_ITERATION,
    EVALUATION
  }
}
