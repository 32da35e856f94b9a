package org.hesstrucks.analysis.probing;

/** Run-time checks a config cannot make: they depend on the model's dimension. */
public final class Checks {
  private Checks() {}

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
