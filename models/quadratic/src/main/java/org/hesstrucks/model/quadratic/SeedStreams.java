package org.hesstrucks.model.quadratic;

import java.util.Random;

/**
 * Independent random streams derived from one seed, one per purpose, so that (for example) the initial point
 * drawn from run seed 1 is not the minimiser drawn from instance seed 1. Each stream is a
 * {@link java.util.Random}, whose algorithm (including {@code nextGaussian}) is fully specified, so a seed gives
 * the same bits on every JVM.
 */
final class SeedStreams {
  /** The rotation Q, from the instance seed. */
  static final long ROTATION = 1;
  /** The minimiser x*, from the instance seed. */
  static final long MINIMIZER = 2;
  /** The initial parameters, from the run seed. */
  static final long INITIAL_PARAMETERS = 3;

  private SeedStreams() {}

  /** A generator for {@code stream} of {@code seed}. */
  static Random random(long seed, long stream) {
    return new Random(mix(mix(seed) + stream));
  }

  /** SplitMix64's finaliser: a bijection on longs that scatters nearby seeds. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
