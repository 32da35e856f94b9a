package org.hesstrucks.model.mlp;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.hesstrucks.core.ConfigException;

/**
 * The hidden layers' activation σ, with its first and second derivatives, computed from IEEE-reproducible
 * operations only ({@code StrictMath.expm1}, {@code StrictMath.exp}, {@code StrictMath.log1p}, + − × ÷): the
 * same bits in the interpreter and in compiled code, on every JVM, unlike {@code Math.tanh}, whose intrinsic
 * may differ from its fallback and costs about 22 ns. Within 2 ulp of {@code StrictMath.tanh} (tanh) and of the
 * textbook formulas in {@code StrictMath} (sigmoid, softplus); NaN gives NaN, ±∞ the limits.
 *
 * <p>Spelled in kebab-case in sweep files.
 */
public enum Activation {
  /** tanh from expm1 (see {@link #tanh(double)}); σ' = 1 − σ², σ'' = −2σσ'. */
  TANH("tanh"),
  /**
   * softplus(x) = log(1 + eˣ), computed as max(x, 0) + log1p(e^(−|x|)); σ' = sigmoid(x), σ'' =
   * σ'(1 − σ'). Unlike PyTorch's {@code F.softplus}, no linear cut-off above 20.
   */
  SOFTPLUS("softplus"),
  /** sigmoid(x) = 1 / (1 + e⁻ˣ) (eˣ / (1 + eˣ) for x < 0, from one e^(−|x|)); σ' = σ(1 − σ), σ'' = σ'(1 − 2σ). */
  SIGMOID("sigmoid"),
  /**
   * ReLU max(0, x); σ' = 1 for x > 0, else 0; σ'' = 0. Not differentiable at 0: finite-difference curvature
   * crosses kinks and is unreliable with it.
   */
  RELU("relu");

  /** Below this |x|, tanh(x) rounds to x (the cubic term is under half an ulp). */
  private static final double TANH_TINY = 0x1p-28;
  /** Above this |x|, tanh(x) rounds to ±1 (1 − tanh(22) ≈ 1.6e−19 &lt; ulp(1)/2). */
  private static final double TANH_SATURATION = 22;

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
        return x > 0 ? 1 : 0;
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
   * tanh from {@code StrictMath.expm1}, by the classic two-branch formula (the one fdlibm's tanh uses, so the
   * result matches {@code StrictMath.tanh}): below 1, −t/(t + 2) with t = expm1(−2|x|); from 1, 1 − 2/(t + 2) with
   * t = expm1(2|x|). Tiny arguments return x, saturated ones ±1, NaN stays NaN.
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
    if (a < 1) {
      double t = StrictMath.expm1(-2 * a);
      z = -t / (t + 2);
    } else {
      double t = StrictMath.expm1(2 * a);
      z = 1 - 2 / (t + 2);
    }
    return Math.copySign(z, x);
  }

  /** The logistic function from {@code StrictMath.exp(−|x|)}, without overflow for either sign. */
  public static double sigmoid(double x) {
    double e = StrictMath.exp(-Math.abs(x)); // NaN stays NaN
    return x >= 0 ? 1 / (1 + e) : e / (1 + e);
  }

  /** log(1 + eˣ) = max(x, 0) + log1p(e^(−|x|)), from {@code StrictMath}, without overflow. */
  public static double softplus(double x) {
    double e = StrictMath.exp(-Math.abs(x)); // NaN stays NaN
    return x >= 0 ? x + StrictMath.log1p(e) : StrictMath.log1p(e);
  }

  @Override
  public String toString() {
    return id;
  }
}
