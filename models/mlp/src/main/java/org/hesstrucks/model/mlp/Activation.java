package org.hesstrucks.model.mlp;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.hesstrucks.core.ConfigException;

/**
 * The hidden layers' activation σ, with its first and second derivatives, computed from IEEE-reproducible
 * operations only (+ − × ÷, {@code Math.fma}, {@code Math.rint}, min, max, exponent bits): the same bits in the
 * interpreter and in compiled code, on every JVM, unlike {@code Math.tanh}, whose intrinsic may differ from its
 * fallback and costs about 22 ns. tanh is a polynomial and an exp kernel of our own (about 5 ns; see
 * {@link #tanh(double)}), within 1 ulp of the correctly rounded value and within 2 ulp of {@code StrictMath.tanh};
 * sigmoid and softplus share that exp kernel ({@link #expOfNegativeAbs(double)}), softplus adds a log1p of its own
 * ({@link #log1pUnit(double)}), and both are within 2 ulp of 50-digit references (tested). The array forms used by
 * the network give the scalar forms' bits in vector code. NaN gives that NaN back, ±∞ the limits.
 *
 * <p>Spelled in kebab-case in sweep files.
 */
public enum Activation {
  /** tanh (see {@link #tanh(double)}); σ' = 1 − σ², σ'' = −2σσ'. */
  TANH("tanh"),
  /**
   * softplus(x) = log(1 + eˣ), computed as max(x, 0) + log1p(e^(−|x|)); σ' = sigmoid(x), σ'' =
   * σ'(1 − σ'). Unlike PyTorch's {@code F.softplus}, no linear cut-off above 20.
   */
  SOFTPLUS("softplus"),
  /** sigmoid(x) = 1 / (1 + e⁻ˣ) (eˣ / (1 + eˣ) for x < 0, from one e^(−|x|)); σ' = σ(1 − σ), σ'' = σ'(1 − 2σ). */
  SIGMOID("sigmoid"),
  /**
   * ReLU max(0, x); σ' = 1 for x > 0, else 0 (NaN for NaN); σ'' = 0. Not differentiable at 0: finite-difference
   * curvature crosses kinks and is unreliable with it.
   */
  RELU("relu");

  /** Below this |x|, tanh(x) rounds to x (the cubic term is under half an ulp). */
  private static final double TANH_TINY = 0x1p-28;
  /** Above this |x|, tanh(x) rounds to ±1 (1 − tanh(22) ≈ 1.6e−19 &lt; ulp(1)/2). */
  private static final double TANH_SATURATION = 22;
  /** Below this |x|, tanh is the odd polynomial; from it, 1 − 2/(e^{2|x|} + 1). */
  private static final double TANH_POLYNOMIAL_LIMIT = 0.625;
  // (tanh(a) − a)/a³ as a polynomial in s = a² of degree 11 on [0, 0.625²]: a Chebyshev fit by mpmath 1.3
  // (chebyfit, 60 digits, 12 nodes), maximum error 3.9e−18, under 0.02 ulp of tanh. T0 = −1/3, T1 ≈ 2/15.
  private static final double T0 = -0.3333333333333333;
  private static final double T1 = 0.13333333333333042;
  private static final double T2 = -0.05396825396789699;
  private static final double T3 = 0.021869488519008305;
  private static final double T4 = -0.008863235103240878;
  private static final double T5 = 0.0035921217511549622;
  private static final double T6 = -0.0014557754120478055;
  private static final double T7 = 0.0005896606577757043;
  private static final double T8 = -0.0002375906496055562;
  private static final double T9 = 9.257116129556769e-05;
  private static final double T10 = -3.12011014257974e-05;
  private static final double T11 = 6.485163482793113e-06;
  // eᶠ on |f| ≤ ln(2)/2 as a polynomial of degree 11: a Chebyshev fit by mpmath 1.3 (chebyfit, 60 digits, 12
  // nodes), maximum relative error 4.5e−18 (E_n ≈ 1/n!).
  private static final double E0 = 1.0;
  private static final double E1 = 1.0;
  private static final double E2 = 0.5000000000000019;
  private static final double E3 = 0.1666666666666668;
  private static final double E4 = 0.0416666666664881;
  private static final double E5 = 0.008333333333319601;
  private static final double E6 = 0.0013888888952314775;
  private static final double E7 = 0.00019841269890047113;
  private static final double E8 = 2.4801485482328494e-05;
  private static final double E9 = 2.755724091857897e-06;
  private static final double E10 = 2.763263963904103e-07;
  private static final double E11 = 2.5110037605963777e-08;
  /** ln 2 rounded to double; k · LN2_HI is subtracted exactly by fma. */
  private static final double LN2_HI = 0.6931471805599453;
  /** ln 2 − LN2_HI. */
  private static final double LN2_LO = 2.3190468138462996e-17;
  private static final double INV_LN2 = 1.4426950408889634;
  /** e^x rounds to 0 below −745.2 (half the smallest subnormal); exponent arguments are clamped here. */
  private static final double EXP_FLOOR = -746;
  /** √2 rounded to double: {@link #log1pUnit} halves u = 1 + e from here up. */
  private static final double SQRT2 = 1.4142135623730951;
  // 2/(2k + 1), k = 1 … 11: the Taylor coefficients of (2 atanh(s) − 2s)/s in s² (log1pUnit; |s| ≤ 0.1716, so the
  // first omitted term, 2/25 · s²⁵, is under 1e−19 of the result, about 2s).
  private static final double L1 = 2.0 / 3;
  private static final double L2 = 2.0 / 5;
  private static final double L3 = 2.0 / 7;
  private static final double L4 = 2.0 / 9;
  private static final double L5 = 2.0 / 11;
  private static final double L6 = 2.0 / 13;
  private static final double L7 = 2.0 / 15;
  private static final double L8 = 2.0 / 17;
  private static final double L9 = 2.0 / 19;
  private static final double L10 = 2.0 / 21;
  private static final double L11 = 2.0 / 23;

  private final String id;

  Activation(String id) {
    this.id = id;
  }

  /** The kebab-case name used in sweep files. */
  @JsonValue
  public String id() {
    return id;
  }

  /** True for the activations whose second derivative exists everywhere (all but ReLU). */
  public boolean isSmooth() {
    return this != RELU;
  }

  /**
   * Parses a kebab-case id.
   *
   * @throws ConfigException for field {@code activation}, naming the known ids
   */
  @JsonCreator
  public static Activation fromId(String id) {
    for (Activation activation : values()) {
      if (activation.id.equals(id)) {
        return activation;
      }
    }
    throw new ConfigException("activation", "one of tanh, softplus, sigmoid, relu", "'" + id + "'");
  }

  /** σ(x). */
  public double value(double x) {
    switch (this) {
      case TANH:
        return tanh(x);
      case SOFTPLUS:
        return softplus(x);
      case SIGMOID:
        return sigmoid(x);
      default:
        return Math.max(0.0, x);
    }
  }

  /** σ'(x). */
  public double derivative(double x) {
    switch (this) {
      case TANH: {
        double t = tanh(x);
        return 1 - t * t;
      }
      case SOFTPLUS:
        return sigmoid(x);
      case SIGMOID: {
        double s = sigmoid(x);
        return s * (1 - s);
      }
      default:
        return reluDerivative(x);
    }
  }

  /** σ''(x). */
  public double secondDerivative(double x) {
    switch (this) {
      case TANH: {
        double t = tanh(x);
        return -2 * t * (1 - t * t);
      }
      case SOFTPLUS: {
        double s = sigmoid(x);
        return s * (1 - s);
      }
      case SIGMOID: {
        double s = sigmoid(x);
        double d = s * (1 - s);
        return d * (1 - 2 * s);
      }
      default:
        return 0;
    }
  }

  /**
   * Replaces {@code values[0 .. count)} by σ(values) and, as asked, writes σ' into {@code d} and σ'' into
   * {@code dd}: the bits of {@link #value}, {@link #derivative} and {@link #secondDerivative} element by element, in
   * vector code for the smooth activations ({@link #tanh(double[], int, double[], double[], double[])},
   * {@link #sigmoid(double[], int, double[], double[])}, {@link #softplus(double[], int, double[], double[],
   * double[])}).
   *
   * @param d σ' when {@code first}, else scratch; at least {@code count} elements
   * @param dd σ'' when {@code second}, else scratch; at least {@code count} elements
   * @param scratch at least {@code count} elements (overwritten)
   * @param first whether to write σ'
   * @param second whether to write σ'' (only with {@code first})
   */
  void activate(double[] values, int count, double[] d, double[] dd, double[] scratch, boolean first,
      boolean second) {
    switch (this) {
      case TANH:
        tanh(values, count, d, dd, scratch);
        if (first) {
          for (int j = 0; j < count; j++) {
            d[j] = 1 - values[j] * values[j];
          }
          if (second) {
            for (int j = 0; j < count; j++) {
              dd[j] = -2 * values[j] * d[j];
            }
          }
        }
        break;
      case SIGMOID:
        sigmoid(values, count, d, dd);
        if (first) {
          for (int j = 0; j < count; j++) {
            d[j] = values[j] * (1 - values[j]);
          }
          if (second) {
            for (int j = 0; j < count; j++) {
              dd[j] = d[j] * (1 - 2 * values[j]);
            }
          }
        }
        break;
      case SOFTPLUS:
        softplus(values, count, d, dd, scratch); // d: sigmoid, softplus's σ'
        if (second) {
          for (int j = 0; j < count; j++) {
            dd[j] = d[j] * (1 - d[j]);
          }
        }
        break;
      default:
        for (int j = 0; j < count; j++) {
          double x = values[j];
          values[j] = Math.max(0.0, x);
          d[j] = reluDerivative(x);
          dd[j] = 0;
        }
        break;
    }
  }

  /**
   * ReLU's σ': 1 for x > 0 (the smallest subnormal included: x·2²⁰⁰⁰ ≥ 2⁹²⁶), 0 for x ≤ 0, NaN for NaN, as
   * arithmetic rather than a branch, which on pre-activations of random sign mispredicts half the time (a ReLU
   * gradient at depth 2 × batch 128 took 1 ms longer than a tanh one with the branch).
   */
  private static double reluDerivative(double x) {
    return Math.min(Math.max(x * 0x1p1000 * 0x1p1000, 0.0), 1.0);
  }

  /**
   * tanh from IEEE operations only. Below |x| = 0.625: x + x³ P(x²), P a degree-11 polynomial (the correction
   * is under 13% of x, so P's rounding is damped). From 0.625 to 22: 1 − 2/(e + 1), e = e^{2|x|} = 2ᵏ eᶠ with
   * k = rint(2|x|/ln 2), f = 2|x| − k ln 2 (exact by fma with a two-part ln 2) and eᶠ a degree-11 polynomial;
   * e's error is damped by the division. Measured: within 0.87 ulp of the correctly rounded tanh (mpmath, 30,000
   * points over both branches) and within 2 ulp of {@code StrictMath.tanh}, whose own error reaches 2 ulp
   * (at 0.2339…). Tiny arguments return x, saturated ones ±1, NaN stays NaN; about 5 ns against about 20 for
   * {@code StrictMath.expm1}.
   */
  public static double tanh(double x) {
    double a = Math.abs(x);
    if (!(a >= TANH_TINY)) {
      return x; // tiny, ±0 or NaN
    }
    if (a > TANH_SATURATION) {
      return Math.copySign(1.0, x);
    }
    double z;
    if (a < TANH_POLYNOMIAL_LIMIT) {
      z = smallTanh(a);
    } else {
      double r = 2 * a;
      double k = Math.rint(r * INV_LN2); // 1 … 64
      double e = expReduced(r, k) * Double.longBitsToDouble(((long) k + 1023) << 52); // · 2ᵏ, exact
      z = 1 - 2 / (e + 1);
    }
    return Math.copySign(z, x);
  }

  /** tanh(a) = a + a³ P(a²) for 0 ≤ a < {@value #TANH_POLYNOMIAL_LIMIT}; shared by the scalar and array forms. */
  private static double smallTanh(double a) {
    double s = a * a;
    double p = Math.fma(s, T11, T10);
    p = Math.fma(s, p, T9);
    p = Math.fma(s, p, T8);
    p = Math.fma(s, p, T7);
    p = Math.fma(s, p, T6);
    p = Math.fma(s, p, T5);
    p = Math.fma(s, p, T4);
    p = Math.fma(s, p, T3);
    p = Math.fma(s, p, T2);
    p = Math.fma(s, p, T1);
    p = Math.fma(s, p, T0);
    return Math.fma(a * s, p, a);
  }

  /**
   * e^f for f = r − k ln 2 (formed exactly by fma with a two-part ln 2), |f| ≤ ln 2 / 2: the degree-11 polynomial
   * the scalar and array forms share; the caller scales by 2ᵏ.
   */
  private static double expReduced(double r, double k) {
    double f = Math.fma(-k, LN2_HI, r);
    f = Math.fma(-k, LN2_LO, f);
    double q = Math.fma(f, E11, E10);
    q = Math.fma(f, q, E9);
    q = Math.fma(f, q, E8);
    q = Math.fma(f, q, E7);
    q = Math.fma(f, q, E6);
    q = Math.fma(f, q, E5);
    q = Math.fma(f, q, E4);
    q = Math.fma(f, q, E3);
    q = Math.fma(f, q, E2);
    q = Math.fma(f, q, E1);
    return Math.fma(f, q, E0);
  }

  /**
   * Replaces {@code values[0 .. count)} by their {@link #tanh(double)}, the same bits, without a branch per element:
   * three loops that C2 compiles to vector code (each polynomial for every element, and the pick, the division and
   * the sign as arithmetic) around one short scalar loop that scales eᶠ by 2ᵏ (exponent arithmetic, which Java 17's
   * auto-vectoriser does not compile to vector code). The pick is exact: with m = 1 for |x| below the polynomial
   * limit and 0 above it, m·small + (1 − m)·big is one of the two plus zero. The polynomial branch runs on
   * min(|x|, limit) and the exponential one on min(|x|, 22), so the unused one is finite and m·(unused) is zero;
   * tiny arguments need no branch either (the polynomial returns |x| exactly below 2⁻²⁸), nor does saturation
   * (1 − 2/(e⁴⁴ + 1) rounds to 1). The sign is a multiplication by ±1 (±0 for ±0, NaN for NaN), computed as
   * clamp(x·2²⁰⁰⁰, −1, 1), which reaches ±1 from the smallest subnormal up. A NaN argument is given back with its own
   * bits (a NaN through the arithmetic could come back with another sign or payload), by a scalar pass that runs only
   * when the scalar loop saw one.
   *
   * @param values the arguments, replaced by their tanh
   * @param count how many elements of {@code values} to replace
   * @param small scratch of at least {@code count} elements (overwritten)
   * @param exp scratch of at least {@code count} elements (overwritten)
   * @param k scratch of at least {@code count} elements (overwritten)
   */
  static void tanh(double[] values, int count, double[] small, double[] exp, double[] k) {
    for (int j = 0; j < count; j++) {
      small[j] = smallTanh(Math.min(Math.abs(values[j]), TANH_POLYNOMIAL_LIMIT));
    }
    for (int j = 0; j < count; j++) { // separate: with both polynomials in one loop, C2 gives up on vectorising it
      double r = 2 * Math.min(Math.abs(values[j]), TANH_SATURATION);
      double kj = Math.rint(r * INV_LN2);
      exp[j] = expReduced(r, kj);
      k[j] = kj;
    }
    boolean nan = false;
    for (int j = 0; j < count; j++) {
      double kj = k[j];
      nan |= kj != kj; // k is NaN exactly where x is
      exp[j] *= Double.longBitsToDouble(((long) kj + 1023) << 52); // 2ᵏ, k ≤ 64 (NaN: (long) NaN = 0)
    }
    if (nan) { // keep each NaN argument's own bits in k for the end
      for (int j = 0; j < count; j++) {
        if (k[j] != k[j]) {
          k[j] = values[j];
        }
      }
    }
    for (int j = 0; j < count; j++) {
      double x = values[j];
      double a = Math.abs(x);
      double big = 1 - 2 / (exp[j] + 1);
      double m = Math.min(Math.max((TANH_POLYNOMIAL_LIMIT - a) * 0x1p1000, 0.0), 1.0); // 1 below the limit, else 0
      double z = m * small[j] + (1 - m) * big;
      double sign = Math.max(Math.min(x * 0x1p1000 * 0x1p1000, 1.0), -1.0);
      values[j] = z * sign;
    }
    if (nan) { // NaN in gives that NaN back, sign and payload included, as the scalar form does
      for (int j = 0; j < count; j++) {
        if (k[j] != k[j]) {
          values[j] = k[j];
        }
      }
    }
  }

  /**
   * The logistic function: 1/(1 + e) for x ≥ 0 and e/(1 + e) below, from one e = e^(−|x|)
   * ({@link #expOfNegativeAbs(double)}) and a corrected division ({@link #quotient}), without overflow for either
   * sign; within 1 ulp of the correctly rounded value (tested against 50 digits). NaN gives that NaN back.
   */
  public static double sigmoid(double x) {
    if (x != x) {
      return x;
    }
    double e = expOfNegativeAbs(x);
    return quotient(x >= 0 ? 1 : e, e);
  }

  /**
   * n/(1 + e) for e in [0, 1], to within about half an ulp: 1 + e as an exact sum hi + lo, the quotient q = n/hi,
   * then one correction with its fma residual, so that neither the sum's nor the division's rounding is left (only
   * e's own, damped). Shared by the scalar and array forms.
   */
  private static double quotient(double n, double e) {
    double hi = 1 + e;
    double lo = (1 - hi) + e; // exact: e ≤ 1
    double q = n / hi;
    double residual = Math.fma(-q, hi, n) - q * lo;
    return q + residual / hi;
  }

  /**
   * log(1 + eˣ) = max(x, 0) + log(1 + e^(−|x|)), without overflow: e^(−|x|) from {@link #expOfNegativeAbs(double)},
   * the logarithm from {@link #log1pUnit(double)}; NaN gives that NaN back.
   */
  public static double softplus(double x) {
    if (x != x) {
      return x;
    }
    return Math.max(x, 0.0) + log1pUnit(expOfNegativeAbs(x));
  }

  /**
   * e^(−|x|) from IEEE operations: c = max(−|x|, −746) (below, the result rounds to 0), k = rint(c / ln 2), the
   * degree-11 polynomial of {@link #expReduced} on c − k ln 2, scaled by 2ᵏ in two exact-or-once-rounded steps
   * ({@link #timesPowerOfTwo}). NaN gives NaN. Shared by the scalar and array forms.
   */
  private static double expOfNegativeAbs(double x) {
    double c = Math.max(-Math.abs(x), EXP_FLOOR);
    double k = Math.rint(c * INV_LN2);
    return timesPowerOfTwo(expReduced(c, k), k);
  }

  /**
   * p · 2ᵏ for p in [0.7, 1.5] and an integer k in [−1077, 0], rounded once: p · 2^max(k, −1020) is normal, so
   * exact, and the second factor 2^(k − that) ∈ [2⁻⁵⁷, 1] rounds only a subnormal result. NaN k (from a NaN
   * argument) gives factors of 1 and p's NaN.
   */
  private static double timesPowerOfTwo(double p, double k) {
    double k1 = Math.max(k, -1020);
    return p * Double.longBitsToDouble(((long) k1 + 1023) << 52) * Double.longBitsToDouble(((long) (k - k1) + 1023)
        << 52);
  }

  /**
   * log(1 + e) for e in [0, 1] from IEEE operations, without a branch. u = 1 + e rounds; c = (e − (u − 1))/u is
   * that rounding's first-order effect (u − 1 and the difference are exact). u = 2ʲ m with j = 1 from √2 up, so
   * m ∈ [√½, √2) and f = m − 1 is exact; then, as in fdlibm's log1p, log(1 + f) = f − (f²/2 − s (f²/2 + R)) with
   * s = f/(2 + f) and R = Σ 2/(2k+1) s^2k (the Taylor series of 2 atanh s − 2s over s; |s| ≤ 0.1716, 11 terms),
   * so R's and s's rounding touch only a small correction to the exact f; and the result is j·ln 2 + log(1 + f)
   * + c with ln 2 in two parts. NaN gives NaN.
   */
  private static double log1pUnit(double e) {
    double u = 1 + e;
    double c = (e - (u - 1)) / u;
    double j = Math.min(Math.max((u - SQRT2) * 0x1p100, 0.0), 1.0); // 1 from √2 up, else 0
    double f = u * (1 - 0.5 * j) - 1;
    double s = f / (2 + f);
    double z = s * s;
    double r = Math.fma(z, L11, L10);
    r = Math.fma(z, r, L9);
    r = Math.fma(z, r, L8);
    r = Math.fma(z, r, L7);
    r = Math.fma(z, r, L6);
    r = Math.fma(z, r, L5);
    r = Math.fma(z, r, L4);
    r = Math.fma(z, r, L3);
    r = Math.fma(z, r, L2);
    r = Math.fma(z, r, L1) * z;
    double halfSquare = 0.5 * f * f;
    double log = f - (halfSquare - s * (halfSquare + r));
    return j * LN2_HI + (log + (j * LN2_LO + c));
  }

  /**
   * e[j] ← e^(−|values[j]|) for j &lt; count, the bits of {@link #expOfNegativeAbs(double)}: the reduction and the
   * polynomial in a loop C2 compiles to vector code, the 2ᵏ scaling (exponent arithmetic) in a scalar one. k[j] is
   * NaN exactly where values[j] is.
   *
   * @return whether some value was NaN
   */
  private static boolean expOfNegativeAbs(double[] values, int count, double[] e, double[] k) {
    for (int j = 0; j < count; j++) {
      double c = Math.max(-Math.abs(values[j]), EXP_FLOOR);
      double kj = Math.rint(c * INV_LN2);
      e[j] = expReduced(c, kj);
      k[j] = kj;
    }
    boolean nan = false;
    for (int j = 0; j < count; j++) {
      double kj = k[j];
      nan |= kj != kj;
      e[j] = timesPowerOfTwo(e[j], kj);
    }
    if (nan) { // keep each NaN argument's own bits in k, to give back at the end as the scalar forms do
      for (int j = 0; j < count; j++) {
        if (k[j] != k[j]) {
          k[j] = values[j];
        }
      }
    }
    return nan;
  }

  /**
   * out[j] ← sigmoid(values[j]), the bits of {@link #sigmoid(double)}, without a branch per element: with m = 1
   * for x ≥ 0 (−0 included) and 0 below, from clamp(x·2²⁰⁰⁰ + 1, 0, 1), the numerator m + (1 − m)·e is exactly 1 or
   * e (e is finite). {@code out} may be {@code values}.
   */
  private static void sigmoidOf(double[] values, double[] e, int count, double[] out) {
    for (int j = 0; j < count; j++) {
      double m = Math.min(Math.max(values[j] * 0x1p1000 * 0x1p1000 + 1, 0.0), 1.0);
      out[j] = quotient(m + (1 - m) * e[j], e[j]);
    }
  }

  /** Gives each NaN argument (kept in k by {@link #expOfNegativeAbs(double[], int, double[], double[])}) back. */
  private static void restoreNaNs(double[] out, double[] k, int count) {
    for (int j = 0; j < count; j++) {
      if (k[j] != k[j]) {
        out[j] = k[j];
      }
    }
  }

  /**
   * Replaces {@code values[0 .. count)} by their {@link #sigmoid(double)}, the same bits, in loops C2 compiles to
   * vector code but for the 2ᵏ scaling (see {@link #tanh(double[], int, double[], double[], double[])}).
   *
   * @param e scratch of at least {@code count} elements (overwritten)
   * @param k scratch of at least {@code count} elements (overwritten)
   */
  static void sigmoid(double[] values, int count, double[] e, double[] k) {
    boolean nan = expOfNegativeAbs(values, count, e, k);
    sigmoidOf(values, e, count, values);
    if (nan) {
      restoreNaNs(values, k, count);
    }
  }

  /**
   * Replaces {@code values[0 .. count)} by their {@link #softplus(double)} and writes their {@link #sigmoid(double)}
   * (softplus's derivative) into {@code sigmoid}, the scalar forms' bits, from one e^(−|x|) per element.
   *
   * @param sigmoid receives σ'(x) = sigmoid(x) (at least {@code count} elements)
   * @param e scratch of at least {@code count} elements (overwritten)
   * @param k scratch of at least {@code count} elements (overwritten)
   */
  static void softplus(double[] values, int count, double[] sigmoid, double[] e, double[] k) {
    boolean nan = expOfNegativeAbs(values, count, e, k);
    sigmoidOf(values, e, count, sigmoid);
    for (int j = 0; j < count; j++) {
      values[j] = Math.max(values[j], 0.0) + log1pUnit(e[j]);
    }
    if (nan) {
      restoreNaNs(values, k, count);
      restoreNaNs(sigmoid, k, count);
    }
  }

  @Override
  public String toString() {
    return id;
  }
}
