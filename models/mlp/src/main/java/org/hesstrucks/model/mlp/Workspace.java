package org.hesstrucks.model.mlp;

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

  private int rows;
  /** The objective whose batch is loaded in act[0], labels and targets, or null. */
  private Object loadedFor;
  /** Which chunk of {@link #loadedFor}'s samples is loaded. */
  private int loadedChunk;
  /** Counts loads, parameter changes and forward passes, so a curvature operator sees when its cached pass was overwritten. */
  private long stamp;

  Workspace(Architecture net, Kernels kernels, Activation activation, Loss loss, int capacity) {
    this.net = net;
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

  /** Copies {@code x} into the parameter block. */
  void setParameters(double[] x) {
    params.copyFrom(x, 0);
    stamp++;
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
      kernels.multiplyTransposeB(b, out, in, act[l - 1], weights[l], 0, z);
      addBias(z, biases[l], b, out);
      if (l < layers) {
        activate(z, firstDerivative[l], secondDerivative[l], b * out, pass);
      }
    }
    return lossAndOutputDelta(b, total);
  }

  private static void addBias(Block z, Block bias, int b, int out) {
    for (int i = 0; i < b; i++) {
      int row = i * out;
      for (int j = 0; j < out; j++) {
        z.set(row + j, z.get(row + j) + bias.get(j));
      }
    }
  }

  /** Replaces Z by σ(Z) in place, recording σ'(Z) (and σ''(Z)) as the pass asks. */
  private void activate(Block z, Block d1, Block d2, int count, Pass pass) {
    boolean first = pass != Pass.VALUE;
    boolean second = pass == Pass.CURVATURE;
    switch (activation) {
      case TANH:
        for (int i = 0; i < count; i++) {
          double t = Activation.tanh(z.get(i));
          z.set(i, t);
          if (first) {
            double d = 1 - t * t;
            d1.set(i, d);
            if (second) {
              d2.set(i, -2 * t * d);
            }
          }
        }
        break;
      case SIGMOID:
        for (int i = 0; i < count; i++) {
          double s = Activation.sigmoid(z.get(i));
          z.set(i, s);
          if (first) {
            double d = s * (1 - s);
            d1.set(i, d);
            if (second) {
              d2.set(i, d * (1 - 2 * s));
            }
          }
        }
        break;
      case SOFTPLUS:
        for (int i = 0; i < count; i++) {
          double v = z.get(i);
          double e = StrictMath.exp(-Math.abs(v)); // the same bits as Activation.softplus and .sigmoid
          z.set(i, v >= 0 ? v + StrictMath.log1p(e) : StrictMath.log1p(e));
          if (first) {
            double s = v >= 0 ? 1 / (1 + e) : e / (1 + e);
            d1.set(i, s);
            if (second) {
              d2.set(i, s * (1 - s));
            }
          }
        }
        break;
      default:
        for (int i = 0; i < count; i++) {
          double v = z.get(i);
          z.set(i, Math.max(0.0, v));
          if (first) {
            d1.set(i, v > 0 ? 1 : 0);
            if (second) {
              d2.set(i, 0);
            }
          }
        }
        break;
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
      columnSums(delta[l], b, out, biasGradients[l], accumulate);
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
    gradient.copyTo(out, 0);
  }

  /** Copies the direction v of the next curvature products into the workspace. */
  void setDirection(double[] v) {
    direction.copyFrom(v, 0);
  }

  /** Copies the product block into {@code out}. */
  void copyProduct(double[] out) {
    product.copyTo(out, 0);
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
      kernels.multiplyTransposeB(b, out1, in, act[l - 1], weightDirections[l], 0, rz);
      if (l > 1) {
        kernels.multiplyTransposeB(b, out1, in, rAct[l - 1], weights[l], 1, rz);
      }
      addBias(rz, biasDirections[l], b, out1);
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
      columnSums(rDelta[l], b, out1, biasProducts[l], accumulate);
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
          for (int i = 0; i < b * in; i++) {
            rd.set(i, ru.get(i) * d1.get(i) + up.get(i) * d2.get(i) * rz.get(i));
          }
        } else {
          multiplyInto(ru, firstDerivative[l - 1], rDelta[l - 1], b * in);
        }
      }
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

  private static void columnSums(Block m, int b, int n, Block out, boolean accumulate) {
    if (!accumulate) {
      out.fill(0);
    }
    for (int i = 0; i < b; i++) {
      int row = i * n;
      for (int j = 0; j < n; j++) {
        out.set(j, out.get(j) + m.get(row + j));
      }
    }
  }

  private static void multiplyInto(Block a, Block b, Block out, int count) {
    for (int i = 0; i < count; i++) {
      out.set(i, a.get(i) * b.get(i));
    }
  }
}
