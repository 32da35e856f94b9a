package org.hesstrucks.model.mlp;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.util.List;
import org.hesstrucks.core.ConfigException;

/**
 * The MLP's block of a sweep file. The input width and the number of outputs come from the dataset (its feature
 * columns; its class count for cross-entropy, its target columns for MSE).
 *
 * <p>Every component is optional: {@code null} (or an omitted field) takes the stated default. Invalid values
 * throw {@link ConfigException} naming the field.
 *
 * @param depth the number of hidden layers; an integer ≥ 0 (0 is a linear model), default 2
 * @param width the hidden layers' widths: one value for all ({@code "width": 256}) or one per hidden layer
 *     ({@code "width": [256, 128]}); positive integers, default 64
 * @param activation the hidden layers' activation: tanh, softplus, sigmoid or relu; default tanh
 * @param loss cross-entropy (class labels) or mse (real targets); default cross-entropy
 * @param init weight initialisation drawn from the run seed: xavier or he; biases start at 0; default xavier
 * @param weightDecay λ ≥ 0: the objective adds (λ/2)‖θ‖² over all parameters, biases included (as PyTorch's
 *     optimizers' {@code weight_decay} does); held-out metrics do not include it; default 0
 * @param blasThreads the threads for the matrix products and element-wise passes, an integer ≥ 1, default 1: the
 *     model's own team (one per size and JVM); OpenBLAS itself is set to one thread (overriding
 *     {@code OPENBLAS_NUM_THREADS}), and the products are split over the team.
 * @param kernels auto (OpenBLAS when its native library loads, else Java loops), openblas or java; default auto
 */
public record MlpConfig(
    Integer depth,
    @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<Integer> width,
    Activation activation,
    Loss loss,
    Initialization init,
    Double weightDecay,
    Integer blasThreads,
    KernelChoice kernels) {

  public static final int DEFAULT_DEPTH = 2;
  public static final int DEFAULT_WIDTH = 64;
  public static final Activation DEFAULT_ACTIVATION = Activation.TANH;
  public static final Loss DEFAULT_LOSS = Loss.CROSS_ENTROPY;
  public static final Initialization DEFAULT_INIT = Initialization.XAVIER;
  public static final int DEFAULT_BLAS_THREADS = 1;

  public MlpConfig {
    if (depth == null) {
      depth = DEFAULT_DEPTH;
    } else if (depth < 0) {
      throw new ConfigException("depth", "an integer ≥ 0", depth);
    }
    width = width == null || width.isEmpty() ? List.of(DEFAULT_WIDTH) : List.copyOf(width);
    for (int i = 0; i < width.size(); i++) {
      if (width.get(i) == null || width.get(i) <= 0) {
        throw new ConfigException(width.size() == 1 ? "width" : "width[" + i + "]", "a positive integer",
            width.get(i));
      }
    }
    if (width.size() != 1 && width.size() != depth) {
      throw new ConfigException("width", "one value or one per hidden layer (depth " + depth + ")",
          width.size() + " values " + width);
    }
    activation = activation == null ? DEFAULT_ACTIVATION : activation;
    loss = loss == null ? DEFAULT_LOSS : loss;
    init = init == null ? DEFAULT_INIT : init;
    if (weightDecay == null) {
      weightDecay = 0.0;
    } else if (!(weightDecay >= 0) || Double.isInfinite(weightDecay)) {
      throw new ConfigException("weightDecay", "a finite number ≥ 0", weightDecay);
    }
    blasThreads = blasThreads == null ? DEFAULT_BLAS_THREADS
        : ConfigException.requirePositive("blasThreads", blasThreads.intValue());
    kernels = kernels == null ? KernelChoice.AUTO : kernels;
  }

  /** Every field at its default. */
  public static MlpConfig defaults() {
    return new MlpConfig(null, null, null, null, null, null, null, null);
  }

  /** The width of hidden layer {@code i} (0-based). */
  public int hiddenWidth(int i) {
    return width.size() == 1 ? width.get(0) : width.get(i);
  }

  /** This config with another depth and one width for every hidden layer. */
  public MlpConfig withShape(int newDepth, int newWidth) {
    return new MlpConfig(newDepth, List.of(newWidth), activation, loss, init, weightDecay, blasThreads, kernels);
  }

  /** This config with another activation. */
  public MlpConfig withActivation(Activation value) {
    return new MlpConfig(depth, width, value, loss, init, weightDecay, blasThreads, kernels);
  }

  /** This config with another loss. */
  public MlpConfig withLoss(Loss value) {
    return new MlpConfig(depth, width, activation, value, init, weightDecay, blasThreads, kernels);
  }

  /** This config with another initialisation. */
  public MlpConfig withInit(Initialization value) {
    return new MlpConfig(depth, width, activation, loss, value, weightDecay, blasThreads, kernels);
  }

  /** This config with another weight decay. */
  public MlpConfig withWeightDecay(double value) {
    return new MlpConfig(depth, width, activation, loss, init, value, blasThreads, kernels);
  }

  /** This config with other kernels. */
  public MlpConfig withKernels(KernelChoice value) {
    return new MlpConfig(depth, width, activation, loss, init, weightDecay, blasThreads, value);
  }
}
