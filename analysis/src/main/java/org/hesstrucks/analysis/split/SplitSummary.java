package org.hesstrucks.analysis.split;

import org.hesstrucks.analysis.spectrum.EffectiveDimension;
import org.hesstrucks.analysis.spectrum.Eigenpairs;
import org.hesstrucks.analysis.spectrum.Lanczos;
import org.hesstrucks.analysis.spectrum.PrincipalAngles;
import org.hesstrucks.analysis.spectrum.Which;
import org.hesstrucks.analysis.trace.Hutchinson;
import org.hesstrucks.analysis.trace.TraceEstimate;
import org.hesstrucks.curvature.CurvatureOperator;

/**
 * The H = G + S split summary.
 *
 * @param traceH tr(H) by Hutchinson
 * @param traceG tr(G) on the same probes
 * @param traceS tr(S) = tr(H − G) by paired differences
 * @param topH the k largest eigenvalues of H, descending
 * @param topG the k largest eigenvalues of G, descending
 * @param angles principal angles (radians, ascending) between the two top-k eigenspaces
 * @param effectiveDimension N_eff(z) of H's top eigenvalues, one per entry of the z list given
 * @param products operator products: 2 · probes + 2 · steps (fewer after a Lanczos breakdown)
 */
public record SplitSummary(TraceEstimate traceH, TraceEstimate traceG, TraceEstimate traceS, double[] topH,
    double[] topG, double[] angles, double[] effectiveDimension, long products) {

  /**
   * Computes the summary.
   *
   * @param h the Hessian
   * @param g the Gauss-Newton matrix, same dimension
   * @param k eigenvalues per operator ≥ 1
   * @param steps Lanczos steps per operator ≥ k
   * @param probes Hutchinson probes ≥ 1
   * @param z the N_eff arguments, each > 0
   * @param seed fixes probes and Lanczos starts
   */
  public static SplitSummary compute(CurvatureOperator h, CurvatureOperator g, int k, int steps, int probes,
      double[] z, long seed) {
    if (steps < k) {
      throw new IllegalArgumentException("Lanczos steps " + steps + " must be at least k = " + k);
    }
    Hutchinson.Paired traces = Hutchinson.paired(h, g, probes, seed);
    Lanczos lh = Lanczos.run(h, steps, seed + 1);
    Lanczos lg = Lanczos.run(g, steps, seed + 2);
    Eigenpairs eh = lh.eigenpairs(Which.LARGEST, k);
    Eigenpairs eg = lg.eigenpairs(Which.LARGEST, k);
    double[] nEff = new double[z.length];
    for (int i = 0; i < z.length; i++) {
      nEff[i] = EffectiveDimension.of(eh.values(), z[i]);
    }
    return new SplitSummary(traces.first(), traces.second(), traces.difference(), eh.values(), eg.values(),
        PrincipalAngles.between(eh.vectors(), eg.vectors()), nEff,
        traces.products() + lh.steps() + lg.steps());
  }
}
