package org.hesstrucks.linesearch;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hesstrucks.core.ConfigException;

/**
 * The {@code lineSearch} block of an optimizer's config: a line-search plugin id and that plugin's options,
 * written flat: {@code {"id": "backtracking", "shrink": 0.5}}. The harness binds the options to the
 * line-search plugin's config record when it validates the sweep, so an unknown option is refused before
 * anything runs.
 */
public final class LineSearchSpec {
  private final String id;
  private final Map<String, Object> options = new LinkedHashMap<>();

  @JsonCreator
  public LineSearchSpec(@JsonProperty("id") String id) {
    if (id == null || id.isBlank()) {
      throw new ConfigException("id", "the id of a line search, such as \"backtracking\" or \"strong-wolfe\"",
          id == null ? "nothing" : "'" + id + "'");
    }
    this.id = id;
  }

  /** A spec with options, e.g. {@code of("backtracking", Map.of("shrink", 0.5))}. */
  public static LineSearchSpec of(String id, Map<String, ?> options) {
    LineSearchSpec spec = new LineSearchSpec(id);
    options.forEach(spec::put);
    return spec;
  }

  /** Backtracking Armijo with its default options. */
  public static LineSearchSpec backtracking() {
    return new LineSearchSpec(BacktrackingLineSearchPlugin.ID);
  }

  /** The strong-Wolfe search with its default options. */
  public static LineSearchSpec strongWolfe() {
    return new LineSearchSpec(StrongWolfeLineSearchPlugin.ID);
  }

  @JsonProperty("id")
  public String id() {
    return id;
  }

  /** The options, without the id. Unmodifiable. */
  @JsonAnyGetter
  public Map<String, Object> options() {
    return Collections.unmodifiableMap(options);
  }

  @JsonAnySetter
  void put(String name, Object value) {
    options.put(name, value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LineSearchSpec s && s.id.equals(id) && s.options.equals(options);
  }

  @Override
  public int hashCode() {
    return id.hashCode() * 31 + options.hashCode();
  }

  @Override
  public String toString() {
    return "LineSearchSpec" + (options.isEmpty() ? "[" + id + "]" : "[" + id + ", " + options + "]");
  }
}
