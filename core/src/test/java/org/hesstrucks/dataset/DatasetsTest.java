package org.hesstrucks.dataset;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hesstrucks.config.ConfigBinder;
import org.hesstrucks.core.ConfigException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DatasetsTest {
  /** Sums of a few values: exact to a few ulps. */
  private static final double TIGHT = 1e-12;

  /** rows × 2 features: (i, i²), label i % 3. */
  private static DataSplit ramp(int rows) {
    double[] x = new double[rows * 2];
    int[] labels = new int[rows];
    for (int i = 0; i < rows; i++) {
      x[2 * i] = i;
      x[2 * i + 1] = (double) i * i;
      labels[i] = i % 3;
    }
    return new DataSplit(rows, 2, x, labels, null, 0);
  }

  @Test
  @DisplayName("the held-out split takes round(testFraction · rows) rows, the rest train, every row once")
  void splitPartitions() {
    InMemoryDataset d = Datasets.assemble("t", 3, List.of(), ramp(50), null,
        new DatasetOptions(null, 0.3, null, 7L));
    assertEquals(15, d.test().rows());
    assertEquals(35, d.train().rows());
    Set<Double> seen = new HashSet<>();
    for (DataSplit s : List.of(d.train(), d.test())) {
      for (int i = 0; i < s.rows(); i++) {
        double v = s.features()[2 * i];
        assertTrue(seen.add(v), "row " + v + " twice");
        assertEquals(v * v, s.features()[2 * i + 1]);
        assertEquals((int) v % 3, s.labels()[i]);
      }
    }
    assertEquals(50, seen.size());
  }

  @Test
  @DisplayName("split and subsample are deterministic for one splitSeed and change with it")
  void splitSeeded() {
    DatasetOptions a = new DatasetOptions(null, 0.25, 10, 3L);
    InMemoryDataset first = Datasets.assemble("t", 3, List.of(), ramp(40), null, a);
    InMemoryDataset again = Datasets.assemble("t", 3, List.of(), ramp(40), null, a);
    assertArrayEquals(first.train().features(), again.train().features());
    assertArrayEquals(first.test().features(), again.test().features());
    assertEquals(10, first.train().rows());
    assertEquals(10, first.test().rows());
    InMemoryDataset other = Datasets.assemble("t", 3, List.of(), ramp(40), null,
        new DatasetOptions(null, 0.25, 10, 4L));
    assertNotEquals(java.util.Arrays.toString(first.test().features()),
        java.util.Arrays.toString(other.test().features()));
  }

  @Test
  @DisplayName("subsampled rows keep their file order and come from the training split only")
  void subsampleOrdered() {
    DataSplit test = ramp(5);
    InMemoryDataset d = Datasets.assemble("t", 3, List.of(), ramp(30), test, new DatasetOptions(null, null, 12, 1L));
    assertEquals(12, d.train().rows());
    assertEquals(5, d.test().rows());
    for (int i = 1; i < 12; i++) {
      assertTrue(d.train().features()[2 * i] > d.train().features()[2 * (i - 1)]);
    }
  }

  @Test
  @DisplayName("standardisation uses training statistics only: train has mean 0 and sd 1, held-out does not")
  void standardizeOnTrainingOnly() {
    DataSplit train = ramp(4); // column 0: 0,1,2,3 -> mean 1.5, sd sqrt(1.25)
    double[] tx = {10, 5, 1, 5};
    DataSplit test = new DataSplit(2, 2, tx, new int[] {0, 1}, null, 0);
    InMemoryDataset d = Datasets.assemble("t", 3, List.of(), train, test, new DatasetOptions(true, null, null, null));
    double sd0 = Math.sqrt(1.25);
    assertEquals((0 - 1.5) / sd0, d.train().features()[0], TIGHT);
    assertEquals((10 - 1.5) / sd0, d.test().features()[0], TIGHT);
    // column 1: 0,1,4,9 -> mean 3.5, variance (12.25+6.25+0.25+30.25)/4 = 12.25, sd 3.5
    assertEquals((5 - 3.5) / 3.5, d.test().features()[1], TIGHT);
    double meanTrain = 0;
    double meanTest = 0;
    for (int i = 0; i < 4; i++) {
      meanTrain += d.train().features()[2 * i];
    }
    for (int i = 0; i < 2; i++) {
      meanTest += d.test().features()[2 * i];
    }
    assertEquals(0, meanTrain / 4, TIGHT);
    assertNotEquals(0, meanTest / 2);
    assertArrayEquals(new double[] {10, 5, 1, 5}, tx, "the input split is not modified");
  }

  @Test
  @DisplayName("a constant column is centred, not divided by zero")
  void constantColumn() {
    DataSplit train = new DataSplit(3, 1, new double[] {2, 2, 2}, null, new double[] {1, 2, 3}, 1);
    InMemoryDataset d = Datasets.assemble("t", 0, List.of(), train, train, new DatasetOptions(true, null, null, null));
    assertArrayEquals(new double[] {0, 0, 0}, d.train().features());
  }

  @Test
  @DisplayName("the identity carries the content and every option, so changing either changes the cell key")
  void identity() {
    InMemoryDataset d = Datasets.assemble("idx:sha256=ab", 3, List.of(), ramp(10), ramp(4),
        new DatasetOptions(true, null, 6, 2L));
    assertEquals("idx:sha256=ab|standardize=true,testFraction=0.2,subsample=6,splitSeed=2", d.identity());
    assertEquals("standardize=false,testFraction=0.2,subsample=all,splitSeed=0", DatasetOptions.defaults().canonical());
    assertEquals(d.identity(), Datasets.identity("idx:sha256=ab", new DatasetOptions(true, null, 6, 2L)));
    assertEquals("c|standardize=false,testFraction=0.2,subsample=all,splitSeed=0", Datasets.identity("c", null));
  }

  @Test
  @DisplayName("a subsample larger than the training split is refused naming both")
  void subsampleTooLarge() {
    ConfigException e = assertThrows(ConfigException.class, () -> Datasets.assemble("t", 3, List.of(), ramp(8), ramp(2),
        new DatasetOptions(null, null, 9, null)));
    assertEquals("subsample: expected at most the 8 training rows, got 9", e.getMessage());
  }

  @Test
  @DisplayName("options bind from JSON with defaults, and bad values name the field")
  void binding() throws Exception {
    DatasetOptions o = ConfigBinder.bind(ConfigBinder.mapper().readTree("{\"standardize\": true}"),
        DatasetOptions.class, "$.dataset.options");
    assertEquals(new DatasetOptions(true, 0.2, null, 0L), o);
    ConfigException e = assertThrows(ConfigException.class, () -> ConfigBinder.bind(
        ConfigBinder.mapper().readTree("{\"testFraction\": 1.5}"), DatasetOptions.class, "$.dataset.options"));
    assertEquals("$.dataset.options.testFraction: expected a number in (0, 1), got 1.5", e.getMessage());
    ConfigException s = assertThrows(ConfigException.class, () -> new DatasetOptions(null, null, 0, null));
    assertEquals("subsample: expected a positive integer, got 0", s.getMessage());
  }

  @Test
  @DisplayName("a format error names the file, the place, what was expected and what was found")
  void formatMessage() {
    DataFormatException e = new DataFormatException(Path.of("data", "a.csv"), "line 4", "5 cells (as in line 1)", "4");
    assertEquals(Path.of("data", "a.csv") + ": line 4: expected 5 cells (as in line 1), got 4", e.getMessage());
    assertEquals("line 4", e.location());
  }

  @Test
  @DisplayName("SHA-256 of 'abc' is the FIPS 180-2 test vector")
  void sha() {
    assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Datasets.sha256Hex("abc"));
  }

  @Test
  @DisplayName("a dense matrix beyond one Java array or half the heap is refused naming the file and both sizes")
  void denseSize() throws Exception {
    Path file = Path.of("data", "big.idx");
    Datasets.checkDenseSize(file, "byte 4", 60_000, 784, 6L << 30); // MNIST: 359 MiB of 6 GiB
    assertEquals(file + ": byte 4: expected a dense matrix within half the JVM's heap of 1024 MiB (raise it with -Xmx,"
        + " e.g. in HESSTRUCKS_JAVA_OPTS), got 60000 × 3072 doubles = 1407 MiB", assertThrows(DataFormatException.class,
            () -> Datasets.checkDenseSize(file, "byte 4", 60_000, 3072, 1L << 30)).getMessage());
    assertEquals(file + ": all lines: expected at most 2147483639 dense values (rows × features, one Java array), got "
        + "3 × 1000000000", assertThrows(DataFormatException.class,
            () -> Datasets.checkDenseSize(file, "all lines", 3, 1_000_000_000, Long.MAX_VALUE)).getMessage());
  }
}
