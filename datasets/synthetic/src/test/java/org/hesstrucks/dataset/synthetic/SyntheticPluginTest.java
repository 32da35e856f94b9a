package org.hesstrucks.dataset.synthetic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Arrays;
import org.hesstrucks.config.ConfigBinder;
import org.hesstrucks.core.ConfigException;
import org.hesstrucks.core.Spi;
import org.hesstrucks.dataset.DataSplit;
import org.hesstrucks.dataset.Dataset;
import org.hesstrucks.dataset.DatasetContext;
import org.hesstrucks.dataset.DatasetOptions;
import org.hesstrucks.dataset.DatasetPlugin;
import org.hesstrucks.plugin.LoadedPlugin;
import org.hesstrucks.plugin.PluginCatalog;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SyntheticPluginTest {
  private static final DatasetContext CONTEXT = new DatasetContext(Path.of("."));

  static Dataset load(String json) throws Exception {
    LoadedPlugin<DatasetPlugin<?>> loaded = PluginCatalog.discoverClassPath().dataset("synthetic");
    return load(loaded.plugin(), ConfigBinder.mapper().readTree(json));
  }

  private static <C extends Record> Dataset load(DatasetPlugin<C> plugin, JsonNode block) throws Exception {
    return plugin.load(ConfigBinder.bind(block, plugin.configType(), "$.dataset"), CONTEXT);
  }

  @Test
  @DisplayName("ServiceLoader finds the plugin with its own version from its descriptor")
  void discovered() {
    LoadedPlugin<DatasetPlugin<?>> loaded = PluginCatalog.discoverClassPath().dataset("synthetic");
    assertInstanceOf(SyntheticPlugin.class, loaded.plugin());
    assertEquals("0.1.0-SNAPSHOT", loaded.version());
    assertEquals("hesstrucks-dataset-synthetic", loaded.descriptor().artifactId());
    assertEquals(Spi.coreVersion(), loaded.descriptor().coreVersion());
    assertEquals(SyntheticConfig.class, loaded.plugin().configType());
    assertFalse(loaded.plugin().description().isBlank());
  }

  @Test
  @DisplayName("an empty block is the harness's default data: teacher-student, 32 inputs, 10 classes, 4096 + 1024")
  void defaults() throws Exception {
    Dataset d = load("{\"id\": \"synthetic\"}");
    assertEquals(10, d.classes());
    assertEquals(4096, d.train().rows());
    assertEquals(32, d.train().columns());
    assertEquals(1024, d.test().rows());
    assertEquals(32, d.test().columns());
    assertTrue(d.identity().startsWith("synthetic:teacher-student:sha256="), d.identity());
    assertTrue(d.identity().endsWith("|standardize=false,testFraction=0.2,subsample=all,splitSeed=0"), d.identity());
  }

  @Test
  @DisplayName("every generator is deterministic bit for bit, and the data seed changes the data")
  void deterministic() throws Exception {
    for (Generator g : Generator.values()) {
      SyntheticConfig c = SyntheticConfig.of(g).withSizes(200, 50).withNoise(0.05);
      Dataset a = new SyntheticPlugin().load(c, CONTEXT);
      Dataset b = new SyntheticPlugin().load(c, CONTEXT);
      Dataset other = new SyntheticPlugin().load(c.withSeed(2), CONTEXT);
      assertEquals(a.identity(), b.identity());
      assertEquals(a.identity(), new SyntheticPlugin().identity(c, CONTEXT), "identity without generating");
      assertNotEquals(a.identity(), other.identity(), g.id());
      for (boolean train : new boolean[] {true, false}) {
        DataSplit x = train ? a.train() : a.test();
        DataSplit y = train ? b.train() : b.test();
        assertTrue(Arrays.equals(x.features(), y.features()), g.id());
        assertArrayEquals(x.labels(), y.labels(), g.id());
        assertTrue(Arrays.equals(x.targets(), y.targets()), g.id());
        DataSplit z = train ? other.train() : other.test();
        assertFalse(Arrays.equals(x.features(), z.features()), g.id());
      }
    }
  }

  @Test
  @DisplayName("the default data is pinned: first features and label counts of the training split")
  void pinned() throws Exception {
    Dataset d = new SyntheticPlugin().load(SyntheticConfig.defaults(), CONTEXT);
    int[] counts = new int[10];
    for (int label : d.train().labels()) {
      counts[label]++;
    }
    assertEquals(PINNED_FIRST_FEATURE, d.train().features()[0]);
    assertArrayEquals(PINNED_TRAIN_COUNTS, counts, Arrays.toString(counts));
  }

  /** Recorded from the first run; a change means the default data (and every cell key) changed. */
  private static final double PINNED_FIRST_FEATURE = -0.8542227143250822;
  private static final int[] PINNED_TRAIN_COUNTS = {288, 418, 376, 286, 277, 547, 395, 240, 800, 469};

  @Test
  @DisplayName("teacher-student labels equal the argmax of the teacher network computed independently")
  void teacherArgmax() {
    SyntheticConfig c = new SyntheticConfig(Generator.TEACHER_STUDENT, 300, 100, 7, 5, null, null, 9L, null, null,
        11, 2, null);
    SyntheticData data = new SyntheticData(c);
    DataSplit[] splits = data.generate();
    TeacherNetwork t = data.teacher();
    assertArrayEquals(new int[] {7, 11, 11, 5}, t.sizes());
    for (DataSplit s : splits) {
      for (int i = 0; i < s.rows(); i++) {
        double[] a = Arrays.copyOfRange(s.features(), i * 7, (i + 1) * 7);
        for (int l = 0; l < t.layers(); l++) {
          double[] w = t.weight(l);
          double[] b = t.bias(l);
          double[] z = new double[b.length];
          for (int o = 0; o < z.length; o++) {
            double sum = b[o];
            for (int j = 0; j < a.length; j++) {
              sum += w[o * a.length + j] * a[j];
            }
            z[o] = l < t.layers() - 1 ? StrictMath.tanh(sum) : sum;
          }
          a = z;
        }
        int best = 0;
        for (int k = 1; k < a.length; k++) {
          best = a[k] > a[best] ? k : best;
        }
        assertEquals(best, s.labels()[i], "sample " + i);
      }
    }
  }

  @Test
  @DisplayName("centred teacher: its mean logit over the training inputs is 0 for every class")
  void teacherCentred() {
    SyntheticConfig c = SyntheticConfig.defaults().withSizes(500, 10);
    SyntheticData data = new SyntheticData(c);
    DataSplit train = data.generate()[0];
    double[] mean = new double[10];
    double[] out = new double[10];
    for (int i = 0; i < train.rows(); i++) {
      data.teacher().forward(train.features(), i * 32, out, 0);
      for (int k = 0; k < 10; k++) {
        mean[k] += out[k] / train.rows();
      }
    }
    for (int k = 0; k < 10; k++) {
      assertEquals(0, mean[k], 1e-12, "class " + k);
    }
  }

  /** The sample mean of 1000 unit-variance Gaussians has sd 0.032; five of them. */
  private static final double MEAN_TOLERANCE = 0.16;

  @Test
  @DisplayName("gaussian-mixture: classes balanced exactly, class sample means at the drawn means")
  void mixture() {
    SyntheticConfig c = new SyntheticConfig(Generator.GAUSSIAN_MIXTURE, 4002, 7, 3, 4, null, null, 5L, 1.0, 3.0,
        null, null, null);
    SyntheticData data = new SyntheticData(c);
    DataSplit[] s = data.generate();
    double[] means = data.means();
    int[] counts = new int[4];
    double[] sums = new double[12];
    for (int i = 0; i < s[0].rows(); i++) {
      int k = s[0].labels()[i];
      counts[k]++;
      for (int j = 0; j < 3; j++) {
        sums[k * 3 + j] += s[0].features()[i * 3 + j];
      }
    }
    assertArrayEquals(new int[] {1001, 1001, 1000, 1000}, counts);
    for (int k = 0; k < 4; k++) {
      for (int j = 0; j < 3; j++) {
        assertEquals(means[k * 3 + j], sums[k * 3 + j] / counts[k], MEAN_TOLERANCE, "class " + k + " input " + j);
      }
    }
    int[] testCounts = new int[4];
    for (int label : s[1].labels()) {
      testCounts[label]++;
    }
    assertArrayEquals(new int[] {2, 2, 2, 1}, testCounts);
  }

  @Test
  @DisplayName("two-spirals without noise: every point lies on its class's spiral r(cos 3πr, sin 3πr), turned by π")
  void spirals() {
    SyntheticConfig c = SyntheticConfig.of(Generator.TWO_SPIRALS).withSizes(301, 20);
    DataSplit train = new SyntheticData(c).generate()[0];
    assertEquals(2, train.columns());
    int ones = 0;
    for (int i = 0; i < train.rows(); i++) {
      double x = train.features()[2 * i];
      double y = train.features()[2 * i + 1];
      double r = Math.hypot(x, y);
      double sign = train.labels()[i] == 0 ? 1 : -1;
      double theta = 3 * Math.PI * r;
      assertEquals(x, sign * r * Math.cos(theta), 1e-12);
      assertEquals(y, sign * r * Math.sin(theta), 1e-12);
      ones += train.labels()[i];
    }
    assertEquals(150, ones);
  }

  /** The sample sd of 2000 Gaussians is within 5% of the truth with overwhelming probability (sd of it ~1.6%). */
  private static final double NOISE_RELATIVE_TOLERANCE = 0.05;

  @Test
  @DisplayName("linear-regression: targets equal W x + b exactly without noise, and their residual sd is the noise")
  void linear() {
    SyntheticConfig c = new SyntheticConfig(Generator.LINEAR_REGRESSION, 1000, 10, 4, null, 2, null, 3L, null, null,
        null, null, null);
    SyntheticData data = new SyntheticData(c);
    DataSplit s = data.generate()[0];
    double[] w = data.teacher().weight(0);
    double[] b = data.teacher().bias(0);
    assertArrayEquals(new double[] {0, 0}, b, "a linear teacher has no bias (output biases start at 0)");
    assertEquals(2, s.targetColumns());
    double squares = 0;
    SyntheticData noisy = new SyntheticData(c.withNoise(0.3));
    DataSplit n = noisy.generate()[0];
    for (int i = 0; i < s.rows(); i++) {
      for (int t = 0; t < 2; t++) {
        double y = b[t];
        for (int j = 0; j < 4; j++) {
          y += w[t * 4 + j] * s.features()[i * 4 + j];
        }
        assertEquals(y, s.targets()[i * 2 + t], 1e-12);
        assertEquals(s.features()[i * 4], n.features()[i * 4], "noise does not move the inputs");
        double e = n.targets()[i * 2 + t] - y;
        squares += e * e;
      }
    }
    assertEquals(0.3, Math.sqrt(squares / 2000), 0.3 * NOISE_RELATIVE_TOLERANCE);
  }

  @Test
  @DisplayName("noisy-regression: a tanh teacher with noise 0.1 by default; regression datasets have 0 classes")
  void noisyRegression() throws Exception {
    Dataset d = load("{\"generator\": \"noisy-regression\", \"trainSize\": 64, \"testSize\": 8, \"targets\": 3}");
    assertEquals(0, d.classes());
    assertEquals(3, d.train().targetColumns());
    assertEquals(64 * 3, d.train().targets().length);
    assertEquals(0.1, SyntheticConfig.of(Generator.NOISY_REGRESSION).noise());
  }

  @Test
  @DisplayName("options apply: standardised on training statistics, subsampled, and named in the identity")
  void options() throws Exception {
    SyntheticConfig c = SyntheticConfig.defaults().withSizes(400, 100)
        .withOptions(new DatasetOptions(true, null, 300, 4L));
    Dataset d = new SyntheticPlugin().load(c, CONTEXT);
    assertEquals(300, d.train().rows());
    assertEquals(100, d.test().rows());
    double trainMean = 0;
    double testMean = 0;
    for (int i = 0; i < 300; i++) {
      trainMean += d.train().features()[i * 32];
    }
    for (int i = 0; i < 100; i++) {
      testMean += d.test().features()[i * 32];
    }
    assertEquals(0, trainMean / 300, 1e-12);
    assertNotEquals(0, testMean / 100);
    Dataset plain = new SyntheticPlugin().load(SyntheticConfig.defaults().withSizes(400, 100), CONTEXT);
    assertEquals(plain.identity().replace("standardize=false,testFraction=0.2,subsample=all,splitSeed=0",
        "standardize=true,testFraction=0.2,subsample=300,splitSeed=4"), d.identity());
  }

  @Test
  @DisplayName("bad config values are refused naming the field, the expectation and the value")
  void badConfig() {
    assertEquals("$.dataset.generator: expected one of gaussian-mixture, two-spirals, teacher-student, "
        + "linear-regression, noisy-regression, got 'spiral'", bindError("{\"generator\": \"spiral\"}"));
    assertEquals("$.dataset.inputs: expected 2 for two-spirals (points in the plane), got 3",
        bindError("{\"generator\": \"two-spirals\", \"inputs\": 3}"));
    assertEquals("$.dataset.classes: expected no value for the regression generator linear-regression (set targets), "
        + "got 4", bindError("{\"generator\": \"linear-regression\", \"classes\": 4}"));
    assertEquals("$.dataset.classes: expected an integer ≥ 2, got 1", bindError("{\"classes\": 1}"));
    assertEquals("$.dataset.noise: expected a finite number ≥ 0, got -0.5", bindError("{\"noise\": -0.5}"));
    assertEquals("$.dataset.trainSize: expected a positive integer, got 0", bindError("{\"trainSize\": 0}"));
    assertEquals("$.dataset.options.subsample: expected a positive integer, got -1",
        bindError("{\"options\": {\"subsample\": -1}}"));
  }

  @Test
  @DisplayName("a subsample larger than the training split is refused when the data loads")
  void subsampleTooLarge() {
    SyntheticConfig c = SyntheticConfig.defaults().withSizes(50, 10).withOptions(new DatasetOptions(null, null, 51, null));
    ConfigException e = assertThrows(ConfigException.class, () -> new SyntheticPlugin().load(c, CONTEXT));
    assertEquals("subsample: expected at most the 50 training rows, got 51", e.getMessage());
  }

  @Test
  @DisplayName("a normalised config binds again to itself (JSON round trip), for every generator")
  void roundTrip() {
    for (Generator g : Generator.values()) {
      SyntheticConfig c = SyntheticConfig.of(g);
      JsonNode json = ConfigBinder.mapper().valueToTree(c);
      assertEquals(c, ConfigBinder.bind(json, SyntheticConfig.class, "$.dataset"), g.id());
    }
  }

  private static String bindError(String json) {
    return assertThrows(ConfigException.class, () -> ConfigBinder.bind(ConfigBinder.mapper().readTree(json),
        SyntheticConfig.class, "$.dataset")).getMessage();
  }
}
