/**
 * The {@code mlp} model plugin: a fully connected network on a dataset's training split, with parameters in
 * PyTorch's {@code nn.Linear} layout, exact gradients by back-propagation, exact Hessian-vector products by
 * Pearlmutter's R-operator and Gauss-Newton products Jᵀ H_L J v from a {@link
 * org.hesstrucks.curvature.CurvatureOperator} that caches the activations and deltas of one point and batch.
 * Dense products run through OpenBLAS ({@code org.bytedeco:openblas}) on off-heap workspaces when its native
 * library loads, else through plain Java loops ({@link org.hesstrucks.model.mlp.Kernels}); activations use only
 * IEEE-reproducible operations ({@link org.hesstrucks.model.mlp.Activation}) so results are bit-for-bit the
 * same from run to run.
 */
package org.hesstrucks.model.mlp;
