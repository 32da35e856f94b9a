package org.hesstrucks.linesearch;

/** Registers {@link StrongWolfeLineSearch} as the line-search plugin {@code strong-wolfe}. */
public final class StrongWolfeLineSearchPlugin implements LineSearchPlugin<StrongWolfeConfig> {
  public static final String ID = "strong-wolfe";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Class<StrongWolfeConfig> configType() {
    return StrongWolfeConfig.class;
  }

  @Override
  public String description() {
    return "Strong-Wolfe line search: bracketing and zoom with safeguarded cubic interpolation"
        + " (Nocedal & Wright Algorithms 3.5 and 3.6)";
  }

  @Override
  public LineSearch create(StrongWolfeConfig config) {
    return new StrongWolfeLineSearch(config);
  }
}
