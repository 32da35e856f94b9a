package org.hesstrucks.model.mlp;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.hesstrucks.curvature.CurvatureMode;
import org.hesstrucks.objective.Batch;
import org.hesstrucks.objective.Objective;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** OpenBLAS and the pure-Java loops compute the same numbers, up to summation order. */
class KernelAgreementTest {
  /** Different summation orders over at most 40 terms per dot product: errors near 1e-15. */
  private static final double TOLERANCE = 1e-12;

  @ParameterizedTest
  @EnumSource(Activation.class)
  @DisplayName("value, gradient, exact and Gauss-Newton products agree between OpenBLAS and Java to 1e-12")
  void sameNumbers(Activation activation) {
    MlpModel blasModel = model(activation, KernelChoice.OPENBLAS);
    assumeTrue(blasModel != null, "OpenBLAS does not load here: " + OpenBlasKernels.loadFailure());
    assertTrue(blasModel.usesNativeBlas());
    MlpModel javaModel = model(activation, KernelChoice.JAVA);
    assertTrue(!javaModel.usesNativeBlas());
    Batch batch = Nets.firstRows(32);
    Objective a = blasModel.objective(batch);
    Objective b = javaModel.objective(batch);
    double[] x = Nets.point(blasModel, 3, 1);
    double[] v = Nets.gaussian(x.length, 4);
    double[] ga = new double[x.length];
    double[] gb = new double[x.length];
    double va = a.valueAndGradient(x, ga);
    double vb = b.valueAndGradient(x, gb);
    assertTrue(Nets.relativeError(va, vb) < TOLERANCE, va + " vs " + vb);
    assertTrue(Nets.relativeError(ga, gb) < TOLERANCE, "gradient " + Nets.relativeError(ga, gb));
    for (CurvatureMode mode : new CurvatureMode[] {CurvatureMode.EXACT, CurvatureMode.GAUSS_NEWTON}) {
      a.curvatureAt(x, mode).apply(v, ga);
      b.curvatureAt(x, mode).apply(v, gb);
      assertTrue(Nets.relativeError(ga, gb) < TOLERANCE, mode + " " + Nets.relativeError(ga, gb));
    }
  }

  private static MlpModel model(Activation activation, KernelChoice kernels) {
    if (kernels == KernelChoice.OPENBLAS && OpenBlasKernels.loadFailure() != null) {
      return null;
    }
    return new MlpModel(new MlpConfig(2, java.util.List.of(16, 12), activation, Loss.CROSS_ENTROPY, null, 0.01,
        null, kernels), Nets.classification(40, 10, 20, 5, 9));
  }
}
