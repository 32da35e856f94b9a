package org.hesstrucks.dataset.tabular;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import org.hesstrucks.dataset.DataFormatException;
import org.hesstrucks.dataset.Datasets;

/**
 * Reads LIBSVM/SVMlight sparse text: {@code label [qid:n] index:value ...} per line, indices from 1 and
 * increasing, anything after {@code #} a comment, blank lines skipped. Rows are kept sparse until
 * {@link #densify} knows the width.
 */
final class LibsvmReader {
  private final TabularConfig config;

  LibsvmReader(TabularConfig config) {
    this.config = config;
  }

  /** One file's rows, sparse. */
  static final class Sparse {
    final ParsedTable table;
    int[][] indices = new int[64][];
    double[][] values = new double[64][];
    int maxIndex;

    Sparse(Path file) {
      table = new ParsedTable(file);
      table.labelWhere = ", token 1";
    }
  }

  Sparse read(Path file, BufferedReader in) throws IOException {
    Sparse sparse = new Sparse(file);
    int lineNumber = 0;
    int rows = 0;
    String line;
    int[] idx = new int[16];
    double[] val = new double[16];
    while ((line = in.readLine()) != null) {
      lineNumber++;
      int hash = line.indexOf('#');
      String content = (hash >= 0 ? line.substring(0, hash) : line).trim();
      if (content.isEmpty()) {
        continue;
      }
      String[] tokens = content.split("\\s+");
      String label = tokens[0];
      if (label.indexOf(':') >= 0) {
        throw new DataFormatException(file, "line " + lineNumber, "a label before the index:value pairs",
            ParsedTable.quote(label));
      }
      if (config.task() == Task.REGRESSION && !ParsedTable.isFiniteNumber(label)) {
        throw new DataFormatException(file, "line " + lineNumber + ", token 1", "a finite number (the regression "
            + "target)", ParsedTable.quote(label));
      }
      if (label.indexOf(',') >= 0) {
        throw new DataFormatException(file, "line " + lineNumber + ", token 1", "one label (multi-label lines are not "
            + "supported)", ParsedTable.quote(label));
      }
      int count = 0;
      int previous = 0;
      for (int t = 1; t < tokens.length; t++) {
        String token = tokens[t];
        if (t == 1 && token.startsWith("qid:")) {
          continue;
        }
        int colon = token.indexOf(':');
        String where = "line " + lineNumber + ", token " + (t + 1);
        if (colon <= 0 || !token.substring(0, colon).matches("\\d+")
            || !ParsedTable.isNumber(token.substring(colon + 1))) {
          throw new DataFormatException(file, where, "index:value with an integer index ≥ 1 and a number",
              ParsedTable.quote(token));
        }
        int index;
        try {
          index = Integer.parseInt(token.substring(0, colon));
        } catch (NumberFormatException e) {
          throw new DataFormatException(file, where, "a feature index at most " + Integer.MAX_VALUE,
              ParsedTable.quote(token.substring(0, colon)));
        }
        if (index < 1) {
          throw new DataFormatException(file, where, "a feature index ≥ 1 (indices count from 1)",
              Integer.toString(index));
        }
        if (index <= previous) {
          throw new DataFormatException(file, where, "feature indices in increasing order",
              index + " after " + previous);
        }
        if (config.features() != null && index > config.features()) {
          throw new DataFormatException(file, where, "a feature index in [1, " + config.features() + "] (features = "
              + config.features() + ")", Integer.toString(index));
        }
        previous = index;
        if (count == idx.length) {
          idx = Arrays.copyOf(idx, 2 * count);
          val = Arrays.copyOf(val, 2 * count);
        }
        idx[count] = index - 1;
        val[count] = Double.parseDouble(token.substring(colon + 1));
        if (Double.isInfinite(val[count])) {
          throw new DataFormatException(file, where, "a finite value (this one overflows a double)",
              ParsedTable.quote(token));
        }
        count++;
      }
      if (rows == sparse.indices.length) {
        sparse.indices = Arrays.copyOf(sparse.indices, 2 * rows);
        sparse.values = Arrays.copyOf(sparse.values, 2 * rows);
      }
      sparse.indices[rows] = Arrays.copyOf(idx, count);
      sparse.values[rows] = Arrays.copyOf(val, count);
      sparse.maxIndex = Math.max(sparse.maxIndex, previous);
      sparse.table.addLabel(label, lineNumber);
      rows++;
    }
    if (rows == 0) {
      throw new DataFormatException(file, "line " + lineNumber + " (the end)", "at least one sample", "none");
    }
    sparse.table.rows = rows;
    return sparse;
  }

  /**
   * Fills the dense features of {@code sparse.table}, {@code columns} wide.
   *
   * @throws DataFormatException when rows × columns does not fit one Java array or half the heap
   */
  static void densify(Sparse sparse, int columns) throws DataFormatException {
    ParsedTable table = sparse.table;
    Datasets.checkDenseSize(table.file, "all lines", table.rows, columns);
    table.columns = columns;
    double[] x = new double[table.rows * columns];
    for (int r = 0; r < table.rows; r++) {
      int[] idx = sparse.indices[r];
      double[] val = sparse.values[r];
      for (int k = 0; k < idx.length; k++) {
        x[r * columns + idx[k]] = val[k];
      }
    }
    table.features = x;
  }
}
