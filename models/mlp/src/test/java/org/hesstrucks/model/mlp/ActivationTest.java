package org.hesstrucks.model.mlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Activations within 2 ulp of StrictMath references, exact at the edges, derivatives consistent. */
class ActivationTest {
  /** The bound: 2 ulp of the StrictMath reference. */
  private static final double MAX_ULPS = 2;
  private static final int SAMPLES = 200_000;
  /** Central differences of the activations at step 1e-5: errors about 1e-10. */
  private static final double DERIVATIVE_TOLERANCE = 1e-8;

  private static double ulps(double actual, double expected) {
    if (actual == expected) {
      return 0;
    }
    return Math.abs(actual - expected) / Math.ulp(expected);
  }

  /** |x| log-uniform over [1e-300, 40] with a random sign. */
  private static double sample(Random random) {
    double magnitude = Math.pow(10, -300 + random.nextDouble() * (300 + Math.log10(40)));
    return random.nextBoolean() ? magnitude : -magnitude;
  }

  @Test
  @DisplayName("tanh is within 2 ulp of StrictMath.tanh over |x| in [1e-300, 40]")
  void tanhWithinTwoUlps() {
    Random random = new Random(1);
    double worst = 0;
    for (int i = 0; i < SAMPLES; i++) {
      double x = i % 2 == 0 ? sample(random) : 6 * random.nextGaussian();
      worst = Math.max(worst, ulps(Activation.tanh(x), StrictMath.tanh(x)));
    }
    assertTrue(worst <= MAX_ULPS, "worst error " + worst + " ulp");
  }

  /**
   * tanh correctly rounded to double at points on both sides of the polynomial's limit 0.625, from mpmath 1.3 at
   * 50 digits ({@code float(mpmath.tanh(mpf(x)))}); 0.2339… is where {@code StrictMath.tanh} is 2 ulp off.
   */
  private static final double[][] TANH_CORRECTLY_ROUNDED = {
    {1e-05, 9.999999999666668e-06},
    {0.1, 0.09966799462495582},
    {0.23390898284249714, 0.22973433655100473},
    {0.5, 0.46211715726000974},
    {0.6249999999999999, 0.5545997223493823},
    {0.625, 0.5545997223493823},
    {0.6584885483088747, 0.5773566690517987},
    {1.0, 0.7615941559557649},
    {2.5, 0.9866142981514303},
    {7.0, 0.9999983369439447},
    {15.0, 0.9999999999998128},
    {19.0, 0.9999999999999999},
  };

  @Test
  @DisplayName("tanh is within 1 ulp of the correctly rounded value (mpmath) on both sides of the polynomial's limit")
  void tanhAgainstCorrectlyRounded() {
    for (double[] point : TANH_CORRECTLY_ROUNDED) {
      double expected = point[1];
      assertTrue(ulps(Activation.tanh(point[0]), expected) <= 1, "tanh(" + point[0] + ") = "
          + Activation.tanh(point[0]) + ", correctly rounded " + expected);
      assertEquals(-Activation.tanh(point[0]), Activation.tanh(-point[0]), "odd");
    }
  }

  @ParameterizedTest
  @EnumSource(value = Activation.class, names = {"TANH", "SIGMOID", "SOFTPLUS"})
  @DisplayName("the array forms give the scalar forms' bits, edges included, also once C2 has compiled them")
  void arrayFormsEqualScalar(Activation activation) {
    Random random = new Random(3);
    double[] edges = {0, -0.0, Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_NORMAL, 1e-300, 0x1p-28, -0x1p-29,
      Math.nextDown(0x1p-28), Math.nextUp(0x1p-28), 0.625, Math.nextDown(0.625), Math.nextUp(0.625), -0.625, 22,
      Math.nextUp(22.0), Math.nextDown(22.0), -22, 44, -700, -708.5, -740, -745.1, -745.2, -746, -800, 1e300,
      -Double.MAX_VALUE, 0.8813735870195429, -0.8813735870195429, // log(1 + √2): where log1p halves 1 + e
      Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN,
      Double.longBitsToDouble(0xFFF8000000000000L), // the negative NaN of inf − inf
      Double.longBitsToDouble(0x7FF0000000000001L), Double.longBitsToDouble(0x7FF8000000000123L), // signalling, payload
      Double.longBitsToDouble(0xFFF0000000000ABCL)};
    int count = 5000;
    double[] values = new double[count];
    for (int i = 0; i < count; i++) {
      values[i] = i < edges.length ? edges[i] : i % 3 == 0 ? sample(random) : 2 * random.nextGaussian();
    }
    double[] expected = new double[count];
    double[] expectedSigmoid = new double[count];
    for (int i = 0; i < count; i++) {
      expected[i] = activation.value(values[i]);
      expectedSigmoid[i] = Activation.sigmoid(values[i]);
    }
    // Enough calls for C2 to compile (and vectorise) the array form: the compiled loops must give the same bits.
    double[] work = new double[count];
    double[][] scratch = {new double[count], new double[count], new double[count]};
    for (int call = 0; call < 2000; call++) {
      System.arraycopy(values, 0, work, 0, count);
      switch (activation) {
        case TANH:
          Activation.tanh(work, count, scratch[0], scratch[1], scratch[2]);
          break;
        case SIGMOID:
          Activation.sigmoid(work, count, scratch[0], scratch[1]);
          break;
        default:
          Activation.softplus(work, count, scratch[0], scratch[1], scratch[2]);
          assertSameBits(expectedSigmoid, scratch[0], values, "softplus's sigmoid", call);
          break;
      }
      assertSameBits(expected, work, values, activation.id(), call);
    }
  }

  @ParameterizedTest
  @EnumSource(Activation.class)
  @DisplayName("activate() gives value(), derivative() and secondDerivative() element by element, ReLU included")
  void activateMatchesScalarForms(Activation activation) {
    Random random = new Random(8);
    int count = 3000;
    double[] values = new double[count];
    for (int i = 0; i < count; i++) {
      values[i] = i % 4 == 0 ? sample(random) : 3 * random.nextGaussian();
    }
    values[0] = 0;
    values[1] = -0.0;
    values[2] = Double.NEGATIVE_INFINITY;
    values[3] = Double.POSITIVE_INFINITY;
    values[4] = Double.NaN;
    double[] expected = new double[count];
    double[] first = new double[count];
    double[] second = new double[count];
    for (int i = 0; i < count; i++) {
      expected[i] = activation.value(values[i]);
      first[i] = activation.derivative(values[i]);
      second[i] = activation.secondDerivative(values[i]);
    }
    double[] work = new double[count];
    double[] d = new double[count];
    double[] dd = new double[count];
    double[] scratch = new double[count];
    for (int call = 0; call < 1000; call++) { // long enough for C2
      System.arraycopy(values, 0, work, 0, count);
      activation.activate(work, count, d, dd, scratch, true, true);
      assertSameBits(expected, work, values, activation.id(), call);
      for (int i = 0; i < count; i++) {
        // Double.compare takes every NaN as equal: arithmetic on a NaN may pick another payload
        if (Double.compare(first[i], d[i]) != 0 || Double.compare(second[i], dd[i]) != 0) {
          assertEquals(first[i], d[i], "σ' at " + values[i] + ", call " + call);
          assertEquals(second[i], dd[i], "σ'' at " + values[i] + ", call " + call);
        }
      }
    }
  }

  private static void assertSameBits(double[] expected, double[] actual, double[] arguments, String what, int call) {
    for (int i = 0; i < expected.length; i++) {
      if (Double.doubleToRawLongBits(expected[i]) != Double.doubleToRawLongBits(actual[i])) {
        assertEquals(expected[i], actual[i], "element " + i + " (" + what + " of " + arguments[i] + ") at call " + call);
        assertEquals(Double.doubleToRawLongBits(expected[i]), Double.doubleToRawLongBits(actual[i]),
            "element " + i + " (" + what + " of " + arguments[i] + ") at call " + call);
      }
    }
  }

  @Test
  @DisplayName("tanh at tiny arguments, saturation, ±0, ±∞ and NaN")
  void tanhEdges() {
    assertEquals(Double.MIN_VALUE, Activation.tanh(Double.MIN_VALUE));
    assertEquals(1e-300, Activation.tanh(1e-300));
    assertEquals(-1e-10, Activation.tanh(-1e-10), Math.ulp(1e-10));
    assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(Activation.tanh(-0.0)), "−0 keeps sign");
    assertEquals(StrictMath.tanh(0x1p-28), Activation.tanh(0x1p-28));
    assertEquals(1.0, Activation.tanh(22.5));
    assertEquals(-1.0, Activation.tanh(-700));
    assertEquals(StrictMath.tanh(21.9), Activation.tanh(21.9));
    assertEquals(1.0, Activation.tanh(Double.POSITIVE_INFINITY));
    assertEquals(-1.0, Activation.tanh(Double.NEGATIVE_INFINITY));
    assertTrue(Double.isNaN(Activation.tanh(Double.NaN)));
  }

  @Test
  @DisplayName("sigmoid is within 2 ulp of eᵘ/(1 + e^−|x|) (u = 0 or −|x|) from StrictMath.exp, divided in double-double")
  void sigmoidWithinTwoUlps() {
    Random random = new Random(2);
    double worst = 0;
    for (int i = 0; i < SAMPLES; i++) {
      double x = i % 2 == 0 ? sample(random) : 10 * random.nextGaussian();
      worst = Math.max(worst, ulps(Activation.sigmoid(x), sigmoidReference(x)));
    }
    assertTrue(worst <= MAX_ULPS, "worst error " + worst + " ulp");
  }

  /**
   * n/(1 + e) with e = StrictMath.exp(−|x|), n = 1 or e: 1 + e as an exact sum hi + lo, then one Newton correction
   * of the quotient with fma, so only e's own rounding (≤ ½ ulp after the division's damping) remains.
   */
  private static double sigmoidReference(double x) {
    double e = StrictMath.exp(-Math.abs(x));
    double numerator = x >= 0 ? 1 : e;
    double hi = 1 + e;
    double lo = (1 - hi) + e; // exact: |e| ≤ 1
    double q = numerator / hi;
    double residual = Math.fma(-q, hi, numerator) - q * lo;
    return q + residual / hi;
  }

  @Test
  @DisplayName("sigmoid is within 1 ulp of 1/(1 + e⁻ˣ) to 50 digits, the subnormal tail included")
  void sigmoidAgainstHighPrecision() {
    Random random = new Random(5);
    java.math.MathContext mc = new java.math.MathContext(60);
    assertWithinUlps(1, Activation::sigmoid, x -> java.math.BigDecimal.ONE.divide(java.math.BigDecimal.ONE.add(
        exp(new java.math.BigDecimal(-x), mc), mc), mc).doubleValue(), i -> i % 3 == 0 ? sample(random)
        : i % 3 == 1 ? -40 + 80 * random.nextDouble() : -745 + 45 * random.nextDouble());
  }

  /** The worst error of {@code actual} against {@code reference} over 3,000 arguments, at most {@code bound} ulp. */
  private static void assertWithinUlps(double bound, java.util.function.DoubleUnaryOperator actual,
      java.util.function.DoubleUnaryOperator reference, java.util.function.IntToDoubleFunction arguments) {
    double worst = 0;
    double worstAt = 0;
    for (int i = 0; i < 3_000; i++) {
      double x = arguments.applyAsDouble(i);
      double error = ulps(actual.applyAsDouble(x), reference.applyAsDouble(x));
      if (error > worst) {
        worst = error;
        worstAt = x;
      }
    }
    assertTrue(worst <= bound, "worst error " + worst + " ulp at " + worstAt);
  }

  @Test
  @DisplayName("sigmoid at saturation, ±∞ and NaN")
  void sigmoidEdges() {
    assertEquals(0.5, Activation.sigmoid(0));
    assertEquals(0.5, Activation.sigmoid(-0.0));
    assertEquals(1.0, Activation.sigmoid(40));
    assertEquals(StrictMath.exp(-800), Activation.sigmoid(-800), "subnormal tail, not 0");
    assertEquals(1.0, Activation.sigmoid(Double.POSITIVE_INFINITY));
    assertEquals(0.0, Activation.sigmoid(Double.NEGATIVE_INFINITY));
    assertTrue(Double.isNaN(Activation.sigmoid(Double.NaN)));
  }

  @Test
  @DisplayName("softplus is within 2 ulp of StrictMath.log(1 + StrictMath.exp(x)) on [0, 30] and of eˣ below −40")
  void softplusWithinTwoUlps() {
    Random random = new Random(3);
    double worst = 0;
    for (int i = 0; i < SAMPLES; i++) {
      double x = 30 * random.nextDouble();
      worst = Math.max(worst, ulps(Activation.softplus(x), StrictMath.log(1 + StrictMath.exp(x))));
      double y = -40 - 660 * random.nextDouble();
      // log(1 + eʸ) = eʸ (1 − eʸ/2 + …), and eʸ/2 < 1e-17 is under half an ulp.
      worst = Math.max(worst, ulps(Activation.softplus(y), StrictMath.exp(y)));
    }
    assertTrue(worst <= MAX_ULPS, "worst error " + worst + " ulp");
  }

  @Test
  @DisplayName("softplus is within 2 ulp of log(1 + eˣ) to 50 digits on (−40, 30), tiny arguments of both signs included")
  void softplusAgainstHighPrecision() {
    Random random = new Random(4);
    assertWithinUlps(MAX_ULPS, Activation::softplus, ActivationTest::softplusReference, i -> i % 3 == 0
        ? Math.copySign(Math.pow(10, -300 * random.nextDouble()), random.nextDouble() - 0.5)
        : -40 + 70 * random.nextDouble());
  }

  /**
   * log(1 + eˣ) in 60-digit decimal arithmetic, independent of StrictMath: x + log(1 + e^−x) for x > 0, and
   * log(1 + y) = 2 atanh(y / (2 + y)) by its series (y / (2 + y) ≤ 1/3 here, so it converges fast); eᵃ as
   * (e^(a/64))⁶⁴ from the Taylor series.
   */
  private static double softplusReference(double x) {
    java.math.MathContext mc = new java.math.MathContext(60);
    java.math.BigDecimal a = new java.math.BigDecimal(-Math.abs(x));
    java.math.BigDecimal y = exp(a, mc);
    java.math.BigDecimal z = y.divide(y.add(java.math.BigDecimal.valueOf(2)), mc);
    java.math.BigDecimal z2 = z.multiply(z, mc);
    java.math.BigDecimal power = z;
    java.math.BigDecimal sum = z;
    for (int k = 1; power.signum() != 0 && power.compareTo(sum.ulp()) > 0; k++) {
      power = power.multiply(z2, mc);
      sum = sum.add(power.divide(java.math.BigDecimal.valueOf(2L * k + 1), mc), mc);
    }
    java.math.BigDecimal log1p = sum.multiply(java.math.BigDecimal.valueOf(2), mc);
    return (x > 0 ? log1p.add(new java.math.BigDecimal(x), mc) : log1p).doubleValue();
  }

  private static java.math.BigDecimal exp(java.math.BigDecimal a, java.math.MathContext mc) {
    java.math.BigDecimal r = a.divide(java.math.BigDecimal.valueOf(64), mc);
    java.math.BigDecimal term = java.math.BigDecimal.ONE;
    java.math.BigDecimal sum = java.math.BigDecimal.ONE;
    for (int k = 1; k < 200; k++) {
      term = term.multiply(r, mc).divide(java.math.BigDecimal.valueOf(k), mc);
      sum = sum.add(term, mc);
      if (term.abs().compareTo(sum.ulp()) < 0) {
        break;
      }
    }
    for (int i = 0; i < 6; i++) {
      sum = sum.multiply(sum, mc);
    }
    return sum;
  }

  @Test
  @DisplayName("sigmoid and softplus at tiny arguments: ½ and log 2 exactly as rounded, the linear term where it shows")
  void tinyArguments() {
    for (double tiny : new double[] {Double.MIN_VALUE, 1e-300, 0x1p-60, -0x1p-60, -1e-300, -Double.MIN_VALUE}) {
      assertEquals(0.5, Activation.sigmoid(tiny), "sigmoid(" + tiny + ")");
      assertEquals(Math.log(2), Activation.softplus(tiny), Math.ulp(Math.log(2)), "softplus(" + tiny + ")");
    }
    // σ(x) = ½ + x/4 − x³/48 …: at x = 2⁻²⁰ the linear term is 2⁻²² ≫ ulp(½) = 2⁻⁵³.
    double x = 0x1p-20;
    assertEquals(0.5 + x / 4, Activation.sigmoid(x), 2 * Math.ulp(0.5));
    assertEquals(0.5 - x / 4, Activation.sigmoid(-x), 2 * Math.ulp(0.5));
    // softplus(x) = log 2 + x/2 + x²/8 − x⁴/192 …
    assertEquals(Math.log(2) + x / 2 + x * x / 8, Activation.softplus(x), 2 * Math.ulp(Math.log(2)));
    assertEquals(Math.log(2) - x / 2 + x * x / 8, Activation.softplus(-x), 2 * Math.ulp(Math.log(2)));
    assertEquals(0.0, Activation.softplus(-800), "e⁻⁸⁰⁰ is below the smallest subnormal");
    assertEquals(StrictMath.exp(-740), Activation.softplus(-740), "subnormal tail");
  }

  @Test
  @DisplayName("softplus at 0, large arguments, ±∞ and NaN")
  void softplusEdges() {
    assertEquals(Math.log(2), Activation.softplus(0), Math.ulp(Math.log(2)));
    assertEquals(800.0, Activation.softplus(800));
    assertEquals(Double.POSITIVE_INFINITY, Activation.softplus(Double.POSITIVE_INFINITY));
    assertEquals(0.0, Activation.softplus(Double.NEGATIVE_INFINITY));
    assertTrue(Double.isNaN(Activation.softplus(Double.NaN)));
  }

  @ParameterizedTest
  @EnumSource(value = Activation.class, names = {"TANH", "SOFTPLUS", "SIGMOID"})
  @DisplayName("σ' and σ'' match central differences of σ and σ'")
  void derivatives(Activation activation) {
    double h = 1e-5;
    for (double x : new double[] {-3.1, -0.7, -1e-3, 0, 0.4, 1.3, 2.9}) {
      double d1 = (activation.value(x + h) - activation.value(x - h)) / (2 * h);
      double d2 = (activation.derivative(x + h) - activation.derivative(x - h)) / (2 * h);
      assertEquals(d1, activation.derivative(x), DERIVATIVE_TOLERANCE, activation + "'(" + x + ")");
      assertEquals(d2, activation.secondDerivative(x), DERIVATIVE_TOLERANCE, activation + "''(" + x + ")");
    }
  }

  @ParameterizedTest
  @ValueSource(doubles = {-2, -1e-300, -0.0, 0.0, 1e-300, 3})
  @DisplayName("ReLU: max(0, x), derivative 1 above 0 and 0 elsewhere, no second derivative")
  void relu(double x) {
    assertEquals(x > 0 ? x : 0.0, Activation.RELU.value(x));
    assertEquals(x > 0 ? 1.0 : 0.0, Activation.RELU.derivative(x));
    assertEquals(0.0, Activation.RELU.secondDerivative(x));
    assertTrue(Double.isNaN(Activation.RELU.value(Double.NaN)));
  }
}
