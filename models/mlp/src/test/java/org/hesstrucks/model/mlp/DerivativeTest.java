package org.hesstrucks.model.mlp;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.hesstrucks.curvature.CurvatureMode;
import org.hesstrucks.dataset.Dataset;
import org.hesstrucks.objective.Batch;
import org.hesstrucks.objective.Objective;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Gradients, exact Hessian-vector products and Gauss-Newton products against central finite differences, for
 * depths 1–3, both losses and the smooth activations (ReLU has kinks: see {@link FixtureTest}).
 */
class DerivativeTest {
  private static final int INPUTS = 4;
  private static final int WIDTH = 5;
  private static final int OUTPUTS = 3;
  /** Central-difference step: truncation h² ≈ 1e-10 and rounding ε/h ≈ 1e-11 relative. */
  private static final double H = 1e-5;
  /** The worst relative error observed over these cases is 1.5e-10; a margin of about 70. */
  private static final double GRADIENT_TOLERANCE = 1e-8;
  /** The worst observed: 1.5e-10 (exact products), 1.9e-10 (Gauss-Newton); a margin of about 50. */
  private static final double PRODUCT_TOLERANCE = 1e-8;
  private static final Batch BATCH = Batch.of(new int[] {0, 2, 4, 6, 8, 9});

  static List<Arguments> cases() {
    List<Arguments> cases = new ArrayList<>();
    for (int depth = 1; depth <= 3; depth++) {
      for (Loss loss : Loss.values()) {
        for (Activation activation : new Activation[] {Activation.TANH, Activation.SOFTPLUS, Activation.SIGMOID}) {
          cases.add(Arguments.of(depth, loss, activation, 0.0));
        }
      }
    }
    cases.add(Arguments.of(2, Loss.CROSS_ENTROPY, Activation.TANH, 0.1));
    cases.add(Arguments.of(2, Loss.MSE, Activation.SOFTPLUS, 0.1));
    return cases;
  }

  private static MlpModel model(int depth, Loss loss, Activation activation, double decay) {
    Dataset data = loss == Loss.CROSS_ENTROPY ? Nets.classification(10, 4, INPUTS, OUTPUTS, 7)
        : Nets.regression(10, 4, INPUTS, OUTPUTS, 7);
    return new MlpModel(Nets.config(depth, WIDTH, activation, loss).withWeightDecay(decay), data);
  }

  @ParameterizedTest(name = "depth {0}, {1}, {2}, decay {3}")
  @MethodSource("cases")
  @DisplayName("the back-propagated gradient matches central differences of the loss")
  void gradient(int depth, Loss loss, Activation activation, double decay) {
    MlpModel model = model(depth, loss, activation, decay);
    Objective f = model.objective(BATCH);
    double[] x = Nets.point(model, 11, 1);
    double[] g = new double[x.length];
    f.valueAndGradient(x, g);
    double[] fd = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      double keep = x[i];
      x[i] = keep + H;
      double plus = f.value(x);
      x[i] = keep - H;
      double minus = f.value(x);
      x[i] = keep;
      fd[i] = (plus - minus) / (2 * H);
    }
    double error = Nets.relativeError(g, fd);
    assertTrue(error < GRADIENT_TOLERANCE, "relative error " + error);
  }

  @ParameterizedTest(name = "depth {0}, {1}, {2}, decay {3}")
  @MethodSource("cases")
  @DisplayName("the exact Hessian-vector product matches central differences of the gradient")
  void exactProduct(int depth, Loss loss, Activation activation, double decay) {
    MlpModel model = model(depth, loss, activation, decay);
    Objective f = model.objective(BATCH);
    double[] x = Nets.point(model, 12, 1);
    double[] v = Nets.gaussian(x.length, 13);
    double[] hv = new double[x.length];
    f.curvatureAt(x, CurvatureMode.EXACT).apply(v, hv);

    double[] plus = new double[x.length];
    double[] minus = new double[x.length];
    double[] y = new double[x.length];
    double h = H / Nets.norm(v);
    for (int i = 0; i < x.length; i++) {
      y[i] = x[i] + h * v[i];
    }
    f.valueAndGradient(y, plus);
    for (int i = 0; i < x.length; i++) {
      y[i] = x[i] - h * v[i];
    }
    f.valueAndGradient(y, minus);
    double[] fd = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      fd[i] = (plus[i] - minus[i]) / (2 * h);
    }
    double error = Nets.relativeError(hv, fd);
    assertTrue(error < PRODUCT_TOLERANCE, "relative error " + error);
  }

  @ParameterizedTest(name = "depth {0}, {1}, {2}, decay {3}")
  @MethodSource("cases")
  @DisplayName("the Gauss-Newton product equals Jᵀ H_L J v with J from central differences of the outputs")
  void gaussNewtonProduct(int depth, Loss loss, Activation activation, double decay) {
    MlpModel model = model(depth, loss, activation, decay);
    MlpObjective f = (MlpObjective) model.objective(BATCH);
    double[] x = Nets.point(model, 14, 1);
    double[] v = Nets.gaussian(x.length, 15);
    double[] gv = new double[x.length];
    f.curvatureAt(x, CurvatureMode.GAUSS_NEWTON).apply(v, gv);

    double[] expected = BruteForce.gaussNewtonProduct(f, x, v, loss, BATCH.size(), OUTPUTS, H);
    for (int i = 0; i < x.length; i++) {
      expected[i] += decay * v[i];
    }
    double error = Nets.relativeError(gv, expected);
    assertTrue(error < PRODUCT_TOLERANCE, "relative error " + error);
  }
}
