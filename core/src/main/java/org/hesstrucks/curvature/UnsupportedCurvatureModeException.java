package org.hesstrucks.curvature;

import java.util.Set;
import java.util.stream.Collectors;
import org.hesstrucks.core.ConfigException;

/** A curvature mode asked of an objective that does not offer it; names the modes it does offer. */
public class UnsupportedCurvatureModeException extends ConfigException {
  private static final long serialVersionUID = 1L;

  public UnsupportedCurvatureModeException(CurvatureMode asked, Set<CurvatureMode> offered) {
    super("curvature", "one of the modes this objective offers ("
        + offered.stream().map(CurvatureMode::id).sorted().collect(Collectors.joining(", ")) + ")", asked.id());
  }
}
