package org.hesstrucks.model.benchfree;

import org.hesstrucks.model.Model;
import org.hesstrucks.model.ModelContext;
import org.hesstrucks.model.ModelPlugin;
import org.hesstrucks.objective.Batch;
import org.hesstrucks.objective.Objective;

/**
 * Model {@code bench-free}: a function without data of dimension 1 whose value (1) and gradient (1) cost
 * nothing, constant so that no stopping or divergence rule ends a cell. For measuring the harness's own cost
 * per iteration and per checkpoint.
 */
public final class BenchFreePlugin implements ModelPlugin<BenchFreePlugin.Config> {
  /** The plugin's id. */
  public static final String ID = "bench-free";

  /** No options. */
  public record Config() {}

  /** For ServiceLoader. */
  public BenchFreePlugin() {}

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Class<Config> configType() {
    return Config.class;
  }

  @Override
  public String description() {
    return "benchmark fixture: f = 1, ∇f = 1, in dimension 1, free";
  }

  @Override
  public Model create(Config config, ModelContext context) {
    return new FreeModel();
  }

  /** The one constant objective, shared by every batch. */
  private static final class FreeModel implements Model {
    private final Objective objective = new Objective() {
      @Override
      public int dimension() {
        return 1;
      }

      @Override
      public double value(double[] x) {
        return 1;
      }

      @Override
      public double valueAndGradient(double[] x, double[] gradientOut) {
        gradientOut[0] = 1;
        return 1;
      }
    };

    @Override
    public int dimension() {
      return 1;
    }

    @Override
    public int trainingSize() {
      return 1;
    }

    @Override
    public void initialParameters(long seed, double[] out) {
      out[0] = 0;
    }

    @Override
    public Objective objective(Batch batch) {
      return objective;
    }
  }
}
