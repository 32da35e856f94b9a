package org.hesstrucks.dataset;

import java.util.List;

/** A training split and a held-out split. Immutable. */
public interface Dataset {
  /** A stable identity of the content (a name and a hash of its bytes or generator config), for cell keys. */
  String identity();

  /** Number of classes, or 0 for regression. */
  int classes();

  DataSplit train();

  DataSplit test();

  /**
   * What each class index stood for in the source file ({@code "setosa"}, {@code "-1"}), when the loader
   * remapped labels to 0 … k − 1; empty when the labels were used as they are (and for regression).
   */
  default List<String> classNames() {
    return List.of();
  }
}
