package io.github.fourfold.testkit.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Draws from a {@link RandomGenerator} using only {@link RandomGenerator#nextLong()}, so the draws
 * for a given sequence of longs never depend on the JDK's default method implementations.
 */
public final class Dice {
  private final RandomGenerator random;

  /**
   * Wraps a random source.
   *
   * @param random the source
   */
  public Dice(RandomGenerator random) {
    this.random = random;
  }

  /** A uniform value in {@code [0, bound)}; {@code bound} must be positive. */
  public int below(int bound) {
    if (bound <= 0) {
      throw new IllegalArgumentException("bound must be positive");
    }
    return (int) Math.floorMod(random.nextLong(), (long) bound);
  }

  /** A uniform value in {@code [lo, hi]}. */
  public long between(long lo, long hi) {
    if (lo > hi) {
      throw new IllegalArgumentException("empty range");
    }
    long span = hi - lo + 1;
    if (span <= 0) { // the full range of long, or overflow
      return random.nextLong();
    }
    return lo + Math.floorMod(random.nextLong(), span);
  }

  /** True with the given chance in percent. */
  public boolean percent(int chance) {
    return below(100) < chance;
  }

  /** A fair coin. */
  public boolean coin() {
    return (random.nextLong() & 1L) == 0L;
  }

  /** A uniformly chosen element of a non-empty list. */
  public <T> T pick(List<T> values) {
    return values.get(below(values.size()));
  }

  /** A uniformly chosen element of a non-empty array. */
  @SafeVarargs
  public final <T> T oneOf(T... values) {
    return values[below(values.length)];
  }

  /**
   * A small count, biased to what finds bugs: mostly 0 to 3, sometimes up to {@code max}.
   *
   * @param min the least count
   * @param max the largest count
   * @return a count in {@code [min, max]}
   */
  public int count(int min, int max) {
    int roll = below(100);
    int n;
    if (roll < 30) {
      n = min;
    } else if (roll < 60) {
      n = min + 1;
    } else if (roll < 85) {
      n = min + 2 + below(2);
    } else {
      n = min + below(max - min + 1);
    }
    return Math.min(n, max);
  }

  /** A copy of the list in a random order (Fisher–Yates). */
  public <T> List<T> shuffled(List<T> values) {
    List<T> copy = new ArrayList<>(values);
    for (int i = copy.size() - 1; i > 0; i--) {
      Collections.swap(copy, i, below(i + 1));
    }
    return copy;
  }
}
