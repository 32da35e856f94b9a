package org.hesstrucks.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.hesstrucks.result.CellResult;
import org.hesstrucks.result.CellSpec;

/**
 * The depth × batch-size grids of a sweep, read generically from the cells: a cell's depth is its value of a
 * model axis named {@code depth} ({@code model.depth}), else its model block's {@code depth} field; its batch
 * size is {@link CellSpec#batchSize} ("full" for 0). Cells whose model, dataset and other non-optimizer axes
 * agree form one family and one grid. When no family varies in depth or batch size there is no grid, and the
 * page falls back to one panel per problem.
 */
final class Grids {
  /** The label of the full-batch column. */
  static final String FULL = "full";

  /**
   * One family's grid: {@code panels[row][column]} is a problem index ({@link ReportData#problems}), or -1
   * where the sweep has no cell.
   */
  record Grid(String label, List<String> depths, List<String> batchSizes, int[][] panels) {}

  private Grids() {}

  /** The grids, in the order of their first cell; empty when no family varies in depth or batch size. */
  static List<Grid> of(List<CellResult> comparisonCells, List<ProblemGroup> problems) {
    List<String> problemLabels = problems.stream().map(ProblemGroup::label).toList();
    Map<String, List<CellResult>> families = new LinkedHashMap<>();
    for (CellResult cell : comparisonCells) {
      families.computeIfAbsent(family(cell.spec()), k -> new ArrayList<>()).add(cell);
    }
    List<Grid> grids = new ArrayList<>();
    boolean varies = false;
    for (Map.Entry<String, List<CellResult>> family : families.entrySet()) {
      SortedSet<String> depths = new TreeSet<>(NaturalOrder.INSTANCE);
      SortedSet<Integer> batchSizes = new TreeSet<>((a, b) -> a == 0 ? (b == 0 ? 0 : 1) : b == 0 ? -1 : a - b);
      for (CellResult cell : family.getValue()) {
        depths.add(depthLabel(cell.spec()));
        batchSizes.add(cell.spec().batchSize());
      }
      varies |= depths.size() > 1 || batchSizes.size() > 1;
      List<String> rows = List.copyOf(depths);
      List<Integer> columns = List.copyOf(batchSizes);
      int[][] panels = new int[rows.size()][columns.size()];
      for (int[] row : panels) {
        java.util.Arrays.fill(row, -1);
      }
      for (CellResult cell : family.getValue()) {
        int r = rows.indexOf(depthLabel(cell.spec()));
        int c = columns.indexOf(cell.spec().batchSize());
        if (panels[r][c] < 0) {
          panels[r][c] = problemLabels.indexOf(ReportData.problemLabel(cell.spec()));
        }
      }
      grids.add(new Grid(family.getKey(), rows, columns.stream().map(Grids::batchLabel).toList(), panels));
    }
    return varies ? grids : List.of();
  }

  static String batchLabel(int batchSize) {
    return batchSize == 0 ? FULL : Integer.toString(batchSize);
  }

  /** The cell's depth, or null when it has none. */
  static String depth(CellSpec spec) {
    String axis = depthAxis(spec);
    if (axis != null) {
      return text(spec.axes().get(axis));
    }
    if (spec.model() != null && spec.model().has("depth") && spec.model().get("depth").isValueNode()) {
      return spec.model().get("depth").asText();
    }
    return null;
  }

  private static String depthLabel(CellSpec spec) {
    String depth = depth(spec);
    return depth == null ? "" : depth;
  }

  private static String depthAxis(CellSpec spec) {
    if (spec.axes() == null) {
      return null;
    }
    for (String name : spec.axes().keySet()) {
      if (name != null && name.startsWith("model.") && (name.equals("model.depth") || name.endsWith(".depth"))) {
        return name;
      }
    }
    return null;
  }

  /** The model and dataset ids with every non-optimizer axis but depth and batch size: what a grid holds fixed. */
  static String family(CellSpec spec) {
    StringBuilder label = new StringBuilder(id(spec.model(), "model"));
    if (spec.dataset() != null) {
      label.append(" on ").append(id(spec.dataset(), "dataset"));
    }
    String depthAxis = depthAxis(spec);
    if (spec.axes() != null) {
      spec.axes().forEach((name, value) -> {
        if (name != null && !name.startsWith("optimizer.") && !name.equals("batchSize") && !name.equals("seed")
            && !name.equals(depthAxis)) {
          label.append(' ').append(name.startsWith("model.") || name.startsWith("dataset.")
              ? name.substring(name.indexOf('.') + 1) : name).append('=').append(text(value));
        }
      });
    }
    return label.toString();
  }

  private static String id(JsonNode block, String fallback) {
    return block != null && block.hasNonNull("id") ? block.get("id").asText() : "(unnamed " + fallback + ")";
  }

  private static String text(JsonNode value) {
    return value == null ? "null" : value.isValueNode() ? value.asText() : value.toString();
  }
}
