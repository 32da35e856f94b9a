package org.hesstrucks.dataset;

import java.util.Locale;
import org.hesstrucks.core.ConfigException;

/**
 * Options every dataset plugin honours, bound from the {@code options} object of a dataset block and applied
 * by {@link Datasets#assemble}. Every component is optional: {@code null} (or an omitted field) takes the stated
 * default.
 *
 * <p>Order of application: split (only when the data has no held-out split), then subsample the training split,
 * then standardise.
 *
 * @param standardize centre and scale every feature column by the mean and standard deviation of the
 *     <em>training</em> split (after subsampling), applied to both splits; a constant column is centred only.
 *     Default false.
 * @param testFraction the share of the rows held out, in (0, 1), when the data comes as one file; ignored
 *     when it has its own held-out split. Default {@value #DEFAULT_TEST_FRACTION}.
 * @param subsample keep this many training rows, drawn without replacement (kept in file order); a positive
 *     integer at most the training rows; default all rows. The held-out split is not subsampled.
 * @param splitSeed seeds the split and the subsample; any integer, default 0. Independent of the run seeds.
 */
public record DatasetOptions(Boolean standardize, Double testFraction, Integer subsample, Long splitSeed) {
  public static final double DEFAULT_TEST_FRACTION = 0.2;

  public DatasetOptions {
    standardize = standardize != null && standardize;
    testFraction = testFraction == null ? DEFAULT_TEST_FRACTION
        : ConfigException.requireOpenInterval("testFraction", testFraction, 0, 1);
    if (subsample != null) {
      ConfigException.requirePositive("subsample", subsample.intValue());
    }
    splitSeed = splitSeed == null ? 0L : splitSeed;
  }

  /** Every option at its default: no standardisation, a 20% held-out split when needed, all rows. */
  public static DatasetOptions defaults() {
    return new DatasetOptions(null, null, null, null);
  }

  /** {@code options} itself, or the defaults when it is null (an omitted {@code options} block). */
  public static DatasetOptions orDefaults(DatasetOptions options) {
    return options == null ? defaults() : options;
  }

  /**
   * The options as a canonical string, part of every dataset's {@link Dataset#identity()}:
   * {@code standardize=true,testFraction=0.2,subsample=all,splitSeed=0}.
   */
  public String canonical() {
    return String.format(Locale.ROOT, "standardize=%b,testFraction=%s,subsample=%s,splitSeed=%d", standardize,
        Double.toString(testFraction), subsample == null ? "all" : subsample.toString(), splitSeed);
  }
}
