package org.hesstrucks.analysis.spectrum;

import org.hesstrucks.analysis.dense.Orthonormal;

/**
 * How much of a set of vectors' energy lies in a subspace: Σᵢ ‖P dᵢ‖² / Σᵢ ‖dᵢ‖² with P the orthogonal
 * projector onto span(V) (V orthonormalised by Gram–Schmidt twice first). With V the top eigenvectors of the
 * Gauss-Newton matrix G above the rank tolerance (its numerical range) and dᵢ the columns of SWAG's
 * deviation matrix, one minus this share is the share of SWAG's deviation energy in G's near-null space (the
 * draft's "null space of p − n directions"). When V holds only G's top k eigenvectors and G's numerical rank
 * exceeds k, that null-space share is an upper bound.
 */
public final class SubspaceEnergy {
  private SubspaceEnergy() {}

  /**
   * @param basis rows spanning the subspace; not modified
   * @param vectors the vectors dᵢ (rows); not modified
   * @return the share in [0, 1]; 0 when every vector is zero
   */
  public static double share(double[][] basis, double[][] vectors) {
    double[][] q = Orthonormal.basis(basis, PrincipalAngles.DEPENDENT);
    double inside = 0;
    double total = 0;
    for (double[] d : vectors) {
      double norm = Orthonormal.norm(d);
      total += norm * norm;
      for (double[] column : q) {
        double c = Orthonormal.dot(column, d);
        inside += c * c;
      }
    }
    return total == 0 ? 0 : Math.min(1, inside / total);
  }

  /**
   * The share of the vectors' energy outside the span of the eigenvectors whose eigenvalues exceed
   * {@code tolerance} × the largest |λ| (the near-null space of the operator those pairs came from).
   *
   * @param pairs eigenpairs, e.g. the top k of G from Lanczos
   * @param vectors the vectors dᵢ (rows); not modified
   * @param tolerance relative, as in {@link NumericalRank}
   */
  public static double nearNullShare(Eigenpairs pairs, double[][] vectors, double tolerance) {
    int rank = NumericalRank.of(pairs.values(), tolerance);
    double max = 0;
    for (double v : pairs.values()) {
      max = Math.max(max, Math.abs(v));
    }
    double[][] range = new double[rank][];
    int at = 0;
    for (int i = 0; i < pairs.count() && at < rank; i++) {
      if (Math.abs(pairs.values()[i]) > tolerance * max) {
        range[at++] = pairs.vectors()[i];
      }
    }
    return 1 - share(range, vectors);
  }
}
