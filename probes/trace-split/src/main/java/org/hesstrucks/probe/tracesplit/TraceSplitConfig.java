package org.hesstrucks.probe.tracesplit;

import java.util.List;
import org.hesstrucks.analysis.probing.ProbeBatches;
import org.hesstrucks.core.ConfigException;

/**
 * Options of the {@code trace-split} probe.
 *
 * @param probes Rademacher probes N; default {@value #DEFAULT_PROBES}; costs 2N products
 * @param k when positive, also the k largest eigenvalues of H and of G, the principal angles between their
 *     top-k eigenspaces and N_eff; default 0 (traces only)
 * @param lanczosSteps Lanczos steps per operator when k > 0, ≥ k; default max(2k, k + 20); costs 2m more
 *     products
 * @param effectiveDimensionZ the z of N_eff(z) = Σ λᵢ/(λᵢ + z) over H's top k; each > 0; default none
 * @param batch {@code "full"} (default) or a sample count drawn once per run from its seed
 */
public record TraceSplitConfig(Integer probes, Integer k, Integer lanczosSteps, List<Double> effectiveDimensionZ,
    Object batch) {
  public static final int DEFAULT_PROBES = 20;

  public TraceSplitConfig {
    probes = probes == null ? DEFAULT_PROBES : ConfigException.requirePositive("probes", probes);
    k = k == null ? 0 : k;
    if (k < 0) {
      throw new ConfigException("k", "an integer ≥ 0", k);
    }
    lanczosSteps = lanczosSteps == null ? Math.max(2 * k, k + 20)
        : ConfigException.requirePositive("lanczosSteps", lanczosSteps);
    if (lanczosSteps < k) {
      throw new ConfigException("lanczosSteps", "an integer ≥ k = " + k, lanczosSteps);
    }
    effectiveDimensionZ = effectiveDimensionZ == null ? List.of() : List.copyOf(effectiveDimensionZ);
    for (int i = 0; i < effectiveDimensionZ.size(); i++) {
      ConfigException.requirePositive("effectiveDimensionZ[" + i + "]", effectiveDimensionZ.get(i));
    }
    if (!effectiveDimensionZ.isEmpty() && k == 0) {
      throw new ConfigException("effectiveDimensionZ", "no values unless k > 0 (N_eff uses H's top k)",
          effectiveDimensionZ);
    }
    batch = ProbeBatches.validate("batch", batch);
  }

  /** Traces only, on {@code probes} probes and the full training set. */
  public TraceSplitConfig(Integer probes, Object batch) {
    this(probes, null, null, null, batch);
  }

  /** Every default. */
  public static TraceSplitConfig defaults() {
    return new TraceSplitConfig(null, null, null, null, null);
  }
}
