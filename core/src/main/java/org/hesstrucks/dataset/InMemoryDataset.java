package org.hesstrucks.dataset;

import java.util.List;
import java.util.Objects;

/**
 * A dataset held in memory, as {@link Datasets#assemble} returns it.
 *
 * @param identity a stable string that changes with the content and the options (see {@link Dataset#identity()})
 * @param classes the number of classes, or 0 for regression
 * @param classNames what each class index stood for in the source (empty when the labels were used as they are)
 * @param train the training split
 * @param test the held-out split
 */
public record InMemoryDataset(String identity, int classes, List<String> classNames, DataSplit train, DataSplit test)
    implements Dataset {
  public InMemoryDataset {
    Objects.requireNonNull(identity, "identity");
    Objects.requireNonNull(train, "train");
    Objects.requireNonNull(test, "test");
    classNames = List.copyOf(classNames);
    if (train.columns() != test.columns()) {
      throw new IllegalArgumentException("train has " + train.columns() + " columns, test " + test.columns());
    }
    if ((train.labels() == null) != (classes == 0) || (test.labels() == null) != (classes == 0)) {
      throw new IllegalArgumentException(classes == 0 ? "a regression dataset has targets, not labels"
          : "a dataset of " + classes + " classes has labels in both splits");
    }
    if (!classNames.isEmpty() && classNames.size() != classes) {
      throw new IllegalArgumentException(classes + " classes need " + classes + " names, got " + classNames.size());
    }
  }
}
