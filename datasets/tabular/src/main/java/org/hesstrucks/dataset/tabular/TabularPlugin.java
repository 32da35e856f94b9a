package org.hesstrucks.dataset.tabular;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.hesstrucks.dataset.DataFormatException;
import org.hesstrucks.dataset.DataSplit;
import org.hesstrucks.dataset.Dataset;
import org.hesstrucks.dataset.DatasetContext;
import org.hesstrucks.dataset.DatasetPlugin;
import org.hesstrucks.dataset.Datasets;

/**
 * The {@code tabular} dataset plugin: CSV and LIBSVM/SVMlight files (see {@link TabularConfig}), for
 * classification (labels remapped to 0 … k − 1, the mapping in {@link Dataset#classNames()}) or regression
 * (one target). The identity is {@code tabular:sha256=<hash of the files' bytes and the layout fields>|<options>}.
 */
public final class TabularPlugin implements DatasetPlugin<TabularConfig> {
  /** The plugin's id in sweep files. */
  public static final String ID = "tabular";

  /** For {@link java.util.ServiceLoader}. */
  public TabularPlugin() {}

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Class<TabularConfig> configType() {
    return TabularConfig.class;
  }

  @Override
  public String description() {
    return "CSV (header or not, sklearn-style) and LIBSVM/SVMlight sparse text, classification or regression";
  }

  @Override
  public Dataset load(TabularConfig config, DatasetContext context) throws IOException {
    Objects.requireNonNull(config, "config");
    Path base = context == null || context.baseDirectory() == null ? Path.of("") : context.baseDirectory();
    Path trainFile = base.resolve(config.train());
    Path testFile = config.test() == null ? null : base.resolve(config.test());
    byte[] trainBytes = read(trainFile, "train");
    byte[] testBytes = testFile == null ? null : read(testFile, "test");
    List<ParsedTable> tables = new ArrayList<>();
    if (config.format() == Format.CSV) {
      CsvReader reader = new CsvReader(config);
      List<String> header = new ArrayList<>();
      ParsedTable train = reader.read(trainFile, lines(trainFile, trainBytes), null, null, header);
      tables.add(train);
      if (testFile != null) {
        tables.add(reader.read(testFile, lines(testFile, testBytes), train, header.isEmpty() ? null : header,
            new ArrayList<>()));
      }
    } else {
      LibsvmReader reader = new LibsvmReader(config);
      List<LibsvmReader.Sparse> sparse = new ArrayList<>();
      sparse.add(reader.read(trainFile, lines(trainFile, trainBytes)));
      if (testFile != null) {
        sparse.add(reader.read(testFile, lines(testFile, testBytes)));
      }
      int columns = config.features() != null ? config.features() : 0;
      for (LibsvmReader.Sparse s : sparse) {
        columns = config.features() != null ? columns : Math.max(columns, s.maxIndex);
      }
      if (columns == 0) {
        throw new DataFormatException(trainFile, "all lines", "at least one index:value pair (a feature) in the "
            + "file or a features count", "labels only");
      }
      for (LibsvmReader.Sparse s : sparse) {
        LibsvmReader.densify(s, columns);
        tables.add(s.table);
      }
    }
    LabelEncoding encoding = LabelEncoding.encode(tables, config);
    List<DataSplit> splits = new ArrayList<>();
    for (int t = 0; t < tables.size(); t++) {
      ParsedTable table = tables.get(t);
      splits.add(encoding.classes > 0
          ? new DataSplit(table.rows, table.columns, table.featureArray(), encoding.labels.get(t), null, 0)
          : new DataSplit(table.rows, table.columns, table.featureArray(), null, encoding.targets.get(t), 1));
    }
    return Datasets.assemble(contentIdentity(config, trainBytes, testBytes), encoding.classes, encoding.classNames,
        splits.get(0), splits.size() > 1 ? splits.get(1) : null, config.options());
  }

  /** The identity {@link #load} gives, from the files' bytes without parsing them. */
  @Override
  public String identity(TabularConfig config, DatasetContext context) throws IOException {
    Objects.requireNonNull(config, "config");
    Path base = context == null || context.baseDirectory() == null ? Path.of("") : context.baseDirectory();
    byte[] trainBytes = read(base.resolve(config.train()), "train");
    byte[] testBytes = config.test() == null ? null : read(base.resolve(config.test()), "test");
    return Datasets.identity(contentIdentity(config, trainBytes, testBytes), config.options());
  }

  private static String contentIdentity(TabularConfig config, byte[] trainBytes, byte[] testBytes) {
    String content = "train=" + sha256(trainBytes) + "\ntest=" + (testBytes == null ? "none" : sha256(testBytes))
        + "\n" + config.layout();
    return ID + ":sha256=" + Datasets.sha256Hex(content);
  }

  private static byte[] read(Path file, String field) throws IOException {
    Datasets.checkReadableFile(file, field);
    return Files.readAllBytes(file);
  }

  /**
   * The text of {@code bytes} as UTF-8, without a byte-order mark (spreadsheet programs write one). Text in
   * another encoding is refused at its first byte that is not UTF-8 (a Latin-1 'é' would otherwise become U+FFFD
   * and merge classes), and UTF-16 or UTF-32 by their byte-order mark.
   */
  private static BufferedReader lines(Path file, byte[] bytes) throws DataFormatException {
    int b0 = bytes.length > 0 ? bytes[0] & 0xFF : -1;
    int b1 = bytes.length > 1 ? bytes[1] & 0xFF : -1;
    if (b0 == 0xFF && b1 == 0xFE || b0 == 0xFE && b1 == 0xFF || b0 == 0 && b1 == 0) {
      throw new DataFormatException(file, "byte 0", "UTF-8 text", String.format("a UTF-16 or UTF-32 file (it starts "
          + "with the bytes %02X %02X); save it as UTF-8", b0, b1));
    }
    int bom = bytes.length >= 3 && b0 == 0xEF && b1 == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
    java.nio.charset.CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
        .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT);
    java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(bytes, bom, bytes.length - bom);
    java.nio.CharBuffer out = java.nio.CharBuffer.allocate(8192);
    while (true) {
      java.nio.charset.CoderResult result = decoder.decode(in, out, true);
      if (result.isError()) {
        int at = in.position();
        int line = 1;
        for (int i = bom; i < at; i++) { // as BufferedReader counts: \n, \r\n and a lone \r end a line
          line += bytes[i] == '\n' || bytes[i] == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n') ? 1 : 0;
        }
        throw new DataFormatException(file, "line " + line + " (byte " + at + ")", "UTF-8 text",
            String.format("the byte %02X, which is not UTF-8 (Latin-1 or Windows-1252 text? save it as UTF-8)",
                bytes[at] & 0xFF));
      }
      if (result.isUnderflow()) {
        break;
      }
      out.clear();
    }
    return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(bytes, bom, bytes.length - bom),
        StandardCharsets.UTF_8));
  }

  private static String sha256(byte[] bytes) {
    MessageDigest digest = Datasets.sha256();
    digest.update(bytes);
    return Datasets.hex(digest);
  }
}
