package org.hesstrucks.model;

import java.util.Optional;
import org.hesstrucks.dataset.Dataset;

/**
 * What a model may use when it is created.
 *
 * @param dataset the cell's dataset, absent for a model without data
 */
public record ModelContext(Optional<Dataset> dataset) {
  /** No dataset. */
  public static ModelContext withoutData() {
    return new ModelContext(Optional.empty());
  }
}
