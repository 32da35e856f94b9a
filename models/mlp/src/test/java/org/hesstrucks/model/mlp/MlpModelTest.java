package org.hesstrucks.model.mlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.hesstrucks.core.ConfigException;
import org.hesstrucks.curvature.CurvatureMode;
import org.hesstrucks.curvature.CurvatureOperator;
import org.hesstrucks.dataset.DataSplit;
import org.hesstrucks.dataset.Dataset;
import org.hesstrucks.objective.Batch;
import org.hesstrucks.objective.Objective;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The model's contract with the harness (the testkit's ModelContract builds models without data). */
class MlpModelTest {
  /** Sums of the same terms in a different order (chunks, batch sizes): a few ulp per term. */
  private static final double REORDERING_TOLERANCE = 1e-13;
  /** Forward differences have O(h) error, h ≈ 1e-8 · (1 + ‖x‖)/‖v‖. */
  private static final double FORWARD_DIFFERENCE_TOLERANCE = 1e-5;

  private static MlpModel small(Loss loss) {
    Dataset data = loss == Loss.CROSS_ENTROPY ? Nets.classification(40, 25, 3, 3, 5) : Nets.regression(40, 25, 3, 2, 5);
    return new MlpModel(Nets.config(1, 4, Activation.TANH, loss), data);
  }

  @Test
  @DisplayName("cross-entropy on a regression dataset is refused naming the loss and the dataset")
  void crossEntropyNeedsLabels() {
    ConfigException e = assertThrows(ConfigException.class,
        () -> new MlpModel(MlpConfig.defaults(), Nets.regression(5, 2, 3, 2, 1)));
    assertEquals("loss: expected a dataset with class labels (2 or more classes) for cross-entropy, got dataset "
        + "'regression-1' with 2 target columns and 0 classes", e.getMessage());
  }

  @Test
  @DisplayName("mse on a classification dataset is refused naming the loss and the dataset")
  void mseNeedsTargets() {
    ConfigException e = assertThrows(ConfigException.class,
        () -> new MlpModel(MlpConfig.defaults().withLoss(Loss.MSE), Nets.classification(5, 2, 3, 3, 1)));
    assertEquals("loss: expected a dataset with real targets for mse, got dataset 'gaussian-1' with class labels "
        + "(3 classes)", e.getMessage());
  }

  @Test
  @DisplayName("a label outside the class count is refused naming the row, the label and the dataset")
  void labelOutsideClasses() {
    DataSplit train = new DataSplit(3, 1, new double[] {1, 2, 3}, new int[] {0, 2, 5}, null, 0);
    Dataset data = new Nets.MemoryDataset("bad", 3, train, train);
    ConfigException e = assertThrows(ConfigException.class, () -> new MlpModel(MlpConfig.defaults(), data));
    assertEquals("dataset: expected labels in [0, 3) for a network with 3 outputs, got label 5 at train row 2 of "
        + "dataset 'bad'", e.getMessage());
  }

  @Test
  @DisplayName("a batch index outside the training split is refused")
  void batchOutsideTraining() {
    MlpModel model = small(Loss.CROSS_ENTROPY);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> model.objective(Batch.of(new int[] {3, 40})));
    assertEquals("sample index 40 at position 1 is outside the training split of 40 samples", e.getMessage());
  }

  @Test
  @DisplayName("at zero parameters the held-out loss is log K and the accuracy the share of class 0")
  void heldOutAtZero() {
    MlpModel model = small(Loss.CROSS_ENTROPY);
    double[] x = new double[model.dimension()];
    Map<String, Double> metrics = model.heldOutMetrics(x);
    assertEquals(List.of("loss", "accuracy"), List.copyOf(metrics.keySet()));
    assertEquals(Math.log(3), metrics.get("loss"), REORDERING_TOLERANCE);
    assertEquals(share(model, 0), metrics.get("accuracy"));
    // A large last bias for class 2: every sample is predicted 2.
    x[model.dimension() - 1] = 10;
    assertEquals(share(model, 2), model.heldOutMetrics(x).get("accuracy"));
  }

  private static double share(MlpModel model, int label) {
    Nets.MemoryDataset data = (Nets.MemoryDataset) Nets.classification(40, 25, 3, 3, 5);
    int count = 0;
    for (int y : data.test().labels()) {
      count += y == label ? 1 : 0;
    }
    return (double) count / data.test().rows();
  }

  @Test
  @DisplayName("held-out loss over several chunks equals the full-batch loss on the same data (no weight decay)")
  void heldOutMatchesObjective() {
    Nets.MemoryDataset raw = (Nets.MemoryDataset) Nets.classification(1200, 1, 5, 4, 8);
    Dataset same = new Nets.MemoryDataset("same", 4, raw.train(), raw.train());
    MlpModel model = new MlpModel(Nets.config(2, 6, Activation.SIGMOID, Loss.CROSS_ENTROPY).withWeightDecay(0.3),
        same);
    double[] x = Nets.point(model, 2, 1);
    double decay = 0;
    for (double e : x) {
      decay += 0.5 * 0.3 * e * e;
    }
    double loss = model.trainingObjective().value(x) - decay;
    assertEquals(loss, model.heldOutMetrics(x).get("loss"), REORDERING_TOLERANCE * loss);
  }

  @Test
  @DisplayName("mse reports held-out loss only")
  void heldOutRegression() {
    MlpModel model = small(Loss.MSE);
    Map<String, Double> metrics = model.heldOutMetrics(new double[model.dimension()]);
    assertEquals(List.of("loss"), List.copyOf(metrics.keySet()));
  }

  @Test
  @DisplayName("objectives of one batch size share a workspace and stay correct when interleaved")
  void interleavedObjectives() {
    MlpModel model = small(Loss.CROSS_ENTROPY);
    Objective a = model.objective(Batch.of(new int[] {0, 1, 2, 3}));
    Objective b = model.objective(Batch.of(new int[] {9, 8, 7, 6}));
    double[] x = Nets.point(model, 3, 1);
    double[] v = Nets.gaussian(x.length, 4);
    double va = a.value(x);
    double vb = b.value(x);
    assertNotEquals(va, vb);
    assertEquals(va, a.value(x));
    double[] fresh = new double[x.length];
    CurvatureOperator op = a.curvatureAt(x, CurvatureMode.EXACT);
    op.apply(v, fresh);
    b.valueAndGradient(Nets.gaussian(x.length, 5), new double[x.length]); // overwrites the shared workspace
    double[] again = new double[x.length];
    op.apply(v, again);
    assertArrayEquals(fresh, again, "the operator redoes its pass at its own point and batch");
    assertEquals(4, a.sampleCount());
  }

  @Test
  @DisplayName("the forward-difference operator approximates the exact product")
  void forwardDifference() {
    MlpModel model = small(Loss.CROSS_ENTROPY);
    Objective f = model.objective(Batch.full(40));
    double[] x = Nets.point(model, 3, 1);
    double[] v = Nets.gaussian(x.length, 4);
    double[] exact = new double[x.length];
    double[] fd = new double[x.length];
    f.curvatureAt(x, CurvatureMode.EXACT).apply(v, exact);
    f.curvatureAt(x, CurvatureMode.FORWARD_DIFFERENCE).apply(v, fd);
    assertTrue(Nets.relativeError(fd, exact) < FORWARD_DIFFERENCE_TOLERANCE, "" + Nets.relativeError(fd, exact));
  }

  @Test
  @DisplayName("two models of one config give the same bits; the same seed the same initial parameters")
  void deterministic() {
    MlpModel a = small(Loss.CROSS_ENTROPY);
    MlpModel b = small(Loss.CROSS_ENTROPY);
    double[] xa = new double[a.dimension()];
    double[] xb = new double[b.dimension()];
    a.initialParameters(9, xa);
    b.initialParameters(9, xb);
    assertArrayEquals(xa, xb);
    double[] other = new double[a.dimension()];
    a.initialParameters(10, other);
    assertFalse(java.util.Arrays.equals(xa, other));
    double[] ga = new double[xa.length];
    double[] gb = new double[xa.length];
    assertEquals(a.trainingObjective().valueAndGradient(xa, ga), b.trainingObjective().valueAndGradient(xb, gb));
    assertArrayEquals(ga, gb);
  }

  @Test
  @DisplayName("Xavier weights lie in ±√(6/(fan_in + fan_out)), He weights have variance 2/fan_in, biases are 0")
  void initialisation() {
    Dataset data = Nets.classification(4, 1, 300, 3, 1);
    MlpModel xavier = new MlpModel(Nets.config(1, 200, Activation.TANH, Loss.CROSS_ENTROPY), data);
    double[] x = new double[xavier.dimension()];
    xavier.initialParameters(1, x);
    double bound = Math.sqrt(6.0 / 500);
    double max = 0;
    for (int i = 0; i < 300 * 200; i++) {
      max = Math.max(max, Math.abs(x[i]));
    }
    assertTrue(max <= bound && max > 0.99 * bound, "max |w| = " + max + ", bound " + bound);
    for (int i = 300 * 200; i < 300 * 200 + 200; i++) {
      assertEquals(0.0, x[i]);
    }
    MlpModel he = new MlpModel(Nets.config(1, 200, Activation.RELU, Loss.CROSS_ENTROPY)
        .withInit(Initialization.HE), data);
    he.initialParameters(1, x);
    double sum = 0;
    for (int i = 0; i < 300 * 200; i++) {
      sum += x[i] * x[i];
    }
    double variance = sum / (300 * 200);
    // 60 000 samples: the variance estimate's relative standard error is √(2/60 000) ≈ 0.6%; allow 5 of them.
    assertEquals(2.0 / 300, variance, 0.03 * 2.0 / 300);
  }

  @Test
  @DisplayName("provenance names the BLAS, its thread count, and the network")
  void provenance() {
    MlpModel model = small(Loss.CROSS_ENTROPY);
    Map<String, String> facts = model.provenance();
    assertEquals("3-4-3 tanh cross-entropy", facts.get("mlp"));
    if (model.usesNativeBlas()) {
      assertTrue(facts.get("blas").startsWith("OpenBLAS 0.3.31 (org.bytedeco:openblas, DYNAMIC_ARCH; kernel for "
          + "this CPU: "), facts.get("blas"));
      assertTrue(facts.get("blas").endsWith("), 1 thread"), facts.get("blas"));
    }
    MlpModel java = new MlpModel(Nets.config(1, 4, Activation.TANH, Loss.CROSS_ENTROPY)
        .withKernels(KernelChoice.JAVA), Nets.classification(4, 1, 3, 3, 5));
    assertEquals("pure Java loops (kernels: java requested)", java.provenance().get("blas"));
  }

  @Test
  @DisplayName("parameters survive a save and load bit for bit; the file is one count line and one value a line")
  void parameterFile(@TempDir Path dir) throws IOException {
    MlpModel model = small(Loss.CROSS_ENTROPY);
    double[] x = Nets.point(model, 4, 1);
    Path file = dir.resolve("theta.txt");
    model.saveParameters(file, x);
    assertArrayEquals(x, model.loadParameters(file));
    List<String> lines = Files.readAllLines(file);
    assertEquals("# hesstrucks mlp parameters, sizes 3-4-3, tanh, cross-entropy", lines.get(0));
    assertEquals(Integer.toString(model.dimension()), lines.get(2));
    assertEquals(3 + model.dimension(), lines.size());
    assertEquals(x[0], Double.parseDouble(lines.get(3)));
  }

  @Test
  @DisplayName("a parameter file with the wrong count or a bad number is refused with the file and line")
  void badParameterFile(@TempDir Path dir) throws IOException {
    MlpModel model = small(Loss.CROSS_ENTROPY);
    Path wrongCount = dir.resolve("count.txt");
    Files.writeString(wrongCount, "# header\n5\n1\n2\n3\n4\n5\n");
    IOException e = assertThrows(IOException.class, () -> model.loadParameters(wrongCount));
    assertEquals(wrongCount + ": line 2: expected 31 parameters for this network, the file declares 5", e.getMessage());
    Path badNumber = dir.resolve("number.txt");
    StringBuilder text = new StringBuilder("31\n");
    for (int i = 0; i < 31; i++) {
      text.append(i == 4 ? "abc" : "0.5").append('\n');
    }
    Files.writeString(badNumber, text);
    e = assertThrows(IOException.class, () -> model.loadParameters(badNumber));
    assertEquals(badNumber + ": line 6: expected a number, got 'abc'", e.getMessage());
    // A file written for other sizes is refused at its header line, before its count is read.
    Path otherShape = dir.resolve("shape.txt");
    Files.writeString(otherShape, "# hesstrucks mlp parameters, sizes 3-3-4, tanh, cross-entropy\n" + text);
    e = assertThrows(IOException.class, () -> model.loadParameters(otherShape));
    assertEquals(otherShape + ": line 1: expected parameters for sizes 3-4-3, the file was written for sizes 3-3-4",
        e.getMessage());
  }
}
