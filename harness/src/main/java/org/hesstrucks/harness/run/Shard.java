package org.hesstrucks.harness.run;

/**
 * Shard {@code index} of {@code count} (1-based): the units of work whose position in the expanded grid is
 * congruent to index − 1 modulo count. Deterministic given the sweep file, so the shards of a job array
 * cover the grid exactly once between them.
 */
public record Shard(int index, int count) {
  /** The whole grid. */
  public static final Shard ALL = new Shard(1, 1);

  public Shard {
    if (count < 1 || index < 1 || index > count) {
      throw new IllegalArgumentException("a shard is i/n with 1 ≤ i ≤ n, got " + index + "/" + count);
    }
  }

  /**
   * Parses "i/n".
   *
   * @throws IllegalArgumentException naming what was expected
   */
  public static Shard parse(String text) {
    String[] parts = text.split("/", -1);
    if (parts.length != 2) {
      throw new IllegalArgumentException("a shard is i/n with 1 ≤ i ≤ n, got '" + text + "'");
    }
    try {
      return new Shard(Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("a shard is i/n with 1 ≤ i ≤ n, got '" + text + "'");
    }
  }

  /** True when unit {@code position} (0-based, in grid order) belongs to this shard. */
  public boolean owns(int position) {
    return position % count == index - 1;
  }

  @Override
  public String toString() {
    return index + "/" + count;
  }
}
