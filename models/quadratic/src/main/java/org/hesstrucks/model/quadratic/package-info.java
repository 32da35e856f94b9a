/**
 * The quadratic model plugin: f(x) = ½ xᵀAx − bᵀx with A = Q diag(λ) Qᵀ, where the eigenvalues λ are laid out
 * deterministically over [1/κ, 1] ({@link org.hesstrucks.model.quadratic.Spectrum}), the orthogonal Q is a
 * Haar-random dense matrix, a product of a few Householder reflectors, or the identity
 * ({@link org.hesstrucks.model.quadratic.Rotation}), and b = A x* for a Gaussian minimiser x*, so the optimum,
 * the optimal value and the whole spectrum are known exactly. {@link org.hesstrucks.model.quadratic.QuadraticConfig}
 * is the plugin's config record, {@link org.hesstrucks.model.quadratic.QuadraticPlugin} its
 * {@link java.util.ServiceLoader} entry point, and {@link org.hesstrucks.model.quadratic.QuadraticModel} the
 * model, whose accessors (eigenvalues, eigenvectors, minimiser, Hessian products) other modules may use as
 * ground truth for optimizers, Lanczos and trace estimators.
 */
package org.hesstrucks.model.quadratic;
