package org.hesstrucks.model.mlp;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Parameters as a plain text file that PyTorch (or anything) can read: comment lines starting with {@code #}
 * (the writer puts the shape and layout there), then the number of parameters on a line of its own, then one
 * value per line in the flat {@code nn.Linear} layout (layer by layer: weight [out][in] row-major, then bias).
 * Values are written with {@link Double#toString}, which reads back to the same bits; blank lines are ignored.
 * For example, in Python: {@code v = np.loadtxt(path, comments="#")[1:]}.
 */
public final class ParameterFile {
  private ParameterFile() {}

  /**
   * Writes {@code x} to {@code path} with {@code header} as comment lines.
   *
   * @param x not modified
   */
  public static void write(Path path, double[] x, String header) throws IOException {
    try (BufferedWriter out = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
      for (String line : header.split("\n", -1)) {
        out.write("# " + line + "\n");
      }
      out.write(x.length + "\n");
      for (double value : x) {
        out.write(Double.toString(value));
        out.write('\n');
      }
    }
  }

  /**
   * Reads a parameter file.
   *
   * @param expectedLength the number of parameters the model has
   * @throws IOException naming the file and line when it does not parse or the count is not {@code expectedLength}
   */
  public static double[] read(Path path, int expectedLength) throws IOException {
    return read(path, expectedLength, null);
  }

  /**
   * Reads a parameter file, also refusing one whose comments say it was written for other layer sizes (a comment
   * containing {@code "sizes S,"}, as {@link MlpModel#saveParameters} writes; files without one are read as they
   * are): two shapes can have the same number of parameters and still lay them out differently.
   *
   * @param expectedSizes the sizes as {@link MlpModel} writes them ("784-256-10"), or null for no check
   * @throws IOException naming the file and line when it does not parse, the count is not {@code expectedLength}
   *     or the sizes are not {@code expectedSizes}
   */
  public static double[] read(Path path, int expectedLength, String expectedSizes) throws IOException {
    try (BufferedReader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
      double[] values = null;
      int count = 0;
      int lineNumber = 0;
      String line;
      while ((line = in.readLine()) != null) {
        lineNumber++;
        String text = line.strip();
        if (text.startsWith("#") && expectedSizes != null) {
          checkSizes(path, lineNumber, text, expectedSizes);
        }
        if (text.isEmpty() || text.startsWith("#")) {
          continue;
        }
        if (values == null) {
          int declared;
          try {
            declared = Integer.parseInt(text);
          } catch (NumberFormatException e) {
            throw new IOException(path + ": line " + lineNumber + ": expected the number of parameters, got '"
                + text + "'", e);
          }
          if (declared != expectedLength) {
            throw new IOException(path + ": line " + lineNumber + ": expected " + expectedLength
                + " parameters for this network, the file declares " + declared);
          }
          values = new double[declared];
          continue;
        }
        if (count == values.length) {
          throw new IOException(path + ": line " + lineNumber + ": expected end of file after " + values.length
              + " values, got '" + text + "'");
        }
        try {
          values[count++] = Double.parseDouble(text);
        } catch (NumberFormatException e) {
          throw new IOException(path + ": line " + lineNumber + ": expected a number, got '" + text + "'", e);
        }
      }
      if (values == null || count != values.length) {
        throw new IOException(path + ": expected " + expectedLength + " values, got "
            + (values == null ? "no count line" : count));
      }
      return values;
    }
  }

  private static final java.util.regex.Pattern SIZES = java.util.regex.Pattern.compile("\\bsizes ([0-9]+(?:-[0-9]+)+),");

  private static void checkSizes(Path path, int lineNumber, String comment, String expected) throws IOException {
    java.util.regex.Matcher m = SIZES.matcher(comment);
    if (m.find() && !m.group(1).equals(expected)) {
      throw new IOException(path + ": line " + lineNumber + ": expected parameters for sizes " + expected
          + ", the file was written for sizes " + m.group(1));
    }
  }
}
