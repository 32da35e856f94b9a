package org.hesstrucks.model.mlp;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.hesstrucks.core.ConfigException;

/**
 * The loss on the network's outputs z (no output activation), averaged over the batch. Spelled in kebab-case in
 * sweep files.
 */
public enum Loss {
  /**
   * Softmax cross-entropy for class labels: mean over the batch of −log softmax(z)_y; the network has one output
   * per class. Same as PyTorch's {@code F.cross_entropy} with the default mean reduction.
   */
  CROSS_ENTROPY("cross-entropy"),
  /**
   * Mean squared error for real targets: Σ (z − t)² / (batch × outputs), no ½. Same as PyTorch's
   * {@code F.mse_loss} with the default mean reduction.
   */
  MSE("mse");

  private final String id;

  Loss(String id) {
    this.id = id;
  }

  /** The kebab-case name used in sweep files. */
  @JsonValue
  public String id() {
    return id;
  }

  /**
   * Parses a kebab-case id.
   *
   * @throws ConfigException for field {@code loss}, naming the known ids
   */
  @JsonCreator
  public static Loss fromId(String id) {
    for (Loss loss : values()) {
      if (loss.id.equals(id)) {
        return loss;
      }
    }
    throw new ConfigException("loss", "one of cross-entropy, mse", "'" + id + "'");
  }

  @Override
  public String toString() {
    return id;
  }
}
