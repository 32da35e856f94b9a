package org.hesstrucks.dataset.idx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.hesstrucks.config.ConfigBinder;
import org.hesstrucks.core.ConfigException;
import org.hesstrucks.core.Spi;
import org.hesstrucks.dataset.DataFormatException;
import org.hesstrucks.dataset.Dataset;
import org.hesstrucks.dataset.DatasetContext;
import org.hesstrucks.dataset.DatasetOptions;
import org.hesstrucks.dataset.DatasetPlugin;
import org.hesstrucks.plugin.LoadedPlugin;
import org.hesstrucks.plugin.PluginCatalog;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdxPluginTest {
  @TempDir
  Path dir;

  /** An IDX file: magic 0x0000080{rank}, sizes, then the bytes. */
  static byte[] idx(int[] dims, int[] values) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writeInt(out, 0x800 | dims.length);
    for (int d : dims) {
      writeInt(out, d);
    }
    for (int v : values) {
      out.write(v);
    }
    return out.toByteArray();
  }

  private static void writeInt(ByteArrayOutputStream out, int v) {
    out.write(v >>> 24);
    out.write(v >>> 16 & 0xFF);
    out.write(v >>> 8 & 0xFF);
    out.write(v & 0xFF);
  }

  static byte[] gzip(byte[] data) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream z = new GZIPOutputStream(out)) {
      z.write(data);
    }
    return out.toByteArray();
  }

  /** Three 2 × 3 training images with pixel values 0, 10, …; labels 2, 0, 1; two test images, labels 1, 1. */
  private void writeMnist(boolean compress) throws IOException {
    int[] pixels = new int[18];
    for (int i = 0; i < 18; i++) {
      pixels[i] = i == 17 ? 255 : 10 * i;
    }
    write("train-images", idx(new int[] {3, 2, 3}, pixels), compress);
    write("train-labels", idx(new int[] {3}, new int[] {2, 0, 1}), compress);
    write("test-images", idx(new int[] {2, 2, 3}, new int[] {0, 0, 0, 0, 0, 51, 1, 2, 3, 4, 5, 6}), compress);
    write("test-labels", idx(new int[] {2}, new int[] {1, 1}), compress);
  }

  private void write(String name, byte[] data, boolean compress) throws IOException {
    Files.write(dir.resolve(name), compress ? gzip(data) : data);
  }

  private static IdxConfig config(Integer classes, DatasetOptions options) {
    return new IdxConfig("train-images", "train-labels", "test-images", "test-labels", classes, options);
  }

  private Dataset load(IdxConfig config) throws IOException {
    return new IdxPlugin().load(config, new DatasetContext(dir));
  }

  @Test
  @DisplayName("ServiceLoader finds the plugin with its own version from its descriptor")
  void discovered() {
    LoadedPlugin<DatasetPlugin<?>> loaded = PluginCatalog.discoverClassPath().dataset("idx");
    assertInstanceOf(IdxPlugin.class, loaded.plugin());
    assertEquals("0.1.0-SNAPSHOT", loaded.version());
    assertEquals("hesstrucks-dataset-idx", loaded.descriptor().artifactId());
    assertEquals(Spi.coreVersion(), loaded.descriptor().coreVersion());
  }

  @Test
  @DisplayName("raw IDX: one row per image, pixels / 255, labels as written, classes = largest label + 1")
  void raw() throws Exception {
    writeMnist(false);
    Dataset d = load(config(null, null));
    assertEquals(3, d.classes());
    assertEquals(3, d.train().rows());
    assertEquals(6, d.train().columns());
    assertEquals(10 / 255.0, d.train().features()[1]);
    assertEquals(60 / 255.0, d.train().features()[6]);
    assertEquals(1.0, d.train().features()[17]);
    assertArrayEquals(new int[] {2, 0, 1}, d.train().labels());
    assertEquals(0.2, d.test().features()[5]);
    assertArrayEquals(new int[] {1, 1}, d.test().labels());
    assertTrue(d.identity().matches("idx:sha256=[0-9a-f]{64}\\|standardize=false,testFraction=0.2,subsample=all,"
        + "splitSeed=0"), d.identity());
  }

  @Test
  @DisplayName("gzip IDX (detected by its magic bytes) loads the same data with the same identity")
  void gzipped() throws Exception {
    writeMnist(false);
    Dataset raw = load(config(null, null));
    writeMnist(true);
    assertEquals(0x1f, Files.readAllBytes(dir.resolve("train-images"))[0] & 0xFF);
    Dataset gz = load(config(null, null));
    assertArrayEquals(raw.train().features(), gz.train().features());
    assertArrayEquals(raw.test().labels(), gz.test().labels());
    assertEquals(raw.identity(), gz.identity());
  }

  @Test
  @DisplayName("the identity changes with one byte of the data, the class count and the options")
  void identity() throws Exception {
    writeMnist(false);
    String base = load(config(null, null)).identity();
    assertEquals(base, new IdxPlugin().identity(config(null, null), new DatasetContext(dir)));
    assertNotEquals(base, load(config(5, null)).identity());
    assertNotEquals(base, load(config(null, new DatasetOptions(true, null, null, null))).identity());
    write("test-labels", idx(new int[] {2}, new int[] {1, 0}), false);
    assertNotEquals(base, load(config(null, null)).identity());
  }

  @Test
  @DisplayName("without test files a seeded share of the training files is held out")
  void split() throws Exception {
    int[] pixels = new int[40];
    int[] labels = new int[10];
    for (int i = 0; i < 10; i++) {
      labels[i] = i % 2;
      Arrays.fill(pixels, 4 * i, 4 * i + 4, i);
    }
    write("train-images", idx(new int[] {10, 2, 2}, pixels), false);
    write("train-labels", idx(new int[] {10}, labels), false);
    IdxConfig c = new IdxConfig("train-images", "train-labels", null, null, null,
        new DatasetOptions(null, 0.3, null, 5L));
    Dataset a = load(c);
    Dataset b = load(c);
    assertEquals(7, a.train().rows());
    assertEquals(3, a.test().rows());
    assertArrayEquals(a.test().features(), b.test().features());
    for (int i = 0; i < 3; i++) {
      int image = (int) Math.round(a.test().features()[4 * i] * 255);
      assertEquals(image % 2, a.test().labels()[i], "labels follow their images");
    }
  }

  @Test
  @DisplayName("subsample keeps that many training images in file order, labels with them; the test files stay whole")
  void subsample() throws Exception {
    int[] pixels = new int[40];
    int[] labels = new int[10];
    for (int i = 0; i < 10; i++) {
      labels[i] = i % 3;
      Arrays.fill(pixels, 4 * i, 4 * i + 4, i);
    }
    write("train-images", idx(new int[] {10, 2, 2}, pixels), false);
    write("train-labels", idx(new int[] {10}, labels), false);
    write("test-images", idx(new int[] {2, 2, 2}, new int[8]), false);
    write("test-labels", idx(new int[] {2}, new int[] {0, 1}), false);
    Dataset d = load(config(3, new DatasetOptions(null, null, 4, 7L)));
    assertEquals(4, d.train().rows());
    assertEquals(2, d.test().rows());
    int previous = -1;
    for (int i = 0; i < 4; i++) {
      int image = (int) Math.round(d.train().features()[4 * i] * 255);
      assertTrue(image > previous, "file order");
      previous = image;
      assertEquals(image % 3, d.train().labels()[i], "labels follow their images");
    }
    assertArrayEquals(d.train().features(), load(config(3, new DatasetOptions(null, null, 4, 7L))).train().features());
  }

  @Test
  @DisplayName("standardize: training columns get mean 0 and standard deviation 1; the test set uses their statistics")
  void standardize() throws Exception {
    writeMnist(false);
    Dataset raw = load(config(null, null));
    Dataset d = load(config(null, new DatasetOptions(true, null, null, null)));
    int rows = 3;
    int columns = 6;
    for (int c = 0; c < columns; c++) {
      double mean = 0;
      for (int r = 0; r < rows; r++) {
        mean += raw.train().features()[r * columns + c] / rows;
      }
      double variance = 0;
      double sum = 0;
      for (int r = 0; r < rows; r++) {
        double centred = raw.train().features()[r * columns + c] - mean;
        variance += centred * centred / rows;
        sum += d.train().features()[r * columns + c];
      }
      double sd = Math.sqrt(variance);
      assertEquals(0, sum, 1e-12, "column " + c);
      for (int r = 0; r < 2; r++) {
        assertEquals((raw.test().features()[r * columns + c] - mean) / sd, d.test().features()[r * columns + c],
            1e-12, "test row " + r + ", column " + c + ": the training statistics");
      }
    }
  }

  @Test
  @DisplayName("relative paths resolve against the sweep's folder; a missing file names its field")
  void paths() throws Exception {
    writeMnist(false);
    IdxConfig c = new IdxConfig(dir.resolve("train-images").toString(), "train-labels", null, null, null, null);
    assertEquals(3, new IdxPlugin().load(c, new DatasetContext(dir)).classes());
    IdxConfig missing = new IdxConfig("nope", "train-labels", null, null, null, null);
    NoSuchFileException e = assertThrows(NoSuchFileException.class, () -> load(missing));
    assertEquals(dir.resolve("nope") + ": trainImages: no such file", e.getMessage());
  }

  @Test
  @DisplayName("labels file given as images: refused at byte 0 with both magic numbers")
  void wrongMagic() throws Exception {
    writeMnist(false);
    IdxConfig c = new IdxConfig("train-labels", "train-labels", null, null, null, null);
    DataFormatException e = assertThrows(DataFormatException.class, () -> load(c));
    assertEquals(dir.resolve("train-labels") + ": byte 0: expected the IDX magic number 0x00000803 (unsigned bytes, "
        + "3 dimensions: images × rows × columns), got 0x00000801", e.getMessage());
  }

  @Test
  @DisplayName("a truncated image file: its sizes disagree with its bytes, named with the offset")
  void truncatedImages() throws Exception {
    writeMnist(false);
    byte[] full = Files.readAllBytes(dir.resolve("train-images"));
    Files.write(dir.resolve("train-images"), Arrays.copyOf(full, full.length - 5));
    DataFormatException e = assertThrows(DataFormatException.class, () -> load(config(null, null)));
    assertEquals(dir.resolve("train-images") + ": byte 16: expected 3 × 2 × 3 = 18 bytes of data after the 16-byte "
        + "header, got 13 bytes", e.getMessage());
  }

  @Test
  @DisplayName("a file cut inside its header, and an empty file, are refused")
  void truncatedHeader() throws Exception {
    writeMnist(false);
    Files.write(dir.resolve("train-images"), Arrays.copyOf(Files.readAllBytes(dir.resolve("train-images")), 9));
    DataFormatException e = assertThrows(DataFormatException.class, () -> load(config(null, null)));
    assertEquals(dir.resolve("train-images") + ": byte 4: expected 3 dimension sizes (12 bytes), got 5 bytes",
        e.getMessage());
    Files.write(dir.resolve("train-images"), new byte[0]);
    e = assertThrows(DataFormatException.class, () -> load(config(null, null)));
    assertEquals(dir.resolve("train-images") + ": byte 0: expected the IDX magic number 0x00000803 (unsigned bytes, "
        + "3 dimensions: images × rows × columns), got 0 bytes in all", e.getMessage());
  }

  @Test
  @DisplayName("a label file with extra bytes disagrees with its count")
  void extraLabelBytes() throws Exception {
    writeMnist(false);
    byte[] labels = idx(new int[] {3}, new int[] {2, 0, 1, 1});
    Files.write(dir.resolve("train-labels"), labels);
    DataFormatException e = assertThrows(DataFormatException.class, () -> load(config(null, null)));
    assertEquals(dir.resolve("train-labels") + ": byte 8: expected 3 bytes of data after the 8-byte header, got 4 bytes",
        e.getMessage());
  }

  @Test
  @DisplayName("a gzip file cut short is refused as an incomplete gzip stream")
  void truncatedGzip() throws Exception {
    writeMnist(true);
    byte[] gz = Files.readAllBytes(dir.resolve("train-images"));
    Files.write(dir.resolve("train-images"), Arrays.copyOf(gz, gz.length - 12));
    DataFormatException e = assertThrows(DataFormatException.class, () -> load(config(null, null)));
    assertEquals(dir.resolve("train-images") + ": byte " + (gz.length - 12)
        + ": expected a complete gzip stream, got the end of the file", e.getMessage());
  }

  @Test
  @DisplayName("a corrupt (not truncated) gzip stream is refused naming the file, where it broke and zlib's reason")
  void corruptGzip() throws Exception {
    int[] pixels = new int[60_000];
    java.util.Random random = new java.util.Random(1);
    for (int i = 0; i < pixels.length; i++) {
      pixels[i] = random.nextInt(256);
    }
    byte[] gz = gzip(idx(new int[] {600, 10, 10}, pixels));
    gz[gz.length - 6] ^= 0x5A; // the trailer's length field: the stream inflates, the check fails
    Files.write(dir.resolve("train-images"), gz);
    write("train-labels", idx(new int[] {600}, new int[600]), false);
    write("test-images", idx(new int[] {1, 10, 10}, new int[100]), false);
    write("test-labels", idx(new int[] {1}, new int[1]), false);
    assertCorruptAt(gz.length - 6, 60_016, "Corrupt GZIP trailer");
    byte[] block = gzip(idx(new int[] {600, 10, 10}, pixels));
    block[10] = (byte) 0xFF; // the first deflate block's header: a reserved block type
    Files.write(dir.resolve("train-images"), block);
    assertCorruptAt(10, 0, "invalid block type");
  }

  /** The load fails naming a range of compressed bytes that holds {@code damaged}. */
  private void assertCorruptAt(int damaged, int decompressed, String reason) {
    DataFormatException e = assertThrows(DataFormatException.class, () -> load(config(null, null)));
    java.util.regex.Matcher m = java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(
        dir.resolve("train-images").toString()) + ": compressed bytes (\\d+)–(\\d+), after " + decompressed
        + " decompressed bytes: expected valid gzip data, got " + reason).matcher(e.getMessage());
    assertTrue(m.matches(), e.getMessage());
    assertTrue(Integer.parseInt(m.group(1)) <= damaged && damaged < Integer.parseInt(m.group(2)), e.getMessage());
  }

  @Test
  @DisplayName("hostile headers: sizes whose product overflows 64 bits, and a small gzip that inflates far past its "
      + "header, are refused without allocating what they claim")
  void hostileHeaders() throws Exception {
    writeMnist(false);
    write("train-images", idx(new int[] {1 << 21, 1 << 21, 1 << 22}, new int[0]), false); // product 2⁶⁴ wraps to 0
    DataFormatException e = assertThrows(DataFormatException.class, () -> load(config(null, null)));
    assertEquals(dir.resolve("train-images") + ": byte 4: expected dimension sizes whose product is at most "
        + "2147483623 bytes (one Java array), got 2097152 × 2097152 × 4194304", e.getMessage());
    byte[] header = idx(new int[] {3, 2, 3}, new int[0]);
    java.io.ByteArrayOutputStream bomb = new java.io.ByteArrayOutputStream();
    try (GZIPOutputStream z = new GZIPOutputStream(bomb)) {
      z.write(header);
      z.write(new byte[18]);
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 40; i++) {
        z.write(zeros);
      }
    }
    assertTrue(bomb.size() < 100_000, bomb.size() + " compressed bytes");
    Files.write(dir.resolve("train-images"), bomb.toByteArray());
    e = assertThrows(DataFormatException.class, () -> load(config(null, null)));
    assertEquals(dir.resolve("train-images") + ": byte 16 of the decompressed data: expected 3 × 2 × 3 = 18 bytes of "
        + "data after the 16-byte header, got " + (18 + 40 * (1 << 20)) + " bytes", e.getMessage());
    // Sizes are checked before anything past the header is decompressed: an overflowing product, and images whose
    // features would not fit the heap (50,000 × 200 × 200 doubles = 14.9 GiB; the test JVM has less than 30 GiB).
    Files.write(dir.resolve("train-images"), gzip(idx(new int[] {1 << 21, 1 << 21, 1 << 22}, new int[64])));
    e = assertThrows(DataFormatException.class, () -> load(config(null, null)));
    assertEquals(dir.resolve("train-images") + ": byte 4 of the decompressed data: expected dimension sizes whose "
        + "product is at most 2147483623 bytes (one Java array), got 2097152 × 2097152 × 4194304", e.getMessage());
    Files.write(dir.resolve("train-images"), gzip(idx(new int[] {50_000, 200, 200}, new int[64])));
    e = assertThrows(DataFormatException.class, () -> load(config(null, null)));
    assertTrue(e.getMessage().startsWith(dir.resolve("train-images") + ": byte 4 of the decompressed data: expected a "
        + "dense matrix within half the JVM's heap of "), e.getMessage());
    assertTrue(e.getMessage().endsWith("got 50000 × 40000 doubles = 15259 MiB"), e.getMessage());
  }

  @Test
  @DisplayName("a directory in place of a file is refused naming the field")
  void directory() throws Exception {
    writeMnist(false);
    Files.delete(dir.resolve("test-labels"));
    Files.createDirectory(dir.resolve("test-labels"));
    DataFormatException e = assertThrows(DataFormatException.class, () -> load(config(null, null)));
    assertEquals(dir.resolve("test-labels") + ": testLabels: expected a file, got a directory", e.getMessage());
  }

  @Test
  @DisplayName("gzip offsets count decompressed bytes")
  void gzipOffsets() throws Exception {
    writeMnist(false);
    write("train-labels", idx(new int[] {3}, new int[] {2, 0}), true);
    DataFormatException e = assertThrows(DataFormatException.class, () -> load(config(null, null)));
    assertEquals(dir.resolve("train-labels") + ": byte 8 of the decompressed data: expected 3 bytes of data after "
        + "the 8-byte header, got 2 bytes", e.getMessage());
  }

  @Test
  @DisplayName("image and label counts that disagree are refused naming both files")
  void countMismatch() throws Exception {
    writeMnist(false);
    write("test-labels", idx(new int[] {3}, new int[] {1, 1, 0}), false);
    DataFormatException e = assertThrows(DataFormatException.class, () -> load(config(null, null)));
    assertEquals(dir.resolve("test-labels") + ": byte 4: expected as many labels as " + dir.resolve("test-images")
        + " has images (2), got 3 labels", e.getMessage());
  }

  @Test
  @DisplayName("test images of another size than the training images are refused naming both")
  void shapeMismatch() throws Exception {
    writeMnist(false);
    write("test-images", idx(new int[] {2, 3, 2}, new int[12]), false);
    DataFormatException e = assertThrows(DataFormatException.class, () -> load(config(null, null)));
    assertEquals(dir.resolve("test-images") + ": byte 8: expected images of 2 × 3 pixels, like "
        + dir.resolve("train-images") + ", got 3 × 2", e.getMessage());
  }

  @Test
  @DisplayName("a label outside the declared class count is refused naming the label, the count and the offset")
  void labelOutsideClasses() throws Exception {
    writeMnist(false);
    DataFormatException e = assertThrows(DataFormatException.class, () -> load(config(2, null)));
    assertEquals(dir.resolve("train-labels") + ": byte 8: expected a label in [0, 2) (classes = 2), got 2",
        e.getMessage());
  }

  @Test
  @DisplayName("config: both training files required, test files both or neither")
  void badConfig() {
    assertEquals("$.dataset.trainImages: expected the path of an IDX image file (raw or gzip), got nothing",
        bindError("{\"trainLabels\": \"a\"}"));
    assertEquals("$.dataset.testLabels: expected a path when testImages is given, got nothing",
        bindError("{\"trainImages\": \"a\", \"trainLabels\": \"b\", \"testImages\": \"c\"}"));
    assertEquals("$.dataset.classes: expected a positive integer, got 0",
        bindError("{\"trainImages\": \"a\", \"trainLabels\": \"b\", \"classes\": 0}"));
  }

  @Test
  @DisplayName("a normalised config binds again to itself (JSON round trip)")
  void roundTrip() {
    IdxConfig c = config(10, null);
    assertEquals(c, ConfigBinder.bind(ConfigBinder.mapper().valueToTree(c), IdxConfig.class, "$.dataset"));
  }

  private static String bindError(String json) {
    return assertThrows(ConfigException.class, () -> ConfigBinder.bind(ConfigBinder.mapper().readTree(json),
        IdxConfig.class, "$.dataset")).getMessage();
  }
}
