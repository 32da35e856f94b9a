package org.hesstrucks.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.hesstrucks.curvature.CurvatureMode;
import org.hesstrucks.curvature.CurvatureOperator;
import org.hesstrucks.curvature.UnsupportedCurvatureModeException;
import org.hesstrucks.objective.ExpQuarticObjective;
import org.hesstrucks.objective.Objective;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CountingObjectiveTest {
  private static final int BATCH = 64;
  private static final double[] X = {0.1, -0.3, 0.2};

  private final ExpQuarticObjective inner = new ExpQuarticObjective(new double[] {1, -1, 2}, BATCH);
  private final CostCounter counter = new CostCounter();
  private final CountingObjective counting = new CountingObjective(inner, counter);

  @Test
  @DisplayName("a value and a gradient on a batch of 64 cost 64 sample-values and 64 sample-gradients")
  void valuesAndGradientsChargedPerSample() {
    double[] g = new double[3];
    double[] expectedG = new double[3];
    assertEquals(new ExpQuarticObjective(new double[] {1, -1, 2}).value(X), counting.value(X), 0);
    assertEquals(inner.valueAndGradient(X, expectedG), counting.valueAndGradient(X, g), 0);
    counting.valueAndGradient(X, g);
    assertEquals(new CostSnapshot(1, 2, 0, BATCH, 2 * BATCH, 0), counter.snapshot());
    assertEquals(BATCH, counting.sampleCount());
    assertEquals(3, counting.dimension());
    assertSame(inner, counting.inner());
    assertSame(counter, counting.counter());
  }

  @Test
  @DisplayName("forward difference without a gradient: one gradient to build, one per product, none for d = 0")
  void forwardDifferenceChargedAsGradients() {
    CurvatureOperator op = counting.curvatureAt(X, CurvatureMode.FORWARD_DIFFERENCE);
    assertEquals(1, counter.gradientCalls());
    op.apply(new double[] {1, 0, 0}, new double[3]);
    op.apply(new double[] {0, 1, 0}, new double[3]);
    op.apply(new double[3], new double[3]);
    assertEquals(new CostSnapshot(0, 3, 0, 0, 3 * BATCH, 0), counter.snapshot());
    assertEquals(3, inner.gradientCalls());
  }

  @Test
  @DisplayName("forward difference with the gradient supplied: nothing to build, one gradient per product")
  void forwardDifferenceWithGradient() {
    double[] g = new double[3];
    inner.valueAndGradient(X, g);
    CurvatureOperator op = counting.curvatureAt(X, g, CurvatureMode.FORWARD_DIFFERENCE);
    assertEquals(0, counter.gradientCalls());
    op.apply(new double[] {1, 0, 0}, new double[3]);
    assertEquals(new CostSnapshot(0, 1, 0, 0, BATCH, 0), counter.snapshot());
  }

  @Test
  @DisplayName("central difference: nothing to build, two gradients per product")
  void centralDifferenceChargedAsTwoGradients() {
    CurvatureOperator op = counting.curvatureAt(X, CurvatureMode.CENTRAL_DIFFERENCE);
    assertEquals(0, counter.gradientCalls());
    for (int k = 0; k < 3; k++) {
      op.apply(new double[] {1, k, 0}, new double[3]);
    }
    assertEquals(new CostSnapshot(0, 6, 0, 0, 6 * BATCH, 0), counter.snapshot());
  }

  @Test
  @DisplayName("exact products are charged as Hessian-vector products, one per apply, and give the inner product")
  void exactProductsChargedAsHessianVector() {
    CurvatureOperator op = counting.curvatureAt(X, CurvatureMode.EXACT);
    assertEquals(CurvatureMode.EXACT, op.mode());
    assertEquals(3, op.dimension());
    double[] v = {1, 2, -1};
    double[] out = new double[3];
    double[] expected = new double[3];
    for (int k = 0; k < 5; k++) {
      op.apply(v, out);
    }
    inner.hessianTimes(X, v, expected);
    org.junit.jupiter.api.Assertions.assertArrayEquals(expected, out, 0);
    assertEquals(new CostSnapshot(0, 0, 5, 0, 0, 5 * BATCH), counter.snapshot());
    assertEquals(5, inner.hessianVectorCalls());
  }

  @Test
  @DisplayName("a mixed run adds up to the exact gradient-equivalents 0.5·values + gradients + 2·products")
  void gradientEquivalentsWithDefaultWeights() {
    counting.value(X);
    double[] g = new double[3];
    counting.valueAndGradient(X, g);
    CurvatureOperator forward = counting.curvatureAt(X, CurvatureMode.FORWARD_DIFFERENCE); // 1 gradient
    forward.apply(new double[] {1, 0, 0}, new double[3]); // 1
    forward.apply(new double[] {0, 1, 0}, new double[3]); // 1
    counting.curvatureAt(X, g, CurvatureMode.FORWARD_DIFFERENCE).apply(new double[] {0, 0, 1}, new double[3]); // 1
    CurvatureOperator central = counting.curvatureAt(X, CurvatureMode.CENTRAL_DIFFERENCE);
    for (int k = 0; k < 3; k++) {
      central.apply(new double[] {1, 1, k}, new double[3]); // 2 each
    }
    CurvatureOperator exact = counting.curvatureAt(X, CurvatureMode.EXACT);
    for (int k = 0; k < 5; k++) {
      exact.apply(new double[] {k, 1, 1}, new double[3]);
    }

    CostSnapshot snapshot = counter.snapshot();
    assertEquals(new CostSnapshot(1, 11, 5, 64, 704, 320), snapshot);
    // 0.5·64 + 1·704 + 2·320 = 32 + 704 + 640
    assertEquals(1376.0, counter.gradientEquivalents(CostWeights.DEFAULT), 0);
    assertEquals(1376.0, snapshot.gradientEquivalents(CostWeights.DEFAULT), 0);
    assertEquals(64 + 704.0, snapshot.gradientEquivalents(new CostWeights(1.0, 1.0, 0.0)), 0);
    assertEquals(11, inner.gradientCalls());
    assertEquals(1, inner.valueCalls());
  }

  @Test
  @DisplayName("a snapshot is a copy: later charges do not change it")
  void snapshotIsImmutable() {
    counter.chargeGradient(10);
    CostSnapshot before = counter.snapshot();
    counter.chargeGradient(10);
    counter.chargeValue(3);
    counter.chargeHessianVector(4);
    assertEquals(new CostSnapshot(0, 1, 0, 0, 10, 0), before);
    assertEquals(new CostSnapshot(1, 2, 1, 3, 20, 4), counter.snapshot());
    assertEquals(1, counter.valueCalls());
    assertEquals(2, counter.gradientCalls());
    assertEquals(1, counter.hessianVectorCalls());
    assertEquals(3, counter.sampleValues());
    assertEquals(20, counter.sampleGradients());
    assertEquals(4, counter.sampleHessianVectors());
  }

  @Test
  @DisplayName("asking for a mode the inner objective lacks names the modes it offers; nothing is charged")
  void unsupportedModeIsRefused() {
    Objective finiteOnly = new Objective() {
      @Override
      public int dimension() {
        return 1;
      }

      @Override
      public double value(double[] x) {
        return x[0];
      }

      @Override
      public double valueAndGradient(double[] x, double[] gradientOut) {
        gradientOut[0] = 1;
        return x[0];
      }
    };
    CountingObjective wrapped = new CountingObjective(finiteOnly, counter);
    assertEquals(finiteOnly.curvatureModes(), wrapped.curvatureModes());
    UnsupportedCurvatureModeException e = assertThrows(UnsupportedCurvatureModeException.class,
        () -> wrapped.curvatureAt(new double[1], CurvatureMode.EXACT));
    assertEquals("curvature: expected one of the modes this objective offers (central-difference, forward-difference),"
        + " got exact", e.getMessage());
    assertEquals(new CostSnapshot(0, 0, 0, 0, 0, 0), counter.snapshot());
  }
}
