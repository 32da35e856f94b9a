package org.hesstrucks.model.mlp;

import java.util.Arrays;
import org.hesstrucks.dataset.DataSplit;
import org.hesstrucks.objective.Batch;

/**
 * Everything one evaluation of the network on up to {@code capacity} samples writes, allocated once (off-heap
 * for OpenBLAS), and the passes that write it: the forward pass, back-propagation, and the forward and backward
 * R-passes of Hessian-vector and Gauss-Newton products.
 *
 * <p>Notation (row-major, one row per sample): A_0 = X; Z_l = A_{l−1} W_lᵀ + b_l; A_l = σ(Z_l) for hidden l;
 * Z_L are the outputs. δ_l = ∂loss/∂Z_l; dA_l = δ_{l+1} W_{l+1} = ∂loss/∂A_l. R{·} is the directional
 * derivative along the parameter direction v (Pearlmutter 1994). Not thread-safe; no allocation after
 * construction.
 */
final class Workspace {
  /** Elements per run of the staged element-wise loops (16 KB per array: stays in L1). */
  private static final int SCRATCH = 2048;

  /** What {@link #forward} records besides the outputs. */
  enum Pass {
    /** Outputs and loss only. */
    VALUE,
    /** Also σ' for back-propagation. */
    GRADIENT,
    /** Also σ'' for exact Hessian products. */
    CURVATURE
  }

  private final Architecture net;
  private final Kernels kernels;
  private final Activation activation;
  private final Loss loss;
  private final int capacity;
  private final int layers;

  private final Block params;
  private final Block[] weights;
  private final Block[] biases;
  private final Block gradient;
  private final Block[] weightGradients;
  private final Block[] biasGradients;
  private final Block direction;
  private final Block[] weightDirections;
  private final Block[] biasDirections;
  private final Block product;
  private final Block[] weightProducts;
  private final Block[] biasProducts;

  /** act[0] = X; act[l] = A_l for hidden l; act[L] = Z_L. */
  private final Block[] act;
  private final Block[] firstDerivative;
  private final Block[] secondDerivative;
  private final Block[] delta;
  private final Block[] upstream;
  private final Block[] rPre;
  private final Block[] rAct;
  private final Block[] rDelta;
  private final Block[] rUpstream;
  /** Softmax probabilities (cross-entropy) or residuals Z_L − T (mse), rows × outputs. */
  private final double[] outputCache;
  private final int[] labels;
  private final double[] targets;
  /**
   * Heap staging for the element-wise loops, four arrays per thread of the team: blocks are copied in and out
   * (memory copies) in runs of {@link #SCRATCH}, so the loops run on {@code double[]}s, which C2 compiles to tight
   * (often vector) code.
   */
  private final double[][][] scratch;
  /** The threads the element-wise passes are split over (the products are split by the kernels). */
  private final Team team;
  /** The element-wise pass the team runs next (reused: no allocation per pass). */
  private final Elementwise elementwise = new Elementwise();
  /** Per chunk of {@link #SCRATCH} parameters: its sum of squares ({@link #sumOfSquares}). */
  private final double[] chunkSums;
  /** capacity ones: bias rows and column sums as matrix products with a ones vector. */
  private final Block ones;

  private int rows;
  /** The objective whose batch is loaded in act[0], labels and targets, or null. */
  private Object loadedFor;
  /** Which chunk of {@link #loadedFor}'s samples is loaded. */
  private int loadedChunk;
  /** Counts loads, parameter changes and forward passes, so a curvature operator sees when its cached pass was overwritten. */
  private long stamp;

  Workspace(Architecture net, Kernels kernels, Team team, Activation activation, Loss loss, int capacity) {
    this.net = net;
    this.team = team;
    this.scratch = new double[team.size()][4][SCRATCH];
    this.chunkSums = new double[(net.dimension() + SCRATCH - 1) / SCRATCH];
    this.kernels = kernels;
    this.activation = activation;
    this.loss = loss;
    this.capacity = capacity;
    this.layers = net.layers();
    int n = net.dimension();
    this.params = kernels.allocate(n);
    this.gradient = kernels.allocate(n);
    this.direction = kernels.allocate(n);
    this.product = kernels.allocate(n);
    this.weights = new Block[layers + 1];
    this.biases = new Block[layers + 1];
    this.weightGradients = new Block[layers + 1];
    this.biasGradients = new Block[layers + 1];
    this.weightDirections = new Block[layers + 1];
    this.biasDirections = new Block[layers + 1];
    this.weightProducts = new Block[layers + 1];
    this.biasProducts = new Block[layers + 1];
    for (int l = 1; l <= layers; l++) {
      int wo = net.weightOffset(l);
      int wn = net.size(l) * net.size(l - 1);
      int bo = net.biasOffset(l);
      int bn = net.size(l);
      weights[l] = params.view(wo, wn);
      biases[l] = params.view(bo, bn);
      weightGradients[l] = gradient.view(wo, wn);
      biasGradients[l] = gradient.view(bo, bn);
      weightDirections[l] = direction.view(wo, wn);
      biasDirections[l] = direction.view(bo, bn);
      weightProducts[l] = product.view(wo, wn);
      biasProducts[l] = product.view(bo, bn);
    }
    this.act = new Block[layers + 1];
    this.firstDerivative = new Block[layers + 1];
    this.secondDerivative = new Block[layers + 1];
    this.delta = new Block[layers + 1];
    this.upstream = new Block[layers + 1];
    this.rPre = new Block[layers + 1];
    this.rAct = new Block[layers + 1];
    this.rDelta = new Block[layers + 1];
    this.rUpstream = new Block[layers + 1];
    for (int l = 0; l <= layers; l++) {
      int size = capacity * net.size(l);
      act[l] = kernels.allocate(size);
      if (l >= 1) {
        delta[l] = kernels.allocate(size);
        rPre[l] = kernels.allocate(size);
        rDelta[l] = kernels.allocate(size);
      }
      if (l >= 1 && l < layers) {
        firstDerivative[l] = kernels.allocate(size);
        secondDerivative[l] = kernels.allocate(size);
        upstream[l] = kernels.allocate(size);
        rAct[l] = kernels.allocate(size);
        rUpstream[l] = kernels.allocate(size);
      }
    }
    this.ones = kernels.allocate(capacity);
    for (int i = 0; i < capacity; i++) {
      ones.set(i, 1.0);
    }
    int outputs = net.size(layers);
    this.outputCache = new double[capacity * outputs];
    this.labels = new int[capacity];
    this.targets = new double[capacity * outputs];
  }

  int capacity() {
    return capacity;
  }

  int rows() {
    return rows;
  }

  long stamp() {
    return stamp;
  }

  /** True when chunk {@code chunk} of {@code owner}'s samples is the one now in this workspace. */
  boolean isLoaded(Object owner, int chunk) {
    return loadedFor == owner && loadedChunk == chunk;
  }

  /**
   * Gathers {@code count} samples into X and the labels or targets: positions [first, first + count) of
   * {@code batch} (indices into {@code split}), or rows [first, first + count) of {@code split} when
   * {@code batch} is null.
   *
   * @param owner and {@code chunk} are remembered, so {@link #isLoaded} can skip gathering again
   */
  void load(Object owner, int chunk, DataSplit split, Batch batch, int first, int count) {
    if (count > capacity) {
      throw new IllegalArgumentException("a chunk of " + count + " in a workspace for " + capacity);
    }
    int in = net.size(0);
    int outputs = net.size(layers);
    Block x = act[0];
    double[] features = split.features();
    for (int i = 0; i < count; i++) {
      int row = batch == null ? first + i : batch.index(first + i);
      int from = row * in;
      int to = i * in;
      for (int j = 0; j < in; j++) {
        x.set(to + j, features[from + j]);
      }
      if (split.labels() != null) {
        labels[i] = split.labels()[row];
      } else {
        System.arraycopy(split.targets(), row * outputs, targets, i * outputs, outputs);
      }
    }
    rows = count;
    loadedFor = owner;
    loadedChunk = chunk;
    stamp++;
  }

  /**
   * Copies {@code x} into the parameter block, run by run, skipping the runs whose bits are already there (the
   * same point evaluated again: a line search's or an operator's reuse, a value after a gradient). Reading both is
   * cheaper than writing, and {@link Arrays#mismatch(double[], int, int, double[], int, int)} compares at memory
   * speed.
   */
  void setParameters(double[] x) {
    elementwise.x = x;
    runElementwise(Op.SET_PARAMETERS, params.length);
    stamp++;
  }

  private void setParametersRange(double[] x, int from, int to, double[] buffer) {
    for (int at = from; at < to; at += SCRATCH) {
      int count = Math.min(SCRATCH, to - at);
      params.copyTo(at, buffer, 0, count);
      if (Arrays.mismatch(buffer, 0, count, x, at, at + count) >= 0) {
        params.copyFrom(at, x, at, count);
      }
    }
  }

  /**
   * Runs the forward pass on the loaded samples with the parameters set last.
   *
   * @param total the number of samples the loss averages over (the batch, of which these rows are a chunk)
   * @return these rows' share of the data loss: the sum of their losses / total (no weight decay)
   */
  double forward(Pass pass, int total) {
    stamp++;
    int b = rows;
    for (int l = 1; l <= layers; l++) {
      int out = net.size(l);
      int in = net.size(l - 1);
      Block z = act[l];
      biasRows(z, biases[l], b, out);
      kernels.multiplyTransposeB(b, out, in, act[l - 1], weights[l], 1, z);
      if (l < layers) {
        elementwise.a = z;
        elementwise.b = firstDerivative[l];
        elementwise.c = secondDerivative[l];
        elementwise.pass = pass;
        runElementwise(Op.ACTIVATE, b * out);
      }
    }
    return lossAndOutputDelta(b, total);
  }

  /**
   * Z ← 1·biasᵀ (every row the bias), the start of Z = A Wᵀ + b: the product then adds A Wᵀ with β = 1, without an
   * element-wise pass. OpenBLAS adds its finished sum to C, so that is the same bits as adding the bias afterwards;
   * the Java kernels accumulate onto C, which rounds differently (within their agreement tolerance).
   */
  private void biasRows(Block z, Block bias, int b, int out) {
    kernels.multiply(b, out, 1, ones, bias, 0, z);
  }

  /**
   * Replaces Z[from, to) by σ(Z) in place, recording σ'(Z) (and σ''(Z)) as the pass asks, a {@link #SCRATCH} chunk
   * at a time through {@link Activation#activate}.
   */
  private static void activateRange(Activation activation, Block z, Block d1, Block d2, int from, int to, Pass pass,
      double[][] buffers) {
    boolean first = pass != Pass.VALUE;
    boolean second = pass == Pass.CURVATURE;
    double[] t = buffers[0];
    double[] d = buffers[1];
    double[] dd = buffers[2];
    for (int at = from; at < to; at += SCRATCH) {
      int n = Math.min(SCRATCH, to - at);
      z.copyTo(at, t, 0, n);
      activation.activate(t, n, d, dd, buffers[3], first, second);
      z.copyFrom(at, t, 0, n);
      if (first) {
        d1.copyFrom(at, d, 0, n);
        if (second) {
          d2.copyFrom(at, dd, 0, n);
        }
      }
    }
  }

  /** The rows' summed loss / total; writes δ_L (scaled by 1/total) and the softmax probabilities or residuals. */
  private double lossAndOutputDelta(int b, int total) {
    int k = net.size(layers);
    Block z = act[layers];
    Block d = delta[layers];
    double sum = 0;
    if (loss == Loss.CROSS_ENTROPY) {
      double scale = 1.0 / total;
      for (int i = 0; i < b; i++) {
        int row = i * k;
        double max = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < k; j++) {
          max = Math.max(max, z.get(row + j));
        }
        double partition = 0;
        for (int j = 0; j < k; j++) {
          double e = StrictMath.exp(z.get(row + j) - max);
          outputCache[row + j] = e;
          partition += e;
        }
        int y = labels[i];
        sum += max + StrictMath.log(partition) - z.get(row + y);
        for (int j = 0; j < k; j++) {
          double p = outputCache[row + j] / partition;
          outputCache[row + j] = p;
          d.set(row + j, (j == y ? p - 1 : p) * scale);
        }
      }
      return sum / total;
    }
    double scale = 2.0 / ((double) total * k);
    for (int i = 0; i < b * k; i++) {
      double r = z.get(i) - targets[i];
      outputCache[i] = r;
      sum += r * r;
      d.set(i, r * scale);
    }
    return sum / ((double) total * k);
  }

  /**
   * Back-propagates δ_L into the gradient block (data loss only) after a GRADIENT or CURVATURE forward.
   *
   * @param accumulate add to the gradient block (a later chunk) instead of overwriting it
   */
  void backward(boolean accumulate) {
    int b = rows;
    double beta = accumulate ? 1 : 0;
    for (int l = layers; l >= 1; l--) {
      int out = net.size(l);
      int in = net.size(l - 1);
      kernels.multiplyTransposeA(out, in, b, delta[l], act[l - 1], beta, weightGradients[l]);
      columnSums(delta[l], b, out, biasGradients[l], beta);
      if (l > 1) {
        kernels.multiply(b, in, out, delta[l], weights[l], 0, upstream[l - 1]);
        multiplyInto(upstream[l - 1], firstDerivative[l - 1], delta[l - 1], b * in);
      }
    }
  }

  /** Copies the outputs Z_L of the last forward pass (rows × outputs, row-major) into {@code out}. */
  void copyOutputs(double[] out) {
    for (int i = 0; i < rows * net.size(layers); i++) {
      out[i] = act[layers].get(i);
    }
  }

  /** Copies the gradient block into {@code out}. */
  void copyGradient(double[] out) {
    elementwise.a = gradient;
    elementwise.x = out;
    runElementwise(Op.COPY_OUT, gradient.length);
  }

  /**
   * Sets the parameter block to x + h·v (the forward-difference trial point, the same bits as
   * {@code x[i] + h * v[i]} in a {@code double[]}). With a {@code stage} (an array of the parameters' length that
   * is neither x nor v and whose contents may be overwritten; the product's output, which the quotient overwrites
   * next) each chunk is formed there at its own index and copied in; without one, through a scratch chunk.
   */
  void setShiftedParameters(double[] x, double h, double[] v, double[] stage) {
    elementwise.x = x;
    elementwise.y = v;
    elementwise.w = stage;
    elementwise.h = h;
    runElementwise(Op.SHIFT, params.length);
    stamp++;
  }

  /**
   * The shift over [from, to). Formed at the same index in x, v and the stage, the loop compiles to vector code and
   * the pass takes half the time of the scratch route, whose loop mixes a chunk-relative and an absolute index and
   * stays scalar (measured on 269,322 parameters: 126 against 263 µs).
   */
  private void shiftRange(double[] x, double h, double[] v, double[] stage, int from, int to, double[] buffer) {
    for (int at = from; at < to; at += SCRATCH) {
      int end = Math.min(to, at + SCRATCH);
      if (stage != null) {
        for (int i = at; i < end; i++) {
          stage[i] = x[i] + h * v[i];
        }
        params.copyFrom(at, stage, at, end - at);
      } else {
        for (int j = 0; j < end - at; j++) {
          buffer[j] = x[at + j] + h * v[at + j];
        }
        params.copyFrom(at, buffer, 0, end - at);
      }
    }
  }

  /**
   * Writes the forward-difference quotient (∇f(x + h·v) − g0) / h into {@code out}, where ∇f(x + h·v) is the
   * gradient block (data loss, after {@link #setShiftedParameters} and the passes) plus decay · (x + h·v): the same
   * bits as forming that gradient in a {@code double[]} and differencing. {@code out} may be {@code v}.
   */
  void differenceQuotient(double[] x, double h, double[] v, double decay, double[] g0, double[] out) {
    elementwise.x = x;
    elementwise.y = v;
    elementwise.z = g0;
    elementwise.w = out;
    elementwise.h = h;
    elementwise.decay = decay;
    runElementwise(Op.QUOTIENT, gradient.length);
  }

  /**
   * The quotient over [from, to), a chunk of {@link #SCRATCH} at a time so that each chunk is still in the first-level
   * cache when it is read back. Without weight decay each chunk of the gradient block is copied into {@code out} and
   * the loop then runs on {@code out} and {@code g0} at the same index, which C2 compiles to vector code (a loop
   * mixing a chunk-relative and an absolute index stays scalar: 0.39 against 0.54 ns per element, in cache). With
   * decay, ∇f(x + h·v) needs v, and {@code out} may be {@code v}, so the gradient is staged through {@code buffer}.
   */
  private void quotientRange(double[] x, double h, double[] v, double decay, double[] g0, double[] out, int from,
      int to, double[] buffer) {
    double inv = 1 / h;
    for (int at = from; at < to; at += SCRATCH) {
      int end = Math.min(to, at + SCRATCH);
      if (decay == 0) {
        gradient.copyTo(at, out, at, end - at);
        for (int i = at; i < end; i++) {
          out[i] = (out[i] - g0[i]) * inv;
        }
      } else {
        gradient.copyTo(at, buffer, 0, end - at);
        for (int i = at; i < end; i++) {
          double g = buffer[i - at] + decay * (x[i] + h * v[i]);
          out[i] = (g - g0[i]) * inv;
        }
      }
    }
  }

  /**
   * Σ dᵢ² over a vector of the parameters' length, split over the team: {@link #chunkSumOfSquares} per chunk of
   * {@link #SCRATCH}, then the chunks' sums in order, so the same bits on any number of threads (and as
   * {@link #sumOfSquaresSerial}).
   */
  double sumOfSquares(double[] d) {
    if (d.length != params.length) {
      throw new IllegalArgumentException("a vector of " + d.length + " for " + params.length + " parameters");
    }
    elementwise.x = d;
    runElementwise(Op.SQUARES, d.length);
    double sum = 0;
    for (int c = 0; c < chunkSums.length; c++) {
      sum += chunkSums[c];
    }
    return sum;
  }

  /** {@link #sumOfSquares} on the calling thread, for any length: the same bits. */
  static double sumOfSquaresSerial(double[] d) {
    double sum = 0;
    for (int at = 0; at < d.length; at += SCRATCH) {
      sum += chunkSumOfSquares(d, at, Math.min(d.length, at + SCRATCH));
    }
    return sum;
  }

  /**
   * Σ dᵢ² over [from, to) in eight fused-multiply-add chains (eight independent chains keep the FMA units busy where
   * one waits out each addition's latency: 0.17 against 0.29 ns per element with four plain sums, in cache).
   */
  static double chunkSumOfSquares(double[] d, int from, int to) {
    double s0 = 0;
    double s1 = 0;
    double s2 = 0;
    double s3 = 0;
    double s4 = 0;
    double s5 = 0;
    double s6 = 0;
    double s7 = 0;
    int i = from;
    for (; i + 7 < to; i += 8) {
      s0 = Math.fma(d[i], d[i], s0);
      s1 = Math.fma(d[i + 1], d[i + 1], s1);
      s2 = Math.fma(d[i + 2], d[i + 2], s2);
      s3 = Math.fma(d[i + 3], d[i + 3], s3);
      s4 = Math.fma(d[i + 4], d[i + 4], s4);
      s5 = Math.fma(d[i + 5], d[i + 5], s5);
      s6 = Math.fma(d[i + 6], d[i + 6], s6);
      s7 = Math.fma(d[i + 7], d[i + 7], s7);
    }
    for (; i < to; i++) {
      s0 = Math.fma(d[i], d[i], s0);
    }
    return ((s0 + s1) + (s2 + s3)) + ((s4 + s5) + (s6 + s7));
  }

  /** Copies the direction v of the next curvature products into the workspace. */
  void setDirection(double[] v) {
    elementwise.a = direction;
    elementwise.x = v;
    runElementwise(Op.COPY_IN, direction.length);
  }

  /** Copies the product block into {@code out}. */
  void copyProduct(double[] out) {
    elementwise.a = product;
    elementwise.x = out;
    runElementwise(Op.COPY_OUT, product.length);
  }

  /**
   * Writes (or adds) these rows' share of the data-loss Hessian (exact) or Gauss-Newton product with the direction
   * into the product block, using the forward (CURVATURE) and backward pass cached in this workspace.
   *
   * @param accumulate add to the product block (a later chunk) instead of overwriting it
   * @param total the number of samples the loss averages over
   */
  void curvatureProduct(boolean exact, boolean accumulate, int total) {
    int b = rows;
    double beta = accumulate ? 1 : 0;
    // Forward R-pass: R{Z_l} = R{A_{l−1}} W_lᵀ + A_{l−1} V_lᵀ + Vb_l, R{A_l} = σ'(Z_l) ⊙ R{Z_l}.
    for (int l = 1; l <= layers; l++) {
      int out1 = net.size(l);
      int in = net.size(l - 1);
      Block rz = rPre[l];
      biasRows(rz, biasDirections[l], b, out1);
      kernels.multiplyTransposeB(b, out1, in, act[l - 1], weightDirections[l], 1, rz);
      if (l > 1) {
        kernels.multiplyTransposeB(b, out1, in, rAct[l - 1], weights[l], 1, rz);
      }
      if (l < layers) {
        multiplyInto(rz, firstDerivative[l], rAct[l], b * out1);
      }
    }
    outputCurvature(b, total);
    // Backward R-pass.
    for (int l = layers; l >= 1; l--) {
      int out1 = net.size(l);
      int in = net.size(l - 1);
      kernels.multiplyTransposeA(out1, in, b, rDelta[l], act[l - 1], beta, weightProducts[l]);
      if (exact && l > 1) {
        kernels.multiplyTransposeA(out1, in, b, delta[l], rAct[l - 1], 1, weightProducts[l]);
      }
      columnSums(rDelta[l], b, out1, biasProducts[l], beta);
      if (l > 1) {
        Block ru = rUpstream[l - 1];
        kernels.multiply(b, in, out1, rDelta[l], weights[l], 0, ru);
        if (exact) {
          kernels.multiply(b, in, out1, delta[l], weightDirections[l], 1, ru);
          Block d1 = firstDerivative[l - 1];
          Block d2 = secondDerivative[l - 1];
          Block up = upstream[l - 1];
          Block rz = rPre[l - 1];
          Block rd = rDelta[l - 1];
          exactDelta(ru, d1, up, d2, rz, rd, b * in);
        } else {
          multiplyInto(ru, firstDerivative[l - 1], rDelta[l - 1], b * in);
        }
      }
    }
  }

  /** rd ← ru ⊙ d1 + up ⊙ d2 ⊙ rz (R{δ} of a hidden layer), staged through the heap. */
  private void exactDelta(Block ru, Block d1, Block up, Block d2, Block rz, Block rd, int count) {
    elementwise.a = ru;
    elementwise.b = d1;
    elementwise.c = up;
    elementwise.d = d2;
    elementwise.e = rz;
    elementwise.out = rd;
    runElementwise(Op.EXACT_DELTA, count);
  }

  private static void exactDeltaRange(Block ru, Block d1, Block up, Block d2, Block rz, Block rd, int from, int to,
      double[][] buffers) {
    for (int at = from; at < to; at += SCRATCH) {
      int n = Math.min(SCRATCH, to - at);
      double[] a = buffers[0];
      double[] b = buffers[1];
      double[] c = buffers[2];
      double[] d = buffers[3];
      ru.copyTo(at, a, 0, n);
      d1.copyTo(at, b, 0, n);
      up.copyTo(at, c, 0, n);
      d2.copyTo(at, d, 0, n);
      for (int j = 0; j < n; j++) {
        a[j] *= b[j];
      }
      rz.copyTo(at, b, 0, n);
      for (int j = 0; j < n; j++) {
        a[j] += c[j] * d[j] * b[j];
      }
      rd.copyFrom(at, a, 0, n);
    }
  }

  /** R{δ_L} = H_L R{Z_L}, the loss's Hessian in the outputs, per sample. */
  private void outputCurvature(int b, int total) {
    int k = net.size(layers);
    Block rz = rPre[layers];
    Block rd = rDelta[layers];
    if (loss == Loss.CROSS_ENTROPY) {
      double scale = 1.0 / total;
      for (int i = 0; i < b; i++) {
        int row = i * k;
        double pr = 0;
        for (int j = 0; j < k; j++) {
          pr += outputCache[row + j] * rz.get(row + j);
        }
        for (int j = 0; j < k; j++) {
          rd.set(row + j, outputCache[row + j] * (rz.get(row + j) - pr) * scale);
        }
      }
    } else {
      double scale = 2.0 / ((double) total * k);
      for (int i = 0; i < b * k; i++) {
        rd.set(i, rz.get(i) * scale);
      }
    }
  }

  /** Writes the argmax of each output row equal to its label into a count (cross-entropy only). */
  int correct() {
    int k = net.size(layers);
    Block z = act[layers];
    int hits = 0;
    for (int i = 0; i < rows; i++) {
      int row = i * k;
      int best = 0;
      for (int j = 1; j < k; j++) {
        if (z.get(row + j) > z.get(row + best)) {
          best = j;
        }
      }
      if (best == labels[i]) {
        hits++;
      }
    }
    return hits;
  }

  /** out ← β out + 1ᵀ M: the column sums of M[b×n], as a product with the ones vector. */
  private void columnSums(Block m, int b, int n, Block out, double beta) {
    kernels.multiply(1, n, b, ones, m, beta, out);
  }

  /** out ← a ⊙ b over the first {@code count} elements, staged through the heap. */
  private void multiplyInto(Block a, Block b, Block out, int count) {
    elementwise.a = a;
    elementwise.b = b;
    elementwise.out = out;
    runElementwise(Op.MULTIPLY_INTO, count);
  }

  private static void multiplyIntoRange(Block a, Block b, Block out, int from, int to, double[][] buffers) {
    for (int at = from; at < to; at += SCRATCH) {
      int n = Math.min(SCRATCH, to - at);
      double[] x = buffers[0];
      double[] y = buffers[1];
      a.copyTo(at, x, 0, n);
      b.copyTo(at, y, 0, n);
      for (int j = 0; j < n; j++) {
        x[j] *= y[j];
      }
      out.copyFrom(at, x, 0, n);
    }
  }

  /** Elements below which a pass runs on the calling thread alone (a hand-off costs a few microseconds). */
  private static final int PARALLEL_MIN = 4 * SCRATCH;

  /** Runs the element-wise pass {@code op} over {@code count} elements, on the team when it is worth it. */
  private void runElementwise(Op op, int count) {
    elementwise.op = op;
    elementwise.count = count;
    if (team.size() == 1 || count < PARALLEL_MIN) {
      elementwise.run(0, 1);
    } else {
      team.run(elementwise);
    }
  }

  /** The element-wise passes. */
  private enum Op {
    SET_PARAMETERS, COPY_IN, COPY_OUT, ACTIVATE, MULTIPLY_INTO, EXACT_DELTA, SHIFT, QUOTIENT, SQUARES
  }

  /**
   * One element-wise pass and its operands, split into contiguous runs of whole {@link #SCRATCH} chunks, one per
   * thread; each element is computed as on one thread, so the results do not depend on the split.
   */
  private final class Elementwise implements Team.Job {
    Op op;
    int count;
    Block a;
    Block b;
    Block c;
    Block d;
    Block e;
    Block out;
    double[] x;
    double[] y;
    double[] z;
    double[] w;
    double h;
    double decay;
    Pass pass;

    @Override
    public void run(int part, int parts) {
      int from = Team.boundary(count, part, parts, SCRATCH);
      int to = Team.boundary(count, part + 1, parts, SCRATCH);
      if (from >= to) {
        return;
      }
      double[][] buffers = scratch[part];
      switch (op) {
        case SET_PARAMETERS:
          setParametersRange(x, from, to, buffers[0]);
          break;
        case COPY_IN:
          a.copyFrom(from, x, from, to - from);
          break;
        case COPY_OUT:
          a.copyTo(from, x, from, to - from);
          break;
        case ACTIVATE:
          activateRange(activation, a, b, c, from, to, pass, buffers);
          break;
        case MULTIPLY_INTO:
          multiplyIntoRange(a, b, out, from, to, buffers);
          break;
        case EXACT_DELTA:
          exactDeltaRange(a, b, c, d, e, out, from, to, buffers);
          break;
        case SHIFT:
          shiftRange(x, h, y, w, from, to, buffers[0]);
          break;
        case SQUARES:
          for (int at = from; at < to; at += SCRATCH) {
            chunkSums[at / SCRATCH] = chunkSumOfSquares(x, at, Math.min(to, at + SCRATCH));
          }
          break;
        case QUOTIENT:
          quotientRange(x, h, y, decay, z, w, from, to, buffers[0]);
          break;
        default:
          throw new IllegalStateException("unknown pass " + op);
      }
    }
  }
}
