package org.hesstrucks.analysis;

import java.util.SplittableRandom;

/** Random ±1 vectors, the probes of Hutchinson's estimator and the starts of stochastic Lanczos quadrature. */
public final class Rademacher {
  private Rademacher() {}

  /**
   * Fills {@code out} with independent ±1 entries drawn from {@code random}.
   *
   * @param out modified
   */
  public static void fill(SplittableRandom random, double[] out) {
    for (int i = 0; i < out.length; i++) {
      out[i] = random.nextBoolean() ? 1.0 : -1.0;
    }
  }
}
