package org.hesstrucks.linesearch;

/** Registers {@link BacktrackingLineSearch} as the line-search plugin {@code backtracking}. */
public final class BacktrackingLineSearchPlugin implements LineSearchPlugin<BacktrackingConfig> {
  public static final String ID = "backtracking";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Class<BacktrackingConfig> configType() {
    return BacktrackingConfig.class;
  }

  @Override
  public String description() {
    return "Backtracking Armijo line search (draft Algorithm 1; Nocedal & Wright Algorithm 3.1)";
  }

  @Override
  public LineSearch create(BacktrackingConfig config) {
    return new BacktrackingLineSearch(config);
  }
}
