package org.hesstrucks.testkit;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.hesstrucks.core.ConfigException;
import org.hesstrucks.curvature.CurvatureMode;
import org.hesstrucks.curvature.CurvatureOperator;
import org.hesstrucks.dataset.DataSplit;
import org.hesstrucks.dataset.Dataset;
import org.hesstrucks.model.HeldOutPredictions;
import org.hesstrucks.model.Model;
import org.hesstrucks.model.ModelContext;
import org.hesstrucks.model.ModelPlugin;
import org.hesstrucks.objective.Batch;
import org.hesstrucks.objective.Objective;

/**
 * A model on data for {@link ModelContract}'s own tests: L2-regularised softmax regression (weights [class][input],
 * then biases; mean cross-entropy over the batch plus (λ/2)‖θ‖²) with exact Hessian products, held-out metrics and
 * predictions. {@code defect} breaks one promise on purpose: "sample-count" (the objective keeps the default
 * sampleCount() of 1), "sum" (loss and gradient summed over the batch), "predictions" (held-out predictions scored
 * with another loss).
 */
public final class ContractSoftmaxPlugin implements ModelPlugin<ContractSoftmaxPlugin.Config> {
  /** @param l2 λ, default 0.01; @param defect see the class comment, or null */
  public record Config(Double l2, String defect) {
    public Config {
      l2 = l2 == null ? 0.01 : l2;
    }
  }

  @Override
  public String id() {
    return "contract-softmax";
  }

  @Override
  public Class<Config> configType() {
    return Config.class;
  }

  @Override
  public boolean requiresDataset() {
    return true;
  }

  @Override
  public Set<CurvatureMode> curvatureModes(Config config) {
    return EnumSet.allOf(CurvatureMode.class);
  }

  @Override
  public Model create(Config config, ModelContext context) {
    Dataset data = context.dataset().orElseThrow(() -> new ConfigException("dataset", "a classification dataset",
        "no dataset"));
    if (data.classes() < 2) {
      throw new ConfigException("dataset", "a classification dataset", "a regression dataset");
    }
    return new Softmax(config, data);
  }

  private static final class Softmax implements Model {
    private final Config config;
    private final DataSplit train;
    private final DataSplit test;
    private final int classes;
    private final int inputs;

    Softmax(Config config, Dataset data) {
      this.config = config;
      this.train = data.train();
      this.test = data.test();
      this.classes = data.classes();
      this.inputs = train.columns();
    }

    @Override
    public int dimension() {
      return classes * (inputs + 1);
    }

    @Override
    public int trainingSize() {
      return train.rows();
    }

    @Override
    public void initialParameters(long seed, double[] out) {
      Random random = new Random(seed);
      for (int i = 0; i < out.length; i++) {
        out[i] = 0.3 * random.nextGaussian();
      }
    }

    @Override
    public Objective objective(Batch batch) {
      boolean counted = !"sample-count".equals(config.defect());
      return counted ? new Loss(batch) : new Loss(batch) {
        @Override
        public int sampleCount() {
          return 1;
        }
      };
    }

    /** Class probabilities of row r of {@code split} at x into p. */
    private void probabilities(double[] x, DataSplit split, int r, double[] p) {
      double max = Double.NEGATIVE_INFINITY;
      for (int c = 0; c < classes; c++) {
        double z = x[classes * inputs + c];
        for (int j = 0; j < inputs; j++) {
          z += x[c * inputs + j] * split.features()[r * inputs + j];
        }
        p[c] = z;
        max = Math.max(max, z);
      }
      double sum = 0;
      for (int c = 0; c < classes; c++) {
        p[c] = Math.exp(p[c] - max);
        sum += p[c];
      }
      for (int c = 0; c < classes; c++) {
        p[c] /= sum;
      }
    }

    @Override
    public Map<String, Double> heldOutMetrics(double[] x) {
      double[] p = new double[test.rows() * classes];
      predict(x, p);
      return score(p, false);
    }

    private void predict(double[] x, double[] out) {
      double[] p = new double[classes];
      for (int r = 0; r < test.rows(); r++) {
        probabilities(x, test, r, p);
        System.arraycopy(p, 0, out, r * classes, classes);
      }
    }

    private Map<String, Double> score(double[] p, boolean defective) {
      double loss = 0;
      int hits = 0;
      for (int r = 0; r < test.rows(); r++) {
        int y = test.labels()[r];
        loss -= defective ? Math.log10(p[r * classes + y]) : Math.log(p[r * classes + y]);
        int best = 0;
        for (int c = 1; c < classes; c++) {
          best = p[r * classes + c] > p[r * classes + best] ? c : best;
        }
        hits += best == y ? 1 : 0;
      }
      Map<String, Double> metrics = new LinkedHashMap<>();
      metrics.put("loss", loss / test.rows());
      metrics.put("accuracy", (double) hits / test.rows());
      return metrics;
    }

    @Override
    public Optional<HeldOutPredictions> heldOutPredictions() {
      boolean defective = "predictions".equals(config.defect());
      return Optional.of(new HeldOutPredictions() {
        @Override
        public int width() {
          return test.rows() * classes;
        }

        @Override
        public void predict(double[] x, double[] out) {
          Softmax.this.predict(x, out);
        }

        @Override
        public Map<String, Double> metrics(double[] predictions) {
          return score(predictions, defective);
        }
      });
    }

    private class Loss implements Objective {
      private final Batch batch;
      private final double weight;

      Loss(Batch batch) {
        this.batch = batch;
        this.weight = "sum".equals(config.defect()) ? 1 : 1.0 / batch.size();
      }

      @Override
      public int dimension() {
        return Softmax.this.dimension();
      }

      @Override
      public int sampleCount() {
        return batch.size();
      }

      @Override
      public double value(double[] x) {
        return valueAndGradient(x, new double[x.length]);
      }

      @Override
      public double valueAndGradient(double[] x, double[] g) {
        double lambda = config.l2();
        double loss = 0;
        for (int i = 0; i < x.length; i++) {
          loss += 0.5 * lambda * x[i] * x[i];
          g[i] = lambda * x[i];
        }
        double[] p = new double[classes];
        for (int b = 0; b < batch.size(); b++) {
          int r = batch.isFull() ? b : batch.index(b);
          probabilities(x, train, r, p);
          int y = train.labels()[r];
          loss -= weight * Math.log(p[y]);
          for (int c = 0; c < classes; c++) {
            double d = weight * (p[c] - (c == y ? 1 : 0));
            g[classes * inputs + c] += d;
            for (int j = 0; j < inputs; j++) {
              g[c * inputs + j] += d * train.features()[r * inputs + j];
            }
          }
        }
        return loss;
      }

      @Override
      public Set<CurvatureMode> curvatureModes() {
        return EnumSet.allOf(CurvatureMode.class);
      }

      @Override
      public CurvatureOperator curvatureAt(double[] x, double[] gradientAtX, CurvatureMode mode) {
        if (mode.isFiniteDifference()) {
          return Objective.super.curvatureAt(x, gradientAtX, mode);
        }
        double[] point = x.clone();
        return new CurvatureOperator() {
          @Override
          public int dimension() {
            return point.length;
          }

          @Override
          public CurvatureMode mode() {
            return mode;
          }

          /** Linear logits: the Hessian is the Gauss-Newton matrix Jᵀ (diag p − p pᵀ) J, plus λ. */
          @Override
          public void apply(double[] v, double[] out) {
            for (int i = 0; i < out.length; i++) {
              out[i] = config.l2() * v[i];
            }
            double[] p = new double[classes];
            double[] u = new double[classes];
            for (int b = 0; b < batch.size(); b++) {
              int r = batch.isFull() ? b : batch.index(b);
              probabilities(point, train, r, p);
              double pu = 0;
              for (int c = 0; c < classes; c++) {
                double s = v[classes * inputs + c];
                for (int j = 0; j < inputs; j++) {
                  s += v[c * inputs + j] * train.features()[r * inputs + j];
                }
                u[c] = s;
                pu += p[c] * s;
              }
              for (int c = 0; c < classes; c++) {
                double d = weight * p[c] * (u[c] - pu);
                out[classes * inputs + c] += d;
                for (int j = 0; j < inputs; j++) {
                  out[c * inputs + j] += d * train.features()[r * inputs + j];
                }
              }
            }
          }
        };
      }
    }
  }
}
