package org.hesstrucks.dataset.tabular;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hesstrucks.config.ConfigBinder;
import org.hesstrucks.core.ConfigException;
import org.hesstrucks.core.Spi;
import org.hesstrucks.dataset.DataFormatException;
import org.hesstrucks.dataset.Dataset;
import org.hesstrucks.dataset.DatasetContext;
import org.hesstrucks.dataset.DatasetPlugin;
import org.hesstrucks.plugin.LoadedPlugin;
import org.hesstrucks.plugin.PluginCatalog;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TabularPluginTest {
  @TempDir
  Path dir;

  private static final String IRIS = "sepal_length,sepal_width,species\n"
      + "5.1,3.5,setosa\n"
      + "\n"
      + "7.0,3.2,versicolor\n"
      + "6.3,3.3,virginica\n"
      + "4.9,3.0,setosa\n";

  private Path file(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text);
    return p;
  }

  private Dataset load(String json) throws Exception {
    LoadedPlugin<DatasetPlugin<?>> loaded = PluginCatalog.discoverClassPath().dataset("tabular");
    return load(loaded.plugin(), ConfigBinder.mapper().readTree(json));
  }

  private <C extends Record> Dataset load(DatasetPlugin<C> plugin, JsonNode block) throws Exception {
    return plugin.load(ConfigBinder.bind(block, plugin.configType(), "$.dataset"), new DatasetContext(dir));
  }

  private String error(String json) {
    return assertThrows(DataFormatException.class, () -> load(json)).getMessage();
  }

  @Test
  @DisplayName("ServiceLoader finds the plugin with its own version from its descriptor")
  void discovered() {
    LoadedPlugin<DatasetPlugin<?>> loaded = PluginCatalog.discoverClassPath().dataset("tabular");
    assertInstanceOf(TabularPlugin.class, loaded.plugin());
    assertEquals("0.1.0-SNAPSHOT", loaded.version());
    assertEquals("hesstrucks-dataset-tabular", loaded.descriptor().artifactId());
    assertEquals(Spi.coreVersion(), loaded.descriptor().coreVersion());
  }

  @Test
  @DisplayName("CSV with a header: label column by name, string labels remapped in sorted order, mapping recorded")
  void csvNames() throws Exception {
    file("iris.csv", IRIS);
    file("iris-test.csv", "sepal_length,sepal_width,species\n5.0,3.6,virginica\n");
    Dataset d = load("{\"train\": \"iris.csv\", \"test\": \"iris-test.csv\", \"labelColumn\": \"species\"}");
    assertEquals(3, d.classes());
    assertEquals(List.of("setosa", "versicolor", "virginica"), d.classNames());
    assertEquals(4, d.train().rows());
    assertEquals(2, d.train().columns());
    assertArrayEquals(new double[] {5.1, 3.5, 7.0, 3.2, 6.3, 3.3, 4.9, 3.0}, d.train().features());
    assertArrayEquals(new int[] {0, 1, 2, 0}, d.train().labels());
    assertArrayEquals(new int[] {2}, d.test().labels());
    assertTrue(d.identity().startsWith("tabular:sha256="), d.identity());
  }

  @Test
  @DisplayName("a byte-order mark and Windows line ends are read like plain UTF-8 with \\n")
  void bomAndCrlf() throws Exception {
    byte[] text = IRIS.replace("\n", "\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] withBom = new byte[text.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(text, 0, withBom, 3, text.length);
    Files.write(dir.resolve("bom.csv"), withBom);
    file("plain.csv", IRIS);
    Dataset bom = load("{\"train\": \"bom.csv\", \"test\": \"plain.csv\", \"labelColumn\": \"species\"}");
    assertArrayEquals(bom.test().features(), bom.train().features());
    assertArrayEquals(bom.test().labels(), bom.train().labels());
  }

  @Test
  @DisplayName("numbers as data files write them are accepted; hex, suffixes, NaN and lone signs are not")
  void numbers() {
    for (String ok : List.of("0", "-1", "+2.5", ".5", "5.", "1e3", "-1.5E-3", "007")) {
      assertTrue(ParsedTable.isNumber(ok), ok);
    }
    for (String bad : List.of("", "-", ".", "1e", "1e+", "0x1p3", "1.5f", "2d", "NaN", "Infinity", "1,5", " 1", "1..2")) {
      assertTrue(!ParsedTable.isNumber(bad), bad);
    }
  }

  @Test
  @DisplayName("CSV without a header: label by index (negative from the end), numeric labels in numeric order")
  void csvIndex() throws Exception {
    file("a.tsv", "10\t1\t0.5\n-1\t2\t1.5\n10\t3\t2.5\n2\t4\t3.5\n");
    Dataset d = load("{\"train\": \"a.tsv\", \"delimiter\": \"\\t\", \"labelIndex\": 0, \"options\": "
        + "{\"testFraction\": 0.25}}");
    assertEquals(3, d.classes());
    assertEquals(List.of("-1", "2", "10"), d.classNames());
    assertEquals(3, d.train().rows());
    assertEquals(1, d.test().rows());
    Dataset all = load("{\"train\": \"a.tsv\", \"delimiter\": \"\\t\", \"labelIndex\": -3, \"header\": \"none\"}");
    assertEquals(all.classNames(), d.classNames());
  }

  @Test
  @DisplayName("CSV without a header and with word labels (UCI's iris.data): the first line is a sample, not a header")
  void headerlessWordLabels() throws Exception {
    file("iris.data", "5.1,3.5,Iris-setosa\n7.0,3.2,Iris-versicolor\n6.3,3.3,Iris-virginica\n");
    file("iris.test", "4.9,3.0,Iris-setosa\n");
    Dataset d = load("{\"train\": \"iris.data\", \"test\": \"iris.test\"}");
    assertEquals(3, d.train().rows());
    assertArrayEquals(new double[] {5.1, 3.5, 7.0, 3.2, 6.3, 3.3}, d.train().features());
    assertEquals(List.of("Iris-setosa", "Iris-versicolor", "Iris-virginica"), d.classNames());
    assertArrayEquals(new int[] {0}, d.test().labels());
    file("pandas.csv", "0,1,target\n0.5,1.5,0\n2.5,3.5,1\n"); // DataFrame(X).assign(target=y).to_csv(index=False)
    Dataset pandas = load("{\"train\": \"pandas.csv\", \"test\": \"pandas.csv\"}");
    assertEquals(2, pandas.train().rows(), "numeric column names above numeric labels are a header");
    assertEquals(List.of("0", "1"), pandas.classNames());
    file("first.data", "setosa,5.1,3.5\nversicolor,7.0,3.2\n");
    Dataset first = load("{\"train\": \"first.data\", \"test\": \"first.data\", \"labelIndex\": 0}");
    assertEquals(2, first.train().rows());
    assertEquals(List.of("setosa", "versicolor"), first.classNames());
  }

  @Test
  @DisplayName("a held-out file follows the training file's header: one sample line is not taken for names")
  void heldOutFollowsTraining() throws Exception {
    file("h.csv", "a,b,y\n1,2,0\n3,4,1\n");
    file("nh.csv", "5,6,1\n");
    assertEquals(dir.resolve("nh.csv") + ": line 1: expected the columns of " + dir.resolve("h.csv")
        + ": a, b, y, got 5, 6, 1", error("{\"train\": \"h.csv\", \"test\": \"nh.csv\"}"));
    file("p.csv", "1,2,0\n3,4,1\n");
    file("q.csv", "a,b,y\n5,6,1\n");
    assertEquals(dir.resolve("q.csv") + ": line 1, column 1: expected a number, got 'a'",
        error("{\"train\": \"p.csv\", \"test\": \"q.csv\"}"));
  }

  @Test
  @DisplayName("an empty label cell is refused as a missing label, for classes and for regression targets")
  void emptyLabel() throws Exception {
    file("e.csv", "x,y,species\n1,2,setosa\n3,4,\n");
    assertEquals(dir.resolve("e.csv") + ": line 3, column 3 ('species'): expected a label (the sample's class), got "
        + "an empty cell", error("{\"train\": \"e.csv\"}"));
    file("r.csv", "1,2,0.5\n3,4,\n");
    assertEquals(dir.resolve("r.csv") + ": line 2, column 3: expected a number (the regression target), got an "
        + "empty cell", error("{\"train\": \"r.csv\", \"task\": \"regression\"}"));
  }

  @Test
  @DisplayName("one file: the held-out share is seeded (same seed, same rows; rows keep their labels); subsample "
      + "keeps that many training rows in file order")
  void splitAndSubsample() throws Exception {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 40; i++) {
      text.append(i).append(',').append(i * 0.5).append(',').append(i % 4).append('\n');
    }
    file("s.csv", text.toString());
    String seeded = "{\"train\": \"s.csv\", \"options\": {\"testFraction\": 0.25, \"splitSeed\": %d%s}}";
    Dataset a = load(String.format(seeded, 3, ""));
    Dataset b = load(String.format(seeded, 3, ""));
    Dataset c = load(String.format(seeded, 4, ""));
    assertEquals(30, a.train().rows());
    assertEquals(10, a.test().rows());
    assertArrayEquals(a.test().features(), b.test().features());
    assertNotEquals(java.util.Arrays.toString(a.test().features()), java.util.Arrays.toString(c.test().features()));
    for (Dataset d : List.of(a, c)) {
      for (int r = 0; r < d.test().rows(); r++) {
        int row = (int) d.test().features()[2 * r];
        assertEquals(row * 0.5, d.test().features()[2 * r + 1]);
        assertEquals(row % 4, d.test().labels()[r], "the label of row " + row);
      }
    }
    Dataset sub = load(String.format(seeded, 3, ", \"subsample\": 12"));
    assertEquals(12, sub.train().rows());
    assertEquals(10, sub.test().rows(), "the held-out split is not subsampled");
    assertArrayEquals(a.test().features(), sub.test().features(), "subsampling happens after the split");
    for (int r = 0; r < 12; r++) {
      int row = (int) sub.train().features()[2 * r];
      assertEquals(row % 4, sub.train().labels()[r]);
      if (r > 0) {
        assertTrue(row > (int) sub.train().features()[2 * (r - 1)], "file order");
      }
    }
  }

  @Test
  @DisplayName("quoted cells (RFC 4180) may hold the delimiter and doubled quotes; a quote left open is refused")
  void quotedCells() throws Exception {
    file("q.csv", "\"x, first\",\"y\",\"kind\"\n1.5,\"2\",\"big, \"\"red\"\"\"\n \"3\" ,4, small\n5,6,\"big, \"\"red\"\"\"\n");
    Dataset d = load("{\"train\": \"q.csv\", \"test\": \"q.csv\", \"labelColumn\": \"kind\"}");
    assertEquals(3, d.train().rows());
    assertArrayEquals(new double[] {1.5, 2, 3, 4, 5, 6}, d.train().features());
    assertEquals(List.of("big, \"red\"", "small"), d.classNames());
    assertArrayEquals(new int[] {0, 1, 0}, d.train().labels());
    file("blank.csv", "1,\" a\"\n2,\"a\"\n");
    assertEquals(List.of(" a", "a"), load("{\"train\": \"blank.csv\", \"test\": \"blank.csv\"}").classNames(),
        "blanks inside quotes belong to the cell");
    file("open.csv", "1,2,0\n3,\"4,1\n");
    assertEquals(dir.resolve("open.csv") + ": line 2, column 2: expected a closing double quote for the one at "
        + "character 3 (quoted cells must end on their line), got the end of the line",
        error("{\"train\": \"open.csv\"}"));
    file("after.csv", "1,\"2\"x,0\n");
    assertEquals(dir.resolve("after.csv") + ": line 1, column 2: expected the delimiter or the end of the line after a "
        + "quoted cell, got 'x,0'", error("{\"train\": \"after.csv\"}"));
  }

  @Test
  @DisplayName("hostile CSV: infinite numbers, a missing value in the first row, an ambiguous label column, text "
      + "that is not UTF-8, a directory and a named pipe are refused naming the place")
  void hostileCsv() throws Exception {
    file("inf.csv", "a,b,y\n1,2,0\n1e309,2,1\n");
    assertEquals(dir.resolve("inf.csv") + ": line 3, column 1 ('a'): expected a finite number (this one overflows a "
        + "double), got '1e309'", error("{\"train\": \"inf.csv\"}"));
    file("gap.csv", "5.1,,0\n3,4,1\n5,6,0\n");
    assertEquals(dir.resolve("gap.csv") + ": line 1, column 2: expected a number, got ''",
        error("{\"train\": \"gap.csv\"}"));
    file("dup.csv", "a,label,label\n1,0,1\n2,1,0\n");
    assertEquals(dir.resolve("dup.csv") + ": line 1: expected one column named 'label' in the header, got columns 2 "
        + "and 3 both named so", error("{\"train\": \"dup.csv\", \"labelColumn\": \"label\"}"));
    Files.write(dir.resolve("latin1.csv"), "x,y\n1,caf\u00e9\n2,tea\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    assertEquals(dir.resolve("latin1.csv") + ": line 2 (byte 9): expected UTF-8 text, got the byte E9, which is not "
        + "UTF-8 (Latin-1 or Windows-1252 text? save it as UTF-8)", error("{\"train\": \"latin1.csv\"}"));
    Files.write(dir.resolve("u16.csv"), prependBom("x,y\n1,0\n"));
    assertEquals(dir.resolve("u16.csv") + ": byte 0: expected UTF-8 text, got a UTF-16 or UTF-32 file (it starts with "
        + "the bytes FF FE); save it as UTF-8", error("{\"train\": \"u16.csv\"}"));
    Files.createDirectory(dir.resolve("adir"));
    assertEquals(dir.resolve("adir") + ": train: expected a file, got a directory", error("{\"train\": \"adir\"}"));
    Path fifo = dir.resolve("fifo.csv");
    if (new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0) { // not on every system
      assertEquals(fifo + ": train: expected a regular file, got a named pipe, socket or device",
          error("{\"train\": \"fifo.csv\"}"));
    }
  }

  private static byte[] prependBom(String text) {
    byte[] body = text.getBytes(java.nio.charset.StandardCharsets.UTF_16LE);
    byte[] out = new byte[body.length + 2];
    out[0] = (byte) 0xFF;
    out[1] = (byte) 0xFE;
    System.arraycopy(body, 0, out, 2, body.length);
    return out;
  }

  @Test
  @DisplayName("numeric labels: -0 is 0; labels that one double cannot tell apart, or that leave its range, are refused")
  void numericLabels() throws Exception {
    file("z.csv", "1,-0\n2,0\n3,1\n4,+1\n");
    Dataset d = load("{\"train\": \"z.csv\", \"test\": \"z.csv\"}");
    assertEquals(List.of("0", "1"), d.classNames());
    assertArrayEquals(new int[] {0, 0, 1, 1}, d.train().labels());
    file("mixed.csv", "1,1\n2,+1\n3,1.0\n4,0\n5,x\n");
    Dataset mixed = load("{\"train\": \"mixed.csv\", \"test\": \"mixed.csv\"}");
    assertEquals(List.of("0", "1", "x"), mixed.classNames(), "numbers stay numbers beside a word");
    assertArrayEquals(new int[] {1, 1, 1, 0, 2}, mixed.train().labels());
    file("close.csv", "1,9007199254740992\n2,9007199254740993\n");
    assertEquals(dir.resolve("close.csv") + ": line 2, column 2: expected labels that stay distinct as doubles, got "
        + "'9007199254740993' and '9007199254740992', both 9.007199254740992E15",
        error("{\"train\": \"close.csv\", \"test\": \"close.csv\"}"));
    file("exponent.csv", "1,0\n2,1e9999999999\n");
    assertEquals(dir.resolve("exponent.csv") + ": line 2, column 2: expected a label within the range of a double, "
        + "got '1e9999999999'", error("{\"train\": \"exponent.csv\", \"test\": \"exponent.csv\"}"));
    file("tiny.csv", "1,1e-400\n2,1\n");
    assertEquals(dir.resolve("tiny.csv") + ": line 1, column 2: expected a label within the range of a double, got "
        + "'1e-400'", error("{\"train\": \"tiny.csv\", \"test\": \"tiny.csv\"}"));
  }

  @Test
  @DisplayName("declared classes with integer labels keep the labels as class indices")
  void declaredClasses() throws Exception {
    file("d.csv", "0.5,3\n1.5,0\n2.5,3\n");
    Dataset d = load("{\"train\": \"d.csv\", \"test\": \"d.csv\", \"classes\": 5}");
    assertEquals(5, d.classes());
    assertEquals(List.of(), d.classNames());
    assertArrayEquals(new int[] {3, 0, 3}, d.train().labels());
  }

  @Test
  @DisplayName("sklearn-style file: 'samples, features, class names' header, label last and an index into the names")
  void sklearn() throws Exception {
    file("iris.csv", "3,2,setosa,versicolor,virginica\n5.1,3.5,0\n7.0,3.2,1\n6.3,3.3,2\n");
    Dataset d = load("{\"train\": \"iris.csv\", \"test\": \"iris.csv\", \"header\": \"sklearn\"}");
    assertEquals(List.of("setosa", "versicolor", "virginica"), d.classNames());
    assertArrayEquals(new int[] {0, 1, 2}, d.train().labels());
    assertEquals(2, d.train().columns());
    file("bad.csv", "4,2,setosa,versicolor\n5.1,3.5,0\n7.0,3.2,1\n");
    assertEquals(dir.resolve("bad.csv") + ": line 3 (the end): expected 4 samples, as the sklearn header on line 1 says, "
        + "got 2 samples", error("{\"train\": \"bad.csv\", \"header\": \"sklearn\"}"));
    file("bad2.csv", "2,2,setosa,versicolor\n5.1,3.5,0\n7.0,3.2,2\n");
    assertEquals(dir.resolve("bad2.csv") + ": line 3, column 3: expected a label in [0, 2) (2 class names in the "
        + "sklearn header of " + dir.resolve("bad2.csv") + "), got '2'", error("{\"train\": \"bad2.csv\", "
        + "\"header\": \"sklearn\"}"));
  }

  @Test
  @DisplayName("regression: the label column is the real target")
  void regression() throws Exception {
    file("r.csv", "x,y\n1,2.5\n2,4.5\n3,6.5\n");
    Dataset d = load("{\"train\": \"r.csv\", \"test\": \"r.csv\", \"task\": \"regression\", \"labelColumn\": \"y\"}");
    assertEquals(0, d.classes());
    assertArrayEquals(new double[] {2.5, 4.5, 6.5}, d.train().targets());
    assertEquals(1, d.train().targetColumns());
    file("r2.csv", "x,y\n1,2.5\n2,big\n");
    assertEquals(dir.resolve("r2.csv") + ": line 3, column 2 ('y'): expected a finite number (the regression target), got 'big'",
        error("{\"train\": \"r2.csv\", \"task\": \"regression\"}"));
  }

  @Test
  @DisplayName("standardisation fits the training file only; the held-out mean is not 0")
  void standardize() throws Exception {
    file("s.csv", "x,c\n1,a\n2,b\n3,a\n");
    file("t.csv", "x,c\n10,a\n");
    Dataset d = load("{\"train\": \"s.csv\", \"test\": \"t.csv\", \"options\": {\"standardize\": true}}");
    double sd = Math.sqrt(2.0 / 3);
    assertEquals(-1 / sd, d.train().features()[0], 1e-12);
    assertEquals(8 / sd, d.test().features()[0], 1e-12);
  }

  @Test
  @DisplayName("the identity changes with the bytes and the layout fields, not with the file's name")
  void identity() throws Exception {
    file("a.csv", IRIS);
    file("b.csv", IRIS);
    String a = load("{\"train\": \"a.csv\"}").identity();
    TabularConfig withTest = new TabularConfig(null, "a.csv", "b.csv", null, "species", null, null, null, null, null,
        null);
    assertEquals(new TabularPlugin().load(withTest, new DatasetContext(dir)).identity(),
        new TabularPlugin().identity(withTest, new DatasetContext(dir)), "identity without parsing");
    assertEquals(a, load("{\"train\": \"b.csv\"}").identity());
    assertNotEquals(a, load("{\"train\": \"a.csv\", \"labelColumn\": \"species\"}").identity());
    file("b.csv", IRIS + "5.0,3.0,setosa\n");
    assertNotEquals(a, load("{\"train\": \"b.csv\"}").identity());
  }

  @Test
  @DisplayName("a ragged CSV row is refused with the file, the line and both cell counts")
  void ragged() throws Exception {
    file("r.csv", "1,2,0\n3,4,1\n5,0\n");
    assertEquals(dir.resolve("r.csv") + ": line 3: expected 3 cells (as in line 1), got 2", error("{\"train\": \"r.csv\"}"));
  }

  @Test
  @DisplayName("a non-numeric feature cell is refused with the line, the column and its name")
  void nonNumeric() throws Exception {
    file("n.csv", IRIS.replace("3.2", "3,2x").replace("7.0,3,2x", "7.0,abc"));
    assertEquals(dir.resolve("n.csv") + ": line 4, column 2 ('sepal_width'): expected a number, got 'abc'",
        error("{\"train\": \"n.csv\"}"));
    file("m.csv", "1,2,0\n1,,0\n");
    assertEquals(dir.resolve("m.csv") + ": line 2, column 2: expected a number, got ''", error("{\"train\": \"m.csv\"}"));
    file("h.csv", "1,0x1p3,0\n");
    assertEquals(dir.resolve("h.csv") + ": line 1, column 2: expected a number, got '0x1p3'",
        error("{\"train\": \"h.csv\", \"header\": \"none\"}"));
  }

  @Test
  @DisplayName("a missing label column is refused listing the header's columns")
  void missingLabelColumn() throws Exception {
    file("iris.csv", IRIS);
    assertEquals(dir.resolve("iris.csv") + ": line 1: expected a column named 'class' in the header, got the columns "
        + "sepal_length, sepal_width, species", error("{\"train\": \"iris.csv\", \"labelColumn\": \"class\"}"));
    assertEquals(dir.resolve("iris.csv") + ": line 1: expected a labelIndex in [-3, 3) for lines of 3 cells, got "
        + "labelIndex 3", error("{\"train\": \"iris.csv\", \"labelIndex\": 3}"));
  }

  @Test
  @DisplayName("a held-out file with other columns than the training file is refused naming both")
  void testColumns() throws Exception {
    file("iris.csv", IRIS);
    file("t.csv", "sepal_length,petal,species\n1,2,setosa\n");
    assertEquals(dir.resolve("t.csv") + ": line 1: expected the columns of " + dir.resolve("iris.csv")
        + ": sepal_length, sepal_width, species, got sepal_length, petal, species",
        error("{\"train\": \"iris.csv\", \"test\": \"t.csv\"}"));
    file("u.csv", "1,2,3,0\n");
    assertEquals(dir.resolve("u.csv") + ": line 1: expected 3 cells (as in " + dir.resolve("iris.csv") + "), got 4",
        error("{\"train\": \"iris.csv\", \"test\": \"u.csv\"}"));
  }

  @Test
  @DisplayName("a label outside the declared class count is refused naming the label and the count")
  void labelOutsideClasses() throws Exception {
    file("d.csv", "0.5,1\n1.5,0\n2.5,3\n");
    assertEquals(dir.resolve("d.csv") + ": line 3, column 2: expected a label in [0, 3) (classes = 3), got '3'",
        error("{\"train\": \"d.csv\", \"classes\": 3}"));
    file("iris.csv", IRIS);
    assertEquals(dir.resolve("iris.csv") + ": line 5, column 3 ('species'): expected at most 2 distinct labels "
        + "(classes = 2), got the 3rd distinct label, 'virginica'", error("{\"train\": \"iris.csv\", \"classes\": 2}"));
  }

  @Test
  @DisplayName("LIBSVM: 1-based sparse indices densified, qid and comments skipped, ±1 labels remapped")
  void libsvm() throws Exception {
    file("a.svm", "+1 1:0.5 3:2 # a comment\n-1 qid:3 2:-1.5\n\n# only a comment\n1 4:1e-3\n");
    file("b.svm", "-1 5:7\n");
    Dataset d = load("{\"format\": \"libsvm\", \"train\": \"a.svm\", \"test\": \"b.svm\"}");
    assertEquals(2, d.classes());
    assertEquals(List.of("-1", "1"), d.classNames());
    assertEquals(5, d.train().columns());
    assertArrayEquals(new double[] {0.5, 0, 2, 0, 0, 0, -1.5, 0, 0, 0, 0, 0, 0, 1e-3, 0}, d.train().features());
    assertArrayEquals(new int[] {1, 0, 1}, d.train().labels());
    assertArrayEquals(new double[] {0, 0, 0, 0, 7}, d.test().features());
    Dataset wide = load("{\"format\": \"libsvm\", \"train\": \"a.svm\", \"test\": \"b.svm\", \"features\": 8, "
        + "\"task\": \"regression\"}");
    assertEquals(8, wide.train().columns());
    assertEquals(1, wide.train().targetColumns());
    assertArrayEquals(new double[] {1, -1, 1}, wide.train().targets(), "the labels as real targets");
    file("r.svm", "2.5 1:1\n-0.125 qid:1 2:1\n1e-3 1:2 # note\n");
    Dataset regression = load("{\"format\": \"libsvm\", \"train\": \"r.svm\", \"test\": \"r.svm\", "
        + "\"task\": \"regression\"}");
    assertArrayEquals(new double[] {2.5, -0.125, 1e-3}, regression.train().targets());
    assertArrayEquals(new double[] {1, 0, 0, 1, 2, 0}, regression.train().features());
  }

  @Test
  @DisplayName("LIBSVM lines that do not parse are refused with the line, the token and what was expected")
  void libsvmErrors() throws Exception {
    file("a.svm", "1 1:0.5\n0 2:x\n");
    assertEquals(dir.resolve("a.svm") + ": line 2, token 2: expected index:value with an integer index ≥ 1 and a number, "
        + "got '2:x'", error("{\"format\": \"libsvm\", \"train\": \"a.svm\"}"));
    file("b.svm", "1 3:1 2:1\n");
    assertEquals(dir.resolve("b.svm") + ": line 1, token 3: expected feature indices in increasing order, got 2 after 3",
        error("{\"format\": \"libsvm\", \"train\": \"b.svm\"}"));
    file("c.svm", "1:0.5 2:1\n");
    assertEquals(dir.resolve("c.svm") + ": line 1: expected a label before the index:value pairs, got '1:0.5'",
        error("{\"format\": \"libsvm\", \"train\": \"c.svm\"}"));
    file("d.svm", "1 0:1\n");
    assertEquals(dir.resolve("d.svm") + ": line 1, token 2: expected a feature index ≥ 1 (indices count from 1), got 0",
        error("{\"format\": \"libsvm\", \"train\": \"d.svm\"}"));
    file("e.svm", "1 1:1 9:1\n");
    assertEquals(dir.resolve("e.svm") + ": line 1, token 3: expected a feature index in [1, 4] (features = 4), got 9",
        error("{\"format\": \"libsvm\", \"train\": \"e.svm\", \"features\": 4}"));
    file("g.svm", "1 1:1\n0 2:1\n");
    assertEquals(dir.resolve("g.svm") + ": all lines: expected at most 2147483639 dense values (rows × features, one Java array), "
        + "got 2 × 2000000000", error("{\"format\": \"libsvm\", \"train\": \"g.svm\", \"features\": 2000000000}"));
    file("multi.svm", "1 1:1\n1,2 1:2\n");
    assertEquals(dir.resolve("multi.svm") + ": line 2, token 1: expected one label (multi-label lines are not "
        + "supported), got '1,2'", error("{\"format\": \"libsvm\", \"train\": \"multi.svm\"}"));
    file("huge.svm", "1 1:1 99999999999:2\n");
    assertEquals(dir.resolve("huge.svm") + ": line 1, token 3: expected a feature index at most 2147483647, got "
        + "'99999999999'", error("{\"format\": \"libsvm\", \"train\": \"huge.svm\"}"));
    file("inf.svm", "1 1:1e309\n");
    assertEquals(dir.resolve("inf.svm") + ": line 1, token 2: expected a finite value (this one overflows a double), "
        + "got '1:1e309'", error("{\"format\": \"libsvm\", \"train\": \"inf.svm\"}"));
    file("bare.svm", "1\n-1\n1\n");
    assertEquals(dir.resolve("bare.svm") + ": all lines: expected at least one index:value pair (a feature) in the file "
        + "or a features count, got labels only", error("{\"format\": \"libsvm\", \"train\": \"bare.svm\"}"));
    file("t.svm", "0.5 1:1\nabc 1:2\n");
    assertEquals(dir.resolve("t.svm") + ": line 2, token 1: expected a finite number (the regression target), got 'abc'",
        error("{\"format\": \"libsvm\", \"train\": \"t.svm\", \"task\": \"regression\"}"));
    file("f.svm", "# nothing\n");
    assertEquals(dir.resolve("f.svm") + ": line 1 (the end): expected at least one sample, got none",
        error("{\"format\": \"libsvm\", \"train\": \"f.svm\"}"));
  }

  @Test
  @DisplayName("config: mutually exclusive and format-specific fields are refused naming the field")
  void badConfig() {
    assertEquals("$.dataset.train: expected the path of a csv file, got nothing", bindError("{}"));
    assertEquals("$.dataset.delimiter: expected a character that cannot be part of a number or end a line (',', ';', "
        + "'\\t', '|', ' '), got '\\n'", bindError("{\"train\": \"a\", \"delimiter\": \"\\n\"}"));
    assertEquals("$.dataset.labelColumn: expected either labelColumn or labelIndex, not both, got 'y' and 2",
        bindError("{\"train\": \"a\", \"labelColumn\": \"y\", \"labelIndex\": 2}"));
    assertEquals("$.dataset.delimiter: expected one character, got ', '",
        bindError("{\"train\": \"a\", \"delimiter\": \", \"}"));
    assertEquals("$.dataset.header: expected no value for libsvm files, got none",
        bindError("{\"format\": \"libsvm\", \"train\": \"a\", \"header\": \"none\"}"));
    assertEquals("$.dataset.format: expected one of csv, libsvm, got 'arff'", bindError("{\"format\": \"arff\"}"));
    assertEquals("$.dataset.classes: expected no value for task regression, got 3",
        bindError("{\"train\": \"a\", \"task\": \"regression\", \"classes\": 3}"));
    assertEquals("$.dataset.features: expected no value for csv files (their width is their column count), got 3",
        bindError("{\"train\": \"a\", \"features\": 3}"));
  }

  @Test
  @DisplayName("a normalised config binds again to itself (JSON round trip, as results store it)")
  void roundTrip() throws Exception {
    for (TabularConfig c : List.of(TabularConfig.csv("a", null), TabularConfig.libsvm("a", "b"),
        new TabularConfig(null, "a", null, Header.SKLEARN, null, null, null, null, null, null, null))) {
      JsonNode json = ConfigBinder.mapper().valueToTree(c);
      assertEquals(c, ConfigBinder.bind(json, TabularConfig.class, "$.dataset"));
    }
  }

  private static String bindError(String json) {
    return assertThrows(ConfigException.class, () -> ConfigBinder.bind(ConfigBinder.mapper().readTree(json),
        TabularConfig.class, "$.dataset")).getMessage();
  }
}
