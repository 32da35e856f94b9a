package org.hesstrucks.dataset.synthetic;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.hesstrucks.core.ConfigException;

/** Which data the {@code synthetic} plugin generates; spelled in kebab-case in sweep files. */
public enum Generator {
  /** One Gaussian blob per class: class means N(0, separation² I), samples mean + N(0, spread² I). */
  GAUSSIAN_MIXTURE("gaussian-mixture", true),
  /** Two interleaved spirals in the plane, one per class. */
  TWO_SPIRALS("two-spirals", true),
  /** Gaussian inputs labelled by the argmax of a random tanh network (the teacher). */
  TEACHER_STUDENT("teacher-student", true),
  /** Gaussian inputs, targets W x + b plus Gaussian noise. */
  LINEAR_REGRESSION("linear-regression", false),
  /** Gaussian inputs, targets from a random tanh network plus Gaussian noise. */
  NOISY_REGRESSION("noisy-regression", false);

  private final String id;
  private final boolean classification;

  Generator(String id, boolean classification) {
    this.id = id;
    this.classification = classification;
  }

  /** The kebab-case name used in sweep files and identities. */
  @JsonValue
  public String id() {
    return id;
  }

  /** True when the generator produces class labels, false when it produces real targets. */
  public boolean classification() {
    return classification;
  }

  /**
   * Parses a kebab-case id.
   *
   * @throws ConfigException for field {@code generator}, naming the known ids
   */
  @JsonCreator
  public static Generator fromId(String id) {
    for (Generator g : values()) {
      if (g.id.equals(id)) {
        return g;
      }
    }
    throw new ConfigException("generator",
        "one of gaussian-mixture, two-spirals, teacher-student, linear-regression, noisy-regression", "'" + id + "'");
  }

  @Override
  public String toString() {
    return id;
  }
}
