package org.hesstrucks.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class InMemoryDatasetTest {
  private static final DataSplit LABELLED = new DataSplit(2, 1, new double[] {1, 2}, new int[] {0, 1}, null, 0);
  private static final DataSplit TARGETS = new DataSplit(2, 1, new double[] {1, 2}, null, new double[] {3, 4}, 1);

  @Test
  @DisplayName("a dataset's splits agree on width and kind, and class names match the class count")
  void consistency() {
    assertEquals("train has 1 columns, test 2", assertThrows(IllegalArgumentException.class, () -> new InMemoryDataset(
        "x", 2, List.of(), LABELLED, new DataSplit(1, 2, new double[2], new int[1], null, 0))).getMessage());
    assertEquals("a regression dataset has targets, not labels", assertThrows(IllegalArgumentException.class,
        () -> new InMemoryDataset("x", 0, List.of(), LABELLED, LABELLED)).getMessage());
    assertEquals("a dataset of 2 classes has labels in both splits", assertThrows(IllegalArgumentException.class,
        () -> new InMemoryDataset("x", 2, List.of(), LABELLED, TARGETS)).getMessage());
    assertEquals("2 classes need 2 names, got 1", assertThrows(IllegalArgumentException.class,
        () -> new InMemoryDataset("x", 2, List.of("a"), LABELLED, LABELLED)).getMessage());
  }

  @Test
  @DisplayName("class names default to none on the interface and are kept by the record")
  void classNames() {
    Dataset plain = new Dataset() {
      @Override
      public String identity() {
        return "p";
      }

      @Override
      public int classes() {
        return 0;
      }

      @Override
      public DataSplit train() {
        return TARGETS;
      }

      @Override
      public DataSplit test() {
        return TARGETS;
      }
    };
    assertEquals(List.of(), plain.classNames());
    assertEquals(List.of("no", "yes"),
        new InMemoryDataset("x", 2, List.of("no", "yes"), LABELLED, LABELLED).classNames());
  }
}
