package io.plutuscalibrate.measurements.store;

/**
 * Part {@code index} of {@code count} of a sweep: the points whose position in the sweep's
 * (deterministic) order is {@code index - 1} modulo {@code count}. Round robin rather than
 * contiguous blocks so that each part holds a share of every builtin and the parts take about
 * the same time.
 */
public record Shard(int index, int count) {
  public static final Shard WHOLE = new Shard(1, 1);

  public Shard {
    if (count < 1 || index < 1 || index > count) {
      throw new IllegalArgumentException(
          "a shard is K/N with 1 <= K <= N, got " + index + "/" + count);
    }
  }

  /** Parses {@code K/N}. */
  public static Shard parse(String text) {
    String[] parts = text.strip().split("/", -1);
    if (parts.length == 2) {
      try {
        return new Shard(Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip()));
      } catch (IllegalArgumentException e) {
        // reported below
      }
    }
    throw new IllegalArgumentException(
        "a shard is K/N with 1 <= K <= N (e.g. 2/4), got '" + text + "'");
  }

  /** Whether the point at {@code position} (0-based) of the sweep belongs to this part. */
  public boolean contains(int position) {
    return position % count == index - 1;
  }

  @Override
  public String toString() {
    return index + "/" + count;
  }
}
