package org.hesstrucks.dataset;

/** A training split and a held-out split. Immutable. */
public interface Dataset {
  /** A stable identity of the content (a name and a hash of its bytes or generator config), for cell keys. */
  String identity();

  /** Number of classes, or 0 for regression. */
  int classes();

  DataSplit train();

  DataSplit test();
}
