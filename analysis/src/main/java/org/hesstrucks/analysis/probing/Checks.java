package org.hesstrucks.analysis.probing;

import java.util.ArrayList;
import java.util.List;
import org.hesstrucks.core.ConfigException;

/**
 * Checks that depend on the model: at validation ({@link #against}, for {@code ProbePlugin.check}) and again at
 * run time ({@link #eigenpairs}).
 */
public final class Checks {
  private Checks() {}

  /**
   * The problems of a probe config against a model: {@code k} (when not null) above {@code parameters}, and a
   * sample-count {@code batch} above {@code trainingSize}.
   *
   * @param k the eigenpairs the config asks for, or null when it asks for none
   * @param batch {@code "full"} or a sample count, as {@link ProbeBatches#validate} returns it
   */
  public static List<ConfigException> against(Integer k, Object batch, int parameters, int trainingSize) {
    List<ConfigException> problems = new ArrayList<>();
    if (k != null && k > parameters) {
      problems.add(new ConfigException("k", "at most " + parameters + ", the parameter count", k));
    }
    if (batch instanceof Integer size && size > trainingSize) {
      problems.add(new ConfigException("batch", "at most " + trainingSize + ", the training-set size", size));
    }
    return problems;
  }

  /**
   * @throws IllegalArgumentException "k: 12 eigenpairs requested, the model has 10 parameters"
   */
  public static void eigenpairs(int k, int dimension) {
    if (k > dimension) {
      throw new IllegalArgumentException("k: " + k + " eigenpairs requested, the model has " + dimension
          + " parameters");
    }
  }
}
