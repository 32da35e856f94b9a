package org.hesstrucks.dataset.tabular;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hesstrucks.dataset.DataFormatException;

/**
 * Reads delimited text: an optional header, then one sample per line; blank lines are skipped. Every line
 * must have as many cells as the first; every feature cell must be a decimal number.
 */
final class CsvReader {
  private final TabularConfig config;
  private final char delimiter;

  CsvReader(TabularConfig config) {
    this.config = config;
    this.delimiter = config.delimiter().charAt(0);
  }

  /**
   * Reads one file.
   *
   * @param reference the training table when reading the held-out file (its width and header must match), else
   *     null
   */
  ParsedTable read(Path file, BufferedReader in, ParsedTable reference, List<String> referenceHeader,
      List<String> headerOut) throws IOException {
    ParsedTable table = new ParsedTable(file);
    int lineNumber = 0;
    int firstLine = 0;
    int cells = -1;
    int labelColumn = -1;
    int sklearnRows = -1;
    List<String> names = null;
    String line;
    while ((line = in.readLine()) != null) {
      lineNumber++;
      if (line.isBlank()) {
        continue;
      }
      List<String> row = split(file, lineNumber, line);
      if (cells == -1) {
        firstLine = lineNumber;
        Header header = config.header();
        if (header == Header.SKLEARN) {
          sklearnRows = sklearnHeader(file, lineNumber, row, table);
          cells = -2; // the next line sets the width
          continue;
        }
        boolean named = header == Header.NAMES || header == Header.AUTO && looksLikeHeader(row, reference,
            referenceHeader, in, file, lineNumber);
        if (named) {
          names = row;
          cells = row.size();
          if (cells < 2) {
            throw new DataFormatException(file, "line " + lineNumber, "at least 2 columns (features and a label)",
                cells + " column");
          }
          labelColumn = labelColumn(file, lineNumber, row, names);
          checkWidth(file, lineNumber, cells, reference);
          if (referenceHeader != null && !referenceHeader.equals(names)) {
            throw new DataFormatException(file, "line " + lineNumber, "the columns of " + reference.file + ": "
                + String.join(", ", referenceHeader), String.join(", ", names));
          }
          headerOut.addAll(names);
          continue;
        }
        cells = row.size();
        labelColumn = labelColumn(file, lineNumber, row, null);
        checkWidth(file, lineNumber, cells, reference);
      } else if (cells == -2) {
        cells = row.size();
        labelColumn = cells - 1;
        if (cells != table.columns + 1) {
          throw new DataFormatException(file, "line " + lineNumber, (table.columns + 1) + " cells (" + table.columns
              + " features as the sklearn header on line " + firstLine + " says, then the label)",
              Integer.toString(cells));
        }
        checkWidth(file, lineNumber, cells, reference);
      }
      if (row.size() != cells) {
        throw new DataFormatException(file, "line " + lineNumber, cells + " cells (as in line " + firstLine + ")",
            Integer.toString(row.size()));
      }
      if (table.rows == 0) {
        table.columns = cells - 1;
      }
      double[] values = new double[cells - 1];
      int k = 0;
      for (int c = 0; c < cells; c++) {
        String cell = row.get(c);
        if (c == labelColumn) {
          if (cell.isEmpty()) {
            throw new DataFormatException(file, place(lineNumber, c, names), config.task() == Task.REGRESSION
                ? "a number (the regression target)" : "a label (the sample's class)", "an empty cell");
          }
          if (config.task() == Task.REGRESSION && !ParsedTable.isFiniteNumber(cell)) {
            throw new DataFormatException(file, place(lineNumber, c, names), "a finite number (the regression "
                + "target)", ParsedTable.quote(cell));
          }
          continue;
        }
        if (!ParsedTable.isNumber(cell)) {
          throw new DataFormatException(file, place(lineNumber, c, names), "a number", ParsedTable.quote(cell));
        }
        if (!ParsedTable.isFiniteNumber(cell)) {
          throw new DataFormatException(file, place(lineNumber, c, names), "a finite number (this one overflows a "
              + "double)", ParsedTable.quote(cell));
        }
        values[k++] = Double.parseDouble(cell);
      }
      if (table.rows == 0) {
        table.labelWhere = place(0, labelColumn, names).substring("line 0".length());
      }
      table.add(values, row.get(labelColumn), lineNumber);
    }
    if (sklearnRows >= 0 && table.rows != sklearnRows) {
      throw new DataFormatException(file, "line " + lineNumber + " (the end)", sklearnRows
          + " samples, as the sklearn header on line " + firstLine + " says", table.rows + " samples");
    }
    if (table.rows == 0) {
      throw new DataFormatException(file, "line " + lineNumber + " (the end)", "at least one sample", "none");
    }
    return table;
  }

  /**
   * {@link Header#AUTO}'s decision for a file's first non-blank line. A held-out file follows the training file. A
   * label column given by name needs a header. Otherwise the line is a header when one of its feature cells is not
   * a number: the label cell does not count, since class names are often words (a headerless file such as UCI's
   * {@code iris.data}, {@code 5.1,3.5,1.4,0.2,Iris-setosa}, would otherwise lose its first sample to a header), nor
   * does an empty cell (a first sample with a missing value is refused as such, not taken for names). When every
   * feature cell is a number and the label cell a word, the next non-blank line decides: a number in its label cell
   * makes this line a header (pandas writes {@code 0,1,2,3,target} above numeric labels), a word makes it a sample
   * (as in {@code iris.data}). Say {@code header: names} or {@code none} to decide yourself.
   */
  private boolean looksLikeHeader(List<String> row, ParsedTable reference, List<String> referenceHeader,
      BufferedReader in, Path file, int lineNumber) throws IOException {
    if (reference != null) {
      return referenceHeader != null;
    }
    if (config.labelColumn() != null) {
      return true;
    }
    int size = row.size();
    int index = config.labelIndex();
    int label = index < 0 ? size + index : index; // out of range: no cell is skipped, labelColumn refuses it next
    for (int c = 0; c < size; c++) {
      String cell = row.get(c);
      if (c != label && !cell.isEmpty() && !ParsedTable.isNumber(cell)) {
        return true; // an empty cell is a missing value as often as a missing name: it decides nothing
      }
    }
    if (label < 0 || label >= size || row.get(label).isEmpty() || ParsedTable.isNumber(row.get(label))) {
      return false;
    }
    in.mark(LOOKAHEAD);
    try {
      for (String next; (next = in.readLine()) != null; ) {
        if (!next.isBlank()) {
          List<String> cells;
          try {
            cells = split(file, lineNumber + 1, next);
          } catch (DataFormatException e) {
            return false; // the main loop reports it at its own line
          }
          return cells.size() == size && ParsedTable.isNumber(cells.get(label));
        }
      }
      return false;
    } finally {
      in.reset();
    }
  }

  /** Characters the header decision may read ahead (one line, however long). */
  private static final int LOOKAHEAD = 1 << 24;

  private static void checkWidth(Path file, int lineNumber, int cells, ParsedTable reference)
      throws DataFormatException {
    if (reference != null && cells - 1 != reference.columns) {
      throw new DataFormatException(file, "line " + lineNumber, (reference.columns + 1) + " cells (as in "
          + reference.file + ")", Integer.toString(cells));
    }
  }

  /** "samples, features[, class names…]"; returns the sample count and sets the width and the names. */
  private static int sklearnHeader(Path file, int lineNumber, List<String> row, ParsedTable table)
      throws DataFormatException {
    if (row.size() < 2 || !row.get(0).matches("\\d+") || !row.get(1).matches("\\d+")) {
      throw new DataFormatException(file, "line " + lineNumber, "an sklearn header: the sample count, the feature "
          + "count, then the class names (if any)", ParsedTable.quote(String.join(",", row)));
    }
    table.columns = Integer.parseInt(row.get(1));
    table.classNames = row.size() > 2 ? List.copyOf(row.subList(2, row.size())) : null;
    return Integer.parseInt(row.get(0));
  }

  /** The label column's index in a row of {@code row.size()} cells. */
  private int labelColumn(Path file, int lineNumber, List<String> row, List<String> names)
      throws DataFormatException {
    if (config.labelColumn() != null) {
      if (names == null) {
        throw new DataFormatException(file, "line " + lineNumber, "a header with a column named '"
            + config.labelColumn() + "'", "a line of numbers");
      }
      int index = names.indexOf(config.labelColumn());
      int again = names.lastIndexOf(config.labelColumn());
      if (again != index) {
        throw new DataFormatException(file, "line " + lineNumber, "one column named '" + config.labelColumn()
            + "' in the header", "columns " + (index + 1) + " and " + (again + 1) + " both named so");
      }
      if (index < 0) {
        throw new DataFormatException(file, "line " + lineNumber, "a column named '" + config.labelColumn()
            + "' in the header", "the columns " + String.join(", ", names));
      }
      return index;
    }
    int size = row.size();
    if (size < 2) {
      throw new DataFormatException(file, "line " + lineNumber, "at least 2 cells (features and a label)",
          Integer.toString(size));
    }
    int index = config.labelIndex();
    if (index < -size || index >= size) {
      throw new DataFormatException(file, "line " + lineNumber, "a labelIndex in [" + -size + ", " + size
          + ") for lines of " + size + " cells", "labelIndex " + index);
    }
    return index < 0 ? size + index : index;
  }

  private static String place(int line, int column, List<String> names) {
    return "line " + line + ", column " + (column + 1)
        + (names == null ? "" : " (" + ParsedTable.quote(names.get(column)) + ")");
  }

  /**
   * Splits a line into cells as RFC 4180 does, on one line: a cell that starts (after blanks) with a double quote
   * runs to the matching closing quote and may hold the delimiter and doubled quotes ({@code ""} for one); other
   * cells run to the next delimiter. Cells are trimmed of blanks outside the quotes.
   *
   * @throws DataFormatException naming the line and column of a quote that is not closed on its line, or of
   *     characters after a closing quote
   */
  List<String> split(Path file, int lineNumber, String line) throws DataFormatException {
    List<String> cells = new ArrayList<>();
    int i = 0;
    int n = line.length();
    while (true) {
      while (i < n && line.charAt(i) != delimiter && Character.isWhitespace(line.charAt(i))) {
        i++;
      }
      if (i < n && line.charAt(i) == '"') {
        int opened = i;
        StringBuilder cell = new StringBuilder();
        i++;
        while (true) {
          if (i >= n) {
            throw new DataFormatException(file, "line " + lineNumber + ", column " + (cells.size() + 1),
                "a closing double quote for the one at character " + (opened + 1) + " (quoted cells must end on "
                    + "their line)", "the end of the line");
          }
          char c = line.charAt(i++);
          if (c == '"') {
            if (i < n && line.charAt(i) == '"') {
              cell.append('"');
              i++;
            } else {
              break;
            }
          } else {
            cell.append(c);
          }
        }
        while (i < n && line.charAt(i) != delimiter && Character.isWhitespace(line.charAt(i))) {
          i++;
        }
        if (i < n && line.charAt(i) != delimiter) {
          throw new DataFormatException(file, "line " + lineNumber + ", column " + (cells.size() + 1),
              "the delimiter or the end of the line after a quoted cell", ParsedTable.quote(line.substring(i)));
        }
        cells.add(cell.toString()); // blanks inside the quotes are the cell's own
      } else {
        int start = i;
        while (i < n && line.charAt(i) != delimiter) {
          i++;
        }
        cells.add(line.substring(start, i).trim());
      }
      if (i >= n) {
        return cells;
      }
      i++; // the delimiter
    }
  }
}
