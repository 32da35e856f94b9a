package org.hesstrucks.harness.sweep;

import java.util.List;

/** A sweep file that cannot run: every problem found, each naming the file and the JSON path. */
public class SweepException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final List<String> problems;

  public SweepException(List<String> problems) {
    super(problems.size() == 1 ? problems.get(0)
        : problems.size() + " problems:\n  " + String.join("\n  ", problems));
    this.problems = List.copyOf(problems);
  }

  public SweepException(String problem) {
    this(List.of(problem));
  }

  /** One line per problem: {@code sweep.json: $.optimizers[0].memory: expected ..., got ...}. */
  public List<String> problems() {
    return problems;
  }
}
