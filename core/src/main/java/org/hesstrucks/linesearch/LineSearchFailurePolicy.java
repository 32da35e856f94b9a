package org.hesstrucks.linesearch;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What a line-search optimizer does when its search fails (any status that is not
 * {@link LineSearchStatus#isSuccess() a success}). Optimizers carry it as {@code onLineSearchFailure} in their
 * config, spelled in kebab-case, and count failures in the telemetry {@code lineSearch.failures}. On noisy
 * mini-batches a failed search is common; this policy makes the choice explicit instead of ending a run
 * silently.
 */
public enum LineSearchFailurePolicy {
  /** Leave θ unchanged and fail the step: the run ends with the search's status in its message. */
  STOP("stop"),
  /**
   * Move to the best trial point of the search (the lowest value it saw) when that value is below f(θ); fail
   * the step as {@link #STOP} does when no trial decreased f.
   */
  ACCEPT_LAST("accept-last"),
  /**
   * For methods with a memory (quasi-Newton pairs): drop the memory and retry once along −∇f; fail the step
   * when that search fails too, or when the memory was already empty.
   */
  RESET_MEMORY("reset-memory");

  private final String id;

  LineSearchFailurePolicy(String id) {
    this.id = id;
  }

  /** The kebab-case name used in sweep files. */
  @JsonValue
  public String id() {
    return id;
  }

  /**
   * Parses a kebab-case id (also accepts the constant's name in any case).
   *
   * @throws IllegalArgumentException naming the known ids
   */
  @JsonCreator
  public static LineSearchFailurePolicy fromId(String id) {
    if (id != null) {
      for (LineSearchFailurePolicy policy : values()) {
        if (policy.id.equals(id) || policy.name().equals(id.replace('-', '_').toUpperCase(Locale.ROOT))) {
          return policy;
        }
      }
    }
    throw new IllegalArgumentException((id == null ? "line-search failure policy is missing" :
        "unknown line-search failure policy '" + id + "'") + "; known: "
        + Arrays.stream(values()).map(LineSearchFailurePolicy::id).collect(Collectors.joining(", ")));
  }

  @Override
  public String toString() {
    return id;
  }
}
