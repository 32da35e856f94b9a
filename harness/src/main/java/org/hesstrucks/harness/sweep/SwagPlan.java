package org.hesstrucks.harness.sweep;

/**
 * SWA/SWAG as one cell runs it, resolved from {@link SwagSettings}: it travels in the cell's ticket and is part
 * of the cell's key. Snapshots are taken after iterations t = start, start + every, start + 2·every, ….
 *
 * @param start the first snapshot's iteration, ≥ 1
 * @param every iterations between snapshots, ≥ 1
 * @param rank K, the deviations kept
 * @param samples S, the SWAG samples of the predictive average
 * @param scale SWAG's covariance scale
 * @param topK the Hessian eigenspace size for the overlap (0: no overlap)
 * @param probeBatch {@code "full"} or a sample count, for the Hessian products
 * @param nullSpaceK the Gauss-Newton eigenpairs for the null-space share (0: none)
 * @param nullSpaceBatch {@code "full"} or a sample count, for the Gauss-Newton products
 * @param nullSpaceTolerance the relative rank tolerance on G's eigenvalues
 */
public record SwagPlan(long start, int every, int rank, int samples, double scale, int topK, Object probeBatch,
    int nullSpaceK, Object nullSpaceBatch, double nullSpaceTolerance) {
  /** True when a snapshot is due after iteration {@code t}. */
  public boolean due(long t) {
    return t >= start && (t - start) % every == 0;
  }

  /** The snapshots taken within {@code iterations} iterations. */
  public long snapshotsWithin(long iterations) {
    return iterations < start ? 0 : (iterations - start) / every + 1;
  }
}
