package org.hesstrucks.dataset.synthetic;

import org.hesstrucks.core.ConfigException;
import org.hesstrucks.dataset.DatasetOptions;

/**
 * The {@code synthetic} plugin's block of a sweep file. Every component is optional: {@code null} (or an
 * omitted field) takes the stated default; the defaults are the harness's default sweep data (teacher-student,
 * 32 inputs, 10 classes, 4,096 training and 1,024 held-out samples). Invalid values throw
 * {@link ConfigException} naming the field.
 *
 * @param generator which data: {@code gaussian-mixture}, {@code two-spirals}, {@code teacher-student},
 *     {@code linear-regression} or {@code noisy-regression}; default {@code teacher-student}
 * @param trainSize training samples, a positive integer, default {@value #DEFAULT_TRAIN_SIZE}
 * @param testSize held-out samples, a positive integer, default {@value #DEFAULT_TEST_SIZE}
 * @param inputs features per sample, a positive integer; default {@value #DEFAULT_INPUTS}, and 2 (the only
 *     value allowed) for {@code two-spirals}
 * @param classes number of classes of a classification generator, an integer ≥ 2; default
 *     {@value #DEFAULT_CLASSES}, and 2 (the only value allowed) for {@code two-spirals}; must be omitted (or 0) for
 *     the regression generators
 * @param targets outputs per sample of a regression generator, a positive integer, default 1; must be omitted
 *     (or 0) for the classification generators
 * @param noise standard deviation of the Gaussian noise, a finite number ≥ 0: added to the targets
 *     (regression), to each coordinate ({@code two-spirals}), to the teacher's logits before the argmax
 *     ({@code teacher-student}); unused by {@code gaussian-mixture}, whose spread is {@code spread}. Default 0,
 *     and {@value #DEFAULT_REGRESSION_NOISE} for {@code noisy-regression}
 * @param seed the data seed: fixes the teacher, the class means and every sample; any integer, default 1.
 *     Separate from the run seeds, so every seed of a sweep trains on the same data.
 * @param spread within-class standard deviation of {@code gaussian-mixture}, a positive number, default 1
 * @param separation standard deviation of the class means of {@code gaussian-mixture}, a positive number,
 *     default {@value #DEFAULT_SEPARATION}
 * @param hiddenWidth hidden units per layer of the teacher ({@code teacher-student}, {@code noisy-regression}),
 *     a positive integer, default {@value #DEFAULT_HIDDEN_WIDTH}
 * @param hiddenDepth hidden layers of the teacher, an integer ≥ 0 (0: a linear teacher), default
 *     {@value #DEFAULT_HIDDEN_DEPTH}
 * @param options the options every dataset plugin honours (standardisation, subsample, split seed); default
 *     none. Synthetic data has its own held-out split, so {@code testFraction} is unused.
 */
public record SyntheticConfig(
    Generator generator,
    Integer trainSize,
    Integer testSize,
    Integer inputs,
    Integer classes,
    Integer targets,
    Double noise,
    Long seed,
    Double spread,
    Double separation,
    Integer hiddenWidth,
    Integer hiddenDepth,
    DatasetOptions options) {

  public static final int DEFAULT_TRAIN_SIZE = 4096;
  public static final int DEFAULT_TEST_SIZE = 1024;
  public static final int DEFAULT_INPUTS = 32;
  public static final int DEFAULT_CLASSES = 10;
  public static final double DEFAULT_REGRESSION_NOISE = 0.1;
  public static final double DEFAULT_SEPARATION = 3;
  public static final int DEFAULT_HIDDEN_WIDTH = 64;
  public static final int DEFAULT_HIDDEN_DEPTH = 1;

  public SyntheticConfig {
    generator = generator == null ? Generator.TEACHER_STUDENT : generator;
    trainSize = trainSize == null ? DEFAULT_TRAIN_SIZE
        : ConfigException.requirePositive("trainSize", trainSize.intValue());
    testSize = testSize == null ? DEFAULT_TEST_SIZE : ConfigException.requirePositive("testSize", testSize.intValue());
    boolean spirals = generator == Generator.TWO_SPIRALS;
    if (spirals && inputs != null && inputs != 2) {
      throw new ConfigException("inputs", "2 for two-spirals (points in the plane)", inputs);
    }
    inputs = inputs == null ? (spirals ? 2 : DEFAULT_INPUTS)
        : ConfigException.requirePositive("inputs", inputs.intValue());
    if (generator.classification()) {
      if (targets != null && targets != 0) {
        throw new ConfigException("targets", "no value for the classification generator " + generator
            + " (set classes)", targets);
      }
      if (spirals && classes != null && classes != 2) {
        throw new ConfigException("classes", "2 for two-spirals", classes);
      }
      if (classes != null && classes < 2) {
        throw new ConfigException("classes", "an integer ≥ 2", classes);
      }
      classes = classes == null ? (spirals ? 2 : DEFAULT_CLASSES) : classes;
      targets = 0;
    } else {
      if (classes != null && classes != 0) {
        throw new ConfigException("classes", "no value for the regression generator " + generator
            + " (set targets)", classes);
      }
      targets = targets == null ? 1 : ConfigException.requirePositive("targets", targets.intValue());
      classes = 0;
    }
    if (noise != null && !(noise >= 0 && noise < Double.POSITIVE_INFINITY)) {
      throw new ConfigException("noise", "a finite number ≥ 0", noise);
    }
    noise = noise == null ? (generator == Generator.NOISY_REGRESSION ? DEFAULT_REGRESSION_NOISE : 0.0) : noise;
    seed = seed == null ? 1L : seed;
    spread = spread == null ? 1.0 : ConfigException.requirePositive("spread", spread.doubleValue());
    separation = separation == null ? DEFAULT_SEPARATION
        : ConfigException.requirePositive("separation", separation.doubleValue());
    hiddenWidth = hiddenWidth == null ? DEFAULT_HIDDEN_WIDTH
        : ConfigException.requirePositive("hiddenWidth", hiddenWidth.intValue());
    if (hiddenDepth != null && hiddenDepth < 0) {
      throw new ConfigException("hiddenDepth", "an integer ≥ 0", hiddenDepth);
    }
    hiddenDepth = hiddenDepth == null ? DEFAULT_HIDDEN_DEPTH : hiddenDepth;
    options = DatasetOptions.orDefaults(options);
  }

  /** Every field at its default: the harness's default teacher-student data. */
  public static SyntheticConfig defaults() {
    return of(null);
  }

  /** The defaults with another generator (and that generator's defaults). */
  public static SyntheticConfig of(Generator generator) {
    return new SyntheticConfig(generator, null, null, null, null, null, null, null, null, null, null, null, null);
  }

  /** This config with other sizes. */
  public SyntheticConfig withSizes(int train, int test) {
    return new SyntheticConfig(generator, train, test, inputs, classes, targets, noise, seed, spread,
        separation, hiddenWidth, hiddenDepth, options);
  }

  /** This config with another data seed. */
  public SyntheticConfig withSeed(long value) {
    return new SyntheticConfig(generator, trainSize, testSize, inputs, classes, targets, noise, value, spread,
        separation, hiddenWidth, hiddenDepth, options);
  }

  /** This config with another noise level. */
  public SyntheticConfig withNoise(double value) {
    return new SyntheticConfig(generator, trainSize, testSize, inputs, classes, targets, value, seed, spread,
        separation, hiddenWidth, hiddenDepth, options);
  }

  /** This config with other options. */
  public SyntheticConfig withOptions(DatasetOptions value) {
    return new SyntheticConfig(generator, trainSize, testSize, inputs, classes, targets, noise, seed, spread,
        separation, hiddenWidth, hiddenDepth, value);
  }

  /** The outputs of the generator: classes for classification, targets for regression. */
  int outputs() {
    return generator.classification() ? classes : targets;
  }
}
