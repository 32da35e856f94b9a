package org.hesstrucks.model.mlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.hesstrucks.dataset.DataSplit;
import org.hesstrucks.dataset.Dataset;
import org.hesstrucks.model.HeldOutPredictions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class HeldOutPredictionsTest {
  /** The same sums in another order (and tanh, exp and log from other libraries): a few ulps per term. */
  private static final double ROUNDING = 1e-12;

  /** Outputs of the network at x for the test split, by a plain loop over PyTorch's layout (tanh hidden layers). */
  private static double[] referenceOutputs(MlpModel model, double[] x, DataSplit test) {
    int[] sizes = model.layerSizes();
    int rows = test.rows();
    double[] out = null;
    double[][] act = new double[rows][];
    for (int r = 0; r < rows; r++) {
      act[r] = java.util.Arrays.copyOfRange(test.features(), r * sizes[0], (r + 1) * sizes[0]);
    }
    int offset = 0;
    for (int l = 1; l < sizes.length; l++) {
      int in = sizes[l - 1];
      int o = sizes[l];
      int bias = offset + o * in;
      for (int r = 0; r < rows; r++) {
        double[] next = new double[o];
        for (int a = 0; a < o; a++) {
          double z = x[bias + a];
          for (int b = 0; b < in; b++) {
            z += x[offset + a * in + b] * act[r][b];
          }
          next[a] = l < sizes.length - 1 ? Math.tanh(z) : z;
        }
        act[r] = next;
      }
      offset = bias + o;
    }
    int k = sizes[sizes.length - 1];
    out = new double[rows * k];
    for (int r = 0; r < rows; r++) {
      System.arraycopy(act[r], 0, out, r * k, k);
    }
    return out;
  }

  private static double[] softmaxRows(double[] z, int k) {
    double[] p = new double[z.length];
    for (int r = 0; r < z.length / k; r++) {
      double total = 0;
      for (int j = 0; j < k; j++) {
        p[r * k + j] = Math.exp(z[r * k + j]);
        total += p[r * k + j];
      }
      for (int j = 0; j < k; j++) {
        p[r * k + j] /= total;
      }
    }
    return p;
  }

  @Test
  @DisplayName("cross-entropy: predictions are the softmax of an independent forward pass, and the metrics of "
      + "one sample's predictions equal heldOutMetrics there (loss and accuracy)")
  void oneSampleEqualsHeldOutMetrics() {
    Dataset data = Nets.classification(30, 23, 3, 4, 8);
    MlpModel model = new MlpModel(Nets.config(2, 5, Activation.TANH, Loss.CROSS_ENTROPY), data);
    double[] x = Nets.point(model, 2, 1.5);
    HeldOutPredictions predictions = model.heldOutPredictions().orElseThrow();
    assertEquals(23 * 4, predictions.width());
    double[] p = new double[predictions.width()];
    predictions.predict(x, p);
    double[] expected = softmaxRows(referenceOutputs(model, x, data.test()), 4);
    assertArrayEquals(expected, p, ROUNDING);
    double loss = 0;
    int hits = 0;
    for (int r = 0; r < 23; r++) {
      int label = data.test().labels()[r];
      loss -= Math.log(expected[r * 4 + label]);
      int best = 0;
      for (int j = 1; j < 4; j++) {
        best = expected[r * 4 + j] > expected[r * 4 + best] ? j : best;
      }
      hits += best == label ? 1 : 0;
    }
    Map<String, Double> metrics = predictions.metrics(p);
    Map<String, Double> direct = model.heldOutMetrics(x);
    assertEquals(loss / 23, metrics.get("loss"), ROUNDING);
    assertEquals(direct.get("loss"), metrics.get("loss"), ROUNDING);
    assertEquals((double) hits / 23, metrics.get("accuracy"));
    assertEquals(direct.get("accuracy"), metrics.get("accuracy"));
    assertTrue(hits > 0 && hits < 23, "the point is neither perfect nor hopeless: " + hits);
  }

  @Test
  @DisplayName("cross-entropy: the metrics of an average of two samples' predictions are −mean log of the averaged "
      + "probability of the label, not the mean of the two losses")
  void averagedPredictions() {
    Dataset data = Nets.classification(30, 17, 3, 3, 5);
    MlpModel model = new MlpModel(Nets.config(1, 6, Activation.TANH, Loss.CROSS_ENTROPY), data);
    double[] a = Nets.point(model, 3, 2);
    double[] b = Nets.point(model, 4, 2);
    HeldOutPredictions predictions = model.heldOutPredictions().orElseThrow();
    double[] pa = new double[predictions.width()];
    double[] pb = new double[predictions.width()];
    predictions.predict(a, pa);
    predictions.predict(b, pb);
    double[] mean = new double[pa.length];
    for (int i = 0; i < mean.length; i++) {
      mean[i] = 0.5 * (pa[i] + pb[i]);
    }
    double[] ra = softmaxRows(referenceOutputs(model, a, data.test()), 3);
    double[] rb = softmaxRows(referenceOutputs(model, b, data.test()), 3);
    double loss = 0;
    for (int r = 0; r < 17; r++) {
      int label = data.test().labels()[r];
      loss -= Math.log(0.5 * (ra[r * 3 + label] + rb[r * 3 + label]));
    }
    double averaged = predictions.metrics(mean).get("loss");
    assertEquals(loss / 17, averaged, ROUNDING);
    double meanOfLosses = 0.5 * (model.heldOutMetrics(a).get("loss") + model.heldOutMetrics(b).get("loss"));
    assertTrue(averaged < meanOfLosses, "−log is convex: the average predicts better than its members on average");
  }

  @Test
  @DisplayName("mse: predictions are the outputs, and one sample's metrics equal heldOutMetrics (loss only); "
      + "small chunks give the same predictions")
  void regression() {
    Dataset data = Nets.regression(20, 11, 3, 2, 6);
    MlpModel model = new MlpModel(Nets.config(1, 4, Activation.TANH, Loss.MSE), data);
    MlpModel chunked = new MlpModel(Nets.config(1, 4, Activation.TANH, Loss.MSE), data, 4);
    double[] x = Nets.point(model, 7, 1);
    HeldOutPredictions predictions = model.heldOutPredictions().orElseThrow();
    double[] out = new double[predictions.width()];
    predictions.predict(x, out);
    assertArrayEquals(referenceOutputs(model, x, data.test()), out, ROUNDING);
    double[] inChunks = new double[out.length];
    chunked.heldOutPredictions().orElseThrow().predict(x, inChunks);
    assertArrayEquals(out, inChunks, ROUNDING);
    Map<String, Double> metrics = predictions.metrics(out);
    assertEquals(model.heldOutMetrics(x).get("loss"), metrics.get("loss"), ROUNDING);
    assertEquals(java.util.Set.of("loss"), metrics.keySet());
  }

  @Test
  @DisplayName("a dataset without a held-out split offers no predictions")
  void noTestSplit() {
    Dataset full = Nets.classification(10, 0, 2, 2, 1);
    MlpModel model = new MlpModel(Nets.config(1, 3, Activation.TANH, Loss.CROSS_ENTROPY), full);
    assertTrue(model.heldOutPredictions().isEmpty());
  }
}
