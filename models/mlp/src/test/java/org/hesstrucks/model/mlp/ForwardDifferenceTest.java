package org.hesstrucks.model.mlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;
import org.hesstrucks.curvature.CurvatureMode;
import org.hesstrucks.curvature.CurvatureOperator;
import org.hesstrucks.curvature.FiniteDifferenceCurvature;
import org.hesstrucks.objective.Objective;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The MLP's fused forward-difference operator against the same quotient formed the generic way. */
class ForwardDifferenceTest {
  /**
   * The four-accumulator ‖v‖ against core's scaled two-pass norm: both are within a few ulp of the true norm, so
   * the steps agree to about 1e-15 relative.
   */
  private static final double STEP_AGREEMENT = 1e-14;

  private static MlpModel model(int chunkRows) {
    return new MlpModel(Nets.config(List.of(7, 5), Activation.TANH, Loss.CROSS_ENTROPY, 0.03),
        Nets.classification(30, 0, 6, 3, 11), chunkRows);
  }

  /**
   * Every path of the fused quotient: batches in one chunk and in several; without weight decay (the gradient
   * copied chunk by chunk into the output) and with it; the output a separate array (which then also stages the
   * trial point) and the output aliasing v (the trial point through scratch). 24 inputs and widths 70 and 40 make
   * 4,713 parameters, so the passes run over three 2,048-element chunks, the last one partial.
   */
  @ParameterizedTest(name = "chunks of {0} rows, weight decay {1}, output is v: {2}")
  @CsvSource({"1024, 0, false", "1024, 0, true", "1024, 0.03, false", "1024, 0.03, true", "7, 0, false",
      "7, 0.03, true"})
  @DisplayName("the fused quotient is (∇f(x + h·v) − ∇f(x)) / h formed in arrays, bit for bit")
  void fusedEqualsGenericFormula(int chunkRows, double weightDecay, boolean outputIsDirection) {
    MlpModel model = new MlpModel(Nets.config(List.of(70, 40), Activation.TANH, Loss.CROSS_ENTROPY, weightDecay),
        Nets.classification(30, 0, 24, 3, 11), chunkRows);
    Objective f = model.objective(Nets.firstRows(30));
    double[] x = Nets.point(model, 2, 1);
    assertEquals(4713, x.length);
    double[] v = Nets.gaussian(x.length, 5);
    double[] direction = v.clone();
    CurvatureOperator op = f.curvatureAt(x, CurvatureMode.FORWARD_DIFFERENCE);
    MlpForwardDifference fused = assertInstanceOf(MlpForwardDifference.class, op);
    double h = fused.stepFor(v);
    double[] out = outputIsDirection ? v : new double[x.length];
    op.apply(v, out);

    double[] g0 = new double[x.length];
    f.valueAndGradient(x, g0);
    double[] trial = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      trial[i] = x[i] + h * direction[i];
    }
    double[] gt = new double[x.length];
    f.valueAndGradient(trial, gt);
    double[] expected = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      expected[i] = (gt[i] - g0[i]) * (1 / h);
    }
    assertArrayEquals(expected, out);
  }

  @Test
  @DisplayName("the step is core's √ε (1 + ‖x‖) / ‖v‖, and a given gradient is used as ∇f(x)")
  void stepAndGivenGradient() {
    MlpModel model = model(1024);
    Objective f = model.objective(Nets.firstRows(30));
    double[] x = Nets.point(model, 3, 1);
    double[] v = Nets.gaussian(x.length, 6);
    double[] g0 = new double[x.length];
    f.valueAndGradient(x, g0);
    MlpForwardDifference given = (MlpForwardDifference) f.curvatureAt(x, g0, CurvatureMode.FORWARD_DIFFERENCE);
    double coreStep = FiniteDifferenceCurvature.forward(f, x, g0).stepFor(v);
    assertEquals(coreStep, given.stepFor(v), STEP_AGREEMENT * coreStep);
    double[] a = new double[x.length];
    double[] b = new double[x.length];
    given.apply(v, a);
    f.curvatureAt(x, CurvatureMode.FORWARD_DIFFERENCE).apply(v, b);
    assertArrayEquals(b, a, "∇f(x) computed when built = the one given");
  }

  @Test
  @DisplayName("a zero direction gives a zero product; the norm survives vectors whose squares under- or overflow")
  void zeroAndExtremeDirections() {
    MlpModel model = model(1024);
    Objective f = model.objective(Nets.firstRows(30));
    double[] x = Nets.point(model, 3, 1);
    double[] out = new double[x.length];
    java.util.Arrays.fill(out, 7);
    f.curvatureAt(x, CurvatureMode.FORWARD_DIFFERENCE).apply(new double[x.length], out);
    assertArrayEquals(new double[x.length], out);
    assertEquals(5e-200, MlpForwardDifference.norm(new double[] {3e-200, 4e-200, 0}), 1e-215);
    assertEquals(5e200, MlpForwardDifference.norm(new double[] {3e200, 4e200, 0, 0, 0}), 1e185);
    assertEquals(13, MlpForwardDifference.norm(new double[] {3, 4, 12, 0, 0}));
  }
}
