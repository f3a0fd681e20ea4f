package io.github.fourfold.testkit.internal;

import java.util.random.RandomGenerator;

/**
 * SplitMix64 (Steele, Lea and Flood), written out here so that a seed gives the same leads on
 * every JDK: the generators only ever call {@link #nextLong()}.
 */
public final class SplitMix64 implements RandomGenerator {
  private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

  private long state;

  /**
   * A generator that starts from {@code seed}.
   *
   * @param seed any value
   */
  public SplitMix64(long seed) {
    this.state = seed;
  }

  /**
   * The generator of the {@code index}-th lead of the stream with {@code seed}: independent of
   * every other index, so any lead can be rebuilt on its own.
   *
   * @param seed the stream's seed
   * @param index the lead's position in the stream
   * @return a fresh generator
   */
  public static SplitMix64 forLead(long seed, long index) {
    return new SplitMix64(mix(seed) ^ mix(index * GOLDEN_GAMMA + 0x632BE59BD9B4E019L));
  }

  @Override
  public long nextLong() {
    state += GOLDEN_GAMMA;
    return mix(state);
  }

  /** The SplitMix64 finaliser: a bijection that spreads every input bit over the output. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
