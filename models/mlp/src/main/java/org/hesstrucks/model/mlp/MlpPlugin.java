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
}
