package org.hesstrucks.model.mlp;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.hesstrucks.core.ConfigException;
import org.hesstrucks.curvature.CurvatureMode;
import org.hesstrucks.model.Model;
import org.hesstrucks.model.ModelContext;
import org.hesstrucks.model.ModelPlugin;

/**
 * The {@code mlp} model plugin: a fully connected network (see {@link MlpConfig}) on the cell's dataset, which
 * it requires.
 */
public final class MlpPlugin implements ModelPlugin<MlpConfig> {
  /** The plugin's id in sweep files. */
  public static final String ID = "mlp";

  /** For {@link java.util.ServiceLoader}. */
  public MlpPlugin() {}

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Class<MlpConfig> configType() {
    return MlpConfig.class;
  }

  @Override
  public String description() {
    return "fully connected network: tanh/softplus/sigmoid/relu, cross-entropy or mse; exact gradients, exact "
        + "Hessian and Gauss-Newton products; OpenBLAS kernels";
  }

  /**
   * @throws ConfigException if the context has no dataset, or the dataset does not fit the loss
   */
  @Override
  public Model create(MlpConfig config, ModelContext context) {
    Objects.requireNonNull(config, "config");
    return new MlpModel(config, context.dataset().orElseThrow(() -> new ConfigException("dataset",
        "a dataset (the mlp model trains on data)", "none")));
  }

  @Override
  public boolean requiresDataset() {
    return true;
  }

  /** All four: exact, gauss-newton, forward-difference, central-difference, whatever the config. */
  @Override
  public Set<CurvatureMode> curvatureModes(MlpConfig config) {
    return EnumSet.allOf(CurvatureMode.class);
  }

  /**
   * Warnings for a sweep's validation: finite-difference curvature of a ReLU network crosses kinks, where the
   * difference quotient is not a Hessian product.
   */
  @Override
  public List<String> warnings(MlpConfig config, CurvatureMode mode) {
    if (config.activation() == Activation.RELU && mode.isFiniteDifference()) {
      return List.of("mlp: " + mode.id() + " curvature with relu: finite differences cross ReLU's kinks and do "
          + "not approximate a Hessian product there; use exact or gauss-newton");
    }
    return List.of();
  }

  /**
   * Warnings about the dense kernels this machine gives the model (its results record them under {@code blas}
   * either way): with {@code kernels: auto}, that OpenBLAS did not load and the model falls back to plain Java
   * loops; with OpenBLAS, that its dispatch will pick the generic kernels (no AVX on this CPU).
   */
  @Override
  public List<String> warnings(MlpConfig config) {
    if (config.kernels() == KernelChoice.JAVA) {
      return List.of();
    }
    String failure = OpenBlasKernels.loadFailure();
    return kernelWarnings(config.kernels(), failure, failure == null ? OpenBlasKernels.inferredCore() : null);
  }

  /**
   * {@link #warnings(MlpConfig)} from what it found: why OpenBLAS did not load (null when it did) and the kernel
   * family it picks here.
   */
  static List<String> kernelWarnings(KernelChoice choice, String loadFailure, String core) {
    if (choice == KernelChoice.JAVA) {
      return List.of();
    }
    if (loadFailure != null) {
      // kernels: openblas is refused when the model is created, naming the same failure.
      return choice == KernelChoice.AUTO ? List.of("mlp: OpenBLAS did not load (" + loadFailure + "): the model "
          + "runs on plain Java loops, about a third of OpenBLAS's speed on one core (set kernels: java to say "
          + "that is intended)") : List.of();
    }
    if (core.startsWith("generic")) {
      return List.of("mlp: OpenBLAS will use its generic kernels on this CPU (no AVX among its flags), a "
          + "fraction of its speed on an AVX2 or AVX-512 machine");
    }
    return List.of();
  }
}
