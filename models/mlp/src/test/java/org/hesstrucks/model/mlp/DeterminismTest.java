package org.hesstrucks.model.mlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.hesstrucks.curvature.CurvatureMode;
import org.hesstrucks.objective.Objective;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The first evaluation (interpreted) and one after thousands (JIT-compiled) give the same bits: activations use
 * only IEEE-reproducible operations, and the kernels one fixed summation order.
 */
class DeterminismTest {
  private static final int WARM_UP_CALLS = 3_000;

  @ParameterizedTest
  @EnumSource(Activation.class)
  @DisplayName("value, gradient and exact product are bit-identical before and after JIT compilation")
  void sameBitsColdAndHot(Activation activation) {
    MlpModel model = new MlpModel(Nets.config(2, 6, activation, Loss.CROSS_ENTROPY).withKernels(KernelChoice.JAVA),
        Nets.classification(12, 2, 5, 3, 4));
    Objective f = model.objective(Nets.firstRows(12));
    double[] x = Nets.point(model, 5, 2);
    double[] v = Nets.gaussian(x.length, 6);
    double[] coldGradient = new double[x.length];
    double[] coldProduct = new double[x.length];
    double coldValue = f.valueAndGradient(x, coldGradient);
    f.curvatureAt(x, CurvatureMode.EXACT).apply(v, coldProduct);

    double[] g = new double[x.length];
    for (int i = 0; i < WARM_UP_CALLS; i++) {
      f.valueAndGradient(x, g);
    }
    double[] hotProduct = new double[x.length];
    var operator = f.curvatureAt(x, CurvatureMode.EXACT);
    for (int i = 0; i < WARM_UP_CALLS; i++) {
      operator.apply(v, hotProduct);
    }
    assertEquals(Double.doubleToLongBits(coldValue), Double.doubleToLongBits(f.valueAndGradient(x, g)));
    assertArrayEquals(coldGradient, g, 0.0);
    assertArrayEquals(coldProduct, hotProduct, 0.0);
  }
}
