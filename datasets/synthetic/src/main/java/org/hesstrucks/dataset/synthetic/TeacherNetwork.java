package org.hesstrucks.dataset.synthetic;

import java.util.Random;

/**
 * The random network that labels {@code teacher-student} data and produces {@code noisy-regression} and
 * {@code linear-regression} targets: {@code depth} tanh hidden layers of {@code width} units, then a linear
 * output layer. Weights are laid out like PyTorch's {@code nn.Linear}: layer l has a weight matrix
 * [out][in], row-major, and a bias [out].
 *
 * <p>Weights are N(0, 1/fan_in), so pre-activations have unit scale and tanh does not saturate; hidden biases
 * are N(0, {@value #HIDDEN_BIAS_SD}²), output biases start at 0 ({@link #centreOutputs} may set them).
 * Every draw comes from one {@link Random} in layer order (weights row by row, then biases), and tanh is
 * {@link StrictMath#tanh}, so the teacher and its outputs are the same bits on every JVM.
 */
public final class TeacherNetwork {
  /** Standard deviation of the hidden biases. */
  public static final double HIDDEN_BIAS_SD = 0.1;

  private final int[] sizes;
  private final double[][] weights;
  private final double[][] biases;
  private final double[][] activations;

  /**
   * Draws a teacher.
   *
   * @param inputs input width
   * @param width hidden width
   * @param depth hidden layers, ≥ 0
   * @param outputs output width
   * @param random the source of the weights; advanced
   */
  public TeacherNetwork(int inputs, int width, int depth, int outputs, Random random) {
    sizes = new int[depth + 2];
    sizes[0] = inputs;
    for (int l = 1; l <= depth; l++) {
      sizes[l] = width;
    }
    sizes[depth + 1] = outputs;
    weights = new double[depth + 1][];
    biases = new double[depth + 1][];
    activations = new double[depth + 2][];
    activations[0] = new double[inputs];
    for (int l = 0; l <= depth; l++) {
      int in = sizes[l];
      int out = sizes[l + 1];
      double sd = 1 / Math.sqrt(in);
      weights[l] = new double[out * in];
      for (int i = 0; i < weights[l].length; i++) {
        weights[l][i] = sd * random.nextGaussian();
      }
      biases[l] = new double[out];
      if (l < depth) {
        for (int i = 0; i < out; i++) {
          biases[l][i] = HIDDEN_BIAS_SD * random.nextGaussian();
        }
      }
      activations[l + 1] = new double[out];
    }
  }

  /** Layers including the output layer (hidden depth + 1). */
  public int layers() {
    return weights.length;
  }

  /** Widths: inputs, hidden widths, outputs. A copy. */
  public int[] sizes() {
    return sizes.clone();
  }

  /** Layer l's weight matrix [out][in], row-major. A copy. */
  public double[] weight(int layer) {
    return weights[layer].clone();
  }

  /** Layer l's bias [out]. A copy. */
  public double[] bias(int layer) {
    return biases[layer].clone();
  }

  /**
   * The outputs for one input: tanh after every hidden layer, none after the output layer.
   *
   * @param x the input, {@code sizes()[0]} values from {@code offset}; not modified
   * @param out receives the outputs from {@code outOffset}; modified
   */
  public void forward(double[] x, int offset, double[] out, int outOffset) {
    System.arraycopy(x, offset, activations[0], 0, sizes[0]);
    int last = weights.length - 1;
    for (int l = 0; l <= last; l++) {
      double[] a = activations[l];
      double[] z = activations[l + 1];
      double[] w = weights[l];
      int in = sizes[l];
      for (int o = 0; o < sizes[l + 1]; o++) {
        double s = biases[l][o];
        int row = o * in;
        for (int i = 0; i < in; i++) {
          s += w[row + i] * a[i];
        }
        z[o] = l < last ? StrictMath.tanh(s) : s;
      }
    }
    System.arraycopy(activations[last + 1], 0, out, outOffset, sizes[last + 1]);
  }

  /**
   * Sets the output biases to minus the mean output over {@code rows} inputs, so every output has mean 0 on
   * them (which keeps an argmax teacher from putting most samples in a few classes).
   */
  public void centreOutputs(double[] x, int rows) {
    int outputs = sizes[sizes.length - 1];
    double[] out = new double[outputs];
    double[] mean = new double[outputs];
    double[] bias = biases[biases.length - 1];
    java.util.Arrays.fill(bias, 0);
    for (int r = 0; r < rows; r++) {
      forward(x, r * sizes[0], out, 0);
      for (int k = 0; k < outputs; k++) {
        mean[k] += out[k];
      }
    }
    for (int k = 0; k < outputs; k++) {
      bias[k] = -mean[k] / rows;
    }
  }
}
