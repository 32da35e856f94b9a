package org.hesstrucks.model.quadratic;

import java.util.Objects;
import java.util.Set;
import org.hesstrucks.curvature.CurvatureMode;
import org.hesstrucks.model.Model;
import org.hesstrucks.model.ModelContext;
import org.hesstrucks.model.ModelPlugin;

/**
 * The {@code quadratic} model plugin: convex quadratics with a chosen spectrum and rotation and a known
 * minimiser (see {@link QuadraticConfig}). Needs no dataset; a dataset in the context is ignored.
 */
public final class QuadraticPlugin implements ModelPlugin<QuadraticConfig> {
  /** The plugin's id in sweep files. */
  public static final String ID = "quadratic";

  /** For {@link java.util.ServiceLoader}. */
  public QuadraticPlugin() {}

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Class<QuadraticConfig> configType() {
    return QuadraticConfig.class;
  }

  @Override
  public String description() {
    return "convex quadratic ½xᵀAx − bᵀx: eigenvalues over [1/κ, 1], dense/Householder/no rotation, known minimiser";
  }

  @Override
  public Model create(QuadraticConfig config, ModelContext context) {
    return new QuadraticModel(Objects.requireNonNull(config, "config"));
  }

  @Override
  public boolean requiresDataset() {
    return false;
  }

  @Override
  public Set<CurvatureMode> curvatureModes(QuadraticConfig config) {
    return QuadraticObjective.MODES;
  }
}
