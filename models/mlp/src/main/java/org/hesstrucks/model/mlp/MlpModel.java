package org.hesstrucks.model.mlp;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import org.hesstrucks.core.ConfigException;
import org.hesstrucks.dataset.DataSplit;
import org.hesstrucks.dataset.Dataset;
import org.hesstrucks.model.HeldOutPredictions;
import org.hesstrucks.model.Model;
import org.hesstrucks.objective.Batch;
import org.hesstrucks.objective.Objective;

/**
 * A fully connected network on a dataset: input width from the dataset's features, {@code depth} hidden layers,
 * one output per class (cross-entropy) or per target column (mse). Parameters are one flat vector in PyTorch's
 * {@code nn.Linear} layout (layer by layer: weight [out][in] row-major, then bias), so the same numbers give the
 * same loss in PyTorch; {@link #saveParameters} and {@link #loadParameters} move them as a plain text file.
 *
 * <p>Workspaces are allocated once per batch size and shared by the objectives of that size (use one at a
 * time). Not thread-safe: one model per run.
 */
public final class MlpModel implements Model {
  /**
   * Batches (and the held-out split) are evaluated in chunks of at most this many rows, which bounds the workspace:
   * about rows × (input + 9 × hidden widths) doubles.
   */
  public static final int DEFAULT_CHUNK_ROWS = 1024;

  private final MlpConfig config;
  private final Dataset dataset;
  private final Architecture net;
  private final Kernels kernels;
  private final Map<Integer, Workspace> workspaces = new HashMap<>();
  private final int chunkRows;
  private Workspace heldOutWorkspace;

  /**
   * @throws ConfigException naming the loss and the dataset when they do not fit (labels for cross-entropy,
   *     targets for mse, labels outside the class count), or when {@code kernels} is openblas and it does not load
   */
  public MlpModel(MlpConfig config, Dataset dataset) {
    this(config, dataset, DEFAULT_CHUNK_ROWS);
  }

  /** With another chunk size (tests use small chunks to check that chunks add up). */
  MlpModel(MlpConfig config, Dataset dataset, int chunkRows) {
    this.chunkRows = chunkRows;
    this.config = Objects.requireNonNull(config, "config");
    this.dataset = Objects.requireNonNull(dataset, "dataset");
    DataSplit train = dataset.train();
    DataSplit test = dataset.test();
    int outputs = checkDataset(config.loss(), dataset, train, test);
    int[] sizes = new int[config.depth() + 2];
    sizes[0] = train.columns();
    for (int i = 0; i < config.depth(); i++) {
      sizes[i + 1] = config.hiddenWidth(i);
    }
    sizes[sizes.length - 1] = outputs;
    this.net = new Architecture(sizes);
    this.kernels = chooseKernels(config);
  }

  private static int checkDataset(Loss loss, Dataset dataset, DataSplit train, DataSplit test) {
    String name = "dataset '" + dataset.identity() + "'";
    if (loss == Loss.CROSS_ENTROPY) {
      if (train.labels() == null || dataset.classes() < 2) {
        throw new ConfigException("loss", "a dataset with class labels (2 or more classes) for cross-entropy",
            name + " with " + train.targetColumns() + " target columns and " + dataset.classes() + " classes");
      }
      checkLabels(train, "train", dataset.classes(), name);
      if (test != null && test.rows() > 0) {
        checkLabels(test, "test", dataset.classes(), name);
      }
    } else {
      if (train.targets() == null || train.targetColumns() < 1) {
        throw new ConfigException("loss", "a dataset with real targets for mse",
            name + " with class labels (" + dataset.classes() + " classes)");
      }
      if (test != null && test.rows() > 0 && test.targetColumns() != train.targetColumns()) {
        throw new ConfigException("dataset", train.targetColumns() + " target columns in the test split as in train",
            name + " with " + test.targetColumns());
      }
    }
    if (train.rows() < 1) {
      throw new ConfigException("dataset", "a training split with at least one sample", name + " with none");
    }
    if (test != null && test.rows() > 0 && test.columns() != train.columns()) {
      throw new ConfigException("dataset", train.columns() + " feature columns in the test split as in train",
          name + " with " + test.columns());
    }
    return loss == Loss.CROSS_ENTROPY ? dataset.classes() : train.targetColumns();
  }

  private static void checkLabels(DataSplit split, String which, int classes, String name) {
    int[] labels = split.labels();
    if (labels == null) {
      throw new ConfigException("loss", "class labels in the " + which + " split for cross-entropy",
          name + " with targets");
    }
    for (int i = 0; i < labels.length; i++) {
      if (labels[i] < 0 || labels[i] >= classes) {
        throw new ConfigException("dataset", "labels in [0, " + classes + ") for a network with " + classes
            + " outputs", "label " + labels[i] + " at " + which + " row " + i + " of " + name);
      }
    }
  }

  private static Kernels chooseKernels(MlpConfig config) {
    if (config.kernels() == KernelChoice.JAVA) {
      return new JavaKernels("kernels: java requested");
    }
    OpenBlasKernels blas = OpenBlasKernels.create(config.blasThreads());
    if (blas != null) {
      return blas;
    }
    if (config.kernels() == KernelChoice.OPENBLAS) {
      throw new ConfigException("kernels", "auto or java on a machine where OpenBLAS does not load",
          "openblas (" + OpenBlasKernels.loadFailure() + ")");
    }
    return new JavaKernels("OpenBLAS did not load: " + OpenBlasKernels.loadFailure());
  }

  public MlpConfig config() {
    return config;
  }

  /** The layer sizes: input width, hidden widths, outputs. A copy. */
  public int[] layerSizes() {
    return net.sizes();
  }

  /** True when the dense products run in native OpenBLAS, false for the pure-Java loops. */
  public boolean usesNativeBlas() {
    return kernels.isNative();
  }

  @Override
  public int dimension() {
    return net.dimension();
  }

  @Override
  public int trainingSize() {
    return dataset.train().rows();
  }

  /**
   * Weights from {@code seed} by the config's initialisation (Xavier uniform or He normal, layer by layer in
   * parameter order), biases 0. The same seed gives the same bits.
   */
  @Override
  public void initialParameters(long seed, double[] out) {
    if (out.length != net.dimension()) {
      throw new IllegalArgumentException("parameters have length " + out.length + ", the network has "
          + net.dimension());
    }
    Random random = new Random(seed);
    for (int l = 1; l <= net.layers(); l++) {
      int fanOut = net.size(l);
      int fanIn = net.size(l - 1);
      int w = net.weightOffset(l);
      if (config.init() == Initialization.XAVIER) {
        double a = Math.sqrt(6.0 / (fanIn + fanOut));
        for (int i = 0; i < fanOut * fanIn; i++) {
          out[w + i] = a * (2 * random.nextDouble() - 1);
        }
      } else {
        double s = Math.sqrt(2.0 / fanIn);
        for (int i = 0; i < fanOut * fanIn; i++) {
          out[w + i] = s * random.nextGaussian();
        }
      }
      int b = net.biasOffset(l);
      for (int i = 0; i < fanOut; i++) {
        out[b + i] = 0;
      }
    }
  }

  /**
   * The training loss on {@code batch}; allocates a workspace the first time a batch of this size is asked for
   * (batches over {@link #DEFAULT_CHUNK_ROWS} share one workspace of that many rows and are evaluated in chunks).
   *
   * @throws IllegalArgumentException if a sample index is outside the training split
   */
  @Override
  public Objective objective(Batch batch) {
    int rows = dataset.train().rows();
    for (int i = 0; i < batch.size(); i++) {
      if (batch.index(i) >= rows) {
        throw new IllegalArgumentException("sample index " + batch.index(i) + " at position " + i
            + " is outside the training split of " + rows + " samples");
      }
    }
    Workspace workspace = workspaces.computeIfAbsent(Math.min(batch.size(), chunkRows), this::newWorkspace);
    return new MlpObjective(workspace, dataset.train(), batch, config.weightDecay(), net.dimension());
  }

  private Workspace newWorkspace(int capacity) {
    return new Workspace(net, kernels, Team.shared(config.blasThreads()), config.activation(), config.loss(), capacity);
  }

  /**
   * The data loss (mean over the held-out split, without weight decay) and, for cross-entropy, the accuracy
   * (share of samples whose largest output is their label); empty when the held-out split is empty.
   */
  @Override
  public Map<String, Double> heldOutMetrics(double[] x) {
    DataSplit test = dataset.test();
    if (test == null || test.rows() == 0) {
      return Map.of();
    }
    if (heldOutWorkspace == null) {
      heldOutWorkspace = newWorkspace(Math.min(chunkRows, test.rows()));
    }
    heldOutWorkspace.setParameters(x);
    double lossSum = 0;
    long hits = 0;
    int chunk = 0;
    for (int first = 0; first < test.rows(); first += heldOutWorkspace.capacity()) {
      int count = Math.min(heldOutWorkspace.capacity(), test.rows() - first);
      heldOutWorkspace.load(this, chunk++, test, null, first, count);
      lossSum += heldOutWorkspace.forward(Workspace.Pass.VALUE, test.rows());
      if (config.loss() == Loss.CROSS_ENTROPY) {
        hits += heldOutWorkspace.correct();
      }
    }
    Map<String, Double> metrics = new LinkedHashMap<>();
    metrics.put("loss", lossSum);
    if (config.loss() == Loss.CROSS_ENTROPY) {
      metrics.put("accuracy", (double) hits / test.rows());
    }
    return metrics;
  }

  /**
   * The held-out predictions (class probabilities, the softmax of the outputs, for cross-entropy; the outputs for
   * mse), computed in the held-out workspace chunk by chunk; empty when the held-out split is empty. Their
   * {@link HeldOutPredictions#metrics} are those of {@link #heldOutMetrics}: for one parameter vector they agree
   * up to rounding.
   */
  @Override
  public Optional<HeldOutPredictions> heldOutPredictions() {
    DataSplit test = dataset.test();
    if (test == null || test.rows() == 0) {
      return Optional.empty();
    }
    return Optional.of(new Predictions(test));
  }

  /** {@link HeldOutPredictions} of this network on its held-out split; shares the held-out workspace. */
  private final class Predictions implements HeldOutPredictions {
    private final DataSplit test;
    private final int outputs;
    /** One chunk's outputs, rows × outputs. */
    private final double[] chunkOutputs;

    Predictions(DataSplit test) {
      this.test = test;
      this.outputs = net.size(net.layers());
      if (heldOutWorkspace == null) {
        heldOutWorkspace = newWorkspace(Math.min(chunkRows, test.rows()));
      }
      this.chunkOutputs = new double[heldOutWorkspace.capacity() * outputs];
    }

    @Override
    public int width() {
      return test.rows() * outputs;
    }

    @Override
    public void predict(double[] x, double[] out) {
      if (out.length != width()) {
        throw new IllegalArgumentException("predictions have length " + out.length + ", expected " + width());
      }
      Workspace workspace = heldOutWorkspace;
      workspace.setParameters(x);
      int chunk = 0;
      for (int first = 0; first < test.rows(); first += workspace.capacity()) {
        int count = Math.min(workspace.capacity(), test.rows() - first);
        workspace.load(MlpModel.this, chunk++, test, null, first, count);
        workspace.forward(Workspace.Pass.VALUE, test.rows());
        workspace.copyOutputs(chunkOutputs);
        int base = first * outputs;
        if (config.loss() != Loss.CROSS_ENTROPY) {
          System.arraycopy(chunkOutputs, 0, out, base, count * outputs);
          continue;
        }
        for (int i = 0; i < count; i++) {
          int row = i * outputs;
          double max = Double.NEGATIVE_INFINITY;
          for (int j = 0; j < outputs; j++) {
            max = Math.max(max, chunkOutputs[row + j]);
          }
          double partition = 0;
          for (int j = 0; j < outputs; j++) {
            double e = StrictMath.exp(chunkOutputs[row + j] - max);
            out[base + row + j] = e;
            partition += e;
          }
          for (int j = 0; j < outputs; j++) {
            out[base + row + j] /= partition;
          }
        }
      }
    }

    @Override
    public Map<String, Double> metrics(double[] predictions) {
      if (predictions.length != width()) {
        throw new IllegalArgumentException("predictions have length " + predictions.length + ", expected "
            + width());
      }
      int rows = test.rows();
      Map<String, Double> metrics = new LinkedHashMap<>();
      if (config.loss() == Loss.CROSS_ENTROPY) {
        int[] labels = test.labels();
        double lossSum = 0;
        long hits = 0;
        for (int i = 0; i < rows; i++) {
          int row = i * outputs;
          lossSum -= StrictMath.log(predictions[row + labels[i]]);
          int best = 0;
          for (int j = 1; j < outputs; j++) {
            if (predictions[row + j] > predictions[row + best]) {
              best = j;
            }
          }
          if (best == labels[i]) {
            hits++;
          }
        }
        metrics.put("loss", lossSum / rows);
        metrics.put("accuracy", (double) hits / rows);
        return metrics;
      }
      double[] targets = test.targets();
      double sum = 0;
      for (int i = 0; i < rows * outputs; i++) {
        double r = predictions[i] - targets[i];
        sum += r * r;
      }
      metrics.put("loss", sum / ((double) rows * outputs));
      return metrics;
    }
  }

  /**
   * {@code blas}: the implementation, its kernel and thread count ("OpenBLAS 0.3.31 (…; kernel for this CPU:
   * cooperlake), 1 thread", or "pure Java loops (why)"); {@code mlp}: the shape, activation and loss.
   */
  @Override
  public Map<String, String> provenance() {
    Map<String, String> facts = new LinkedHashMap<>();
    facts.put("blas", kernels.describe());
    facts.put("mlp", net.shape() + " " + config.activation() + " " + config.loss());
    return facts;
  }

  /** Writes {@code x} as a plain text {@link ParameterFile} with this network's shape in the header. */
  public void saveParameters(Path path, double[] x) throws IOException {
    if (x.length != net.dimension()) {
      throw new IllegalArgumentException("parameters have length " + x.length + ", the network has "
          + net.dimension());
    }
    ParameterFile.write(path, x, "hesstrucks mlp parameters, sizes " + net.shape() + ", " + config.activation()
        + ", " + config.loss() + "\nPyTorch nn.Linear layout: per layer, weight [out][in] row-major, then bias");
  }

  /**
   * Reads a {@link ParameterFile} written for a network with this many parameters (and, when its header names
   * the layer sizes, these sizes).
   */
  public double[] loadParameters(Path path) throws IOException {
    return ParameterFile.read(path, net.dimension(), net.shape());
  }
}
