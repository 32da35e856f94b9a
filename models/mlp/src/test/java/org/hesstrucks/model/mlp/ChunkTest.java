package org.hesstrucks.model.mlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hesstrucks.curvature.CurvatureMode;
import org.hesstrucks.dataset.Dataset;
import org.hesstrucks.objective.Batch;
import org.hesstrucks.objective.Objective;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A batch evaluated in chunks (bounded workspaces for large batches) gives the numbers of one pass. */
class ChunkTest {
  /** The same terms summed in another grouping: a few ulp. */
  private static final double TOLERANCE = 1e-13;

  @ParameterizedTest
  @EnumSource(Loss.class)
  @DisplayName("value, gradient, exact and Gauss-Newton products over 3 chunks of ≤ 7 rows equal one 20-row pass")
  void chunksAddUp(Loss loss) {
    Dataset data = loss == Loss.CROSS_ENTROPY ? Nets.classification(30, 3, 4, 3, 2) : Nets.regression(30, 3, 4, 2, 2);
    MlpConfig config = Nets.config(2, 5, Activation.SOFTPLUS, loss).withWeightDecay(0.05);
    MlpModel whole = new MlpModel(config, data);
    MlpModel chunked = new MlpModel(config, data, 7);
    int[] idx = new int[20];
    for (int i = 0; i < idx.length; i++) {
      idx[i] = (7 * i) % 30;
    }
    Batch batch = Batch.of(idx);
    Objective a = whole.objective(batch);
    Objective b = chunked.objective(batch);
    assertEquals(20, b.sampleCount());
    double[] x = Nets.point(whole, 8, 1);
    double[] v = Nets.gaussian(x.length, 9);
    double[] ga = new double[x.length];
    double[] gb = new double[x.length];
    assertEquals(a.valueAndGradient(x, ga), b.valueAndGradient(x, gb), TOLERANCE);
    assertEquals(a.value(x), b.value(x), TOLERANCE);
    assertTrue(Nets.relativeError(gb, ga) < TOLERANCE, "gradient " + Nets.relativeError(gb, ga));
    for (CurvatureMode mode : new CurvatureMode[] {CurvatureMode.EXACT, CurvatureMode.GAUSS_NEWTON}) {
      a.curvatureAt(x, mode).apply(v, ga);
      b.curvatureAt(x, mode).apply(v, gb);
      assertTrue(Nets.relativeError(gb, ga) < TOLERANCE, mode + " " + Nets.relativeError(gb, ga));
    }
    assertEquals(whole.heldOutMetrics(x), whole.heldOutMetrics(x));
    assertEquals(whole.heldOutMetrics(x).get("loss"), chunked.heldOutMetrics(x).get("loss"), TOLERANCE);
  }
}
