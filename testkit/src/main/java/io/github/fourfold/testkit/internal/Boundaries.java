package io.github.fourfold.testkit.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The rule's date boundaries for one reference date and horizon, and dates drawn on and next to
 * them. Every date handed out lies in the years 0001 to 9999.
 */
public final class Boundaries {
  /** Where a date lies relative to {@code asOf − horizon}, {@code asOf} and {@code asOf + horizon}. */
  enum Zone {
    /** Before {@code asOf − horizon}. */
    BEFORE_EARLIEST,
    /** From {@code asOf − horizon} up to the day before {@code asOf}. */
    FROM_EARLIEST,
    /** On {@code asOf}. */
    ON_AS_OF,
    /** From the day after {@code asOf} up to {@code asOf + horizon}. */
    UNTIL_LATEST,
    /** After {@code asOf + horizon}. */
    AFTER_LATEST
  }

  private static final long FIRST = SpecOracle.FIRST_DATE.toEpochDay();
  private static final long LAST = SpecOracle.LAST_DATE.toEpochDay();

  private final LocalDate asOf;
  private final @Nullable LocalDate earliest;
  private final @Nullable LocalDate latest;

  /**
   * The boundaries of one reference date.
   *
   * @param oracle the oracle, for the horizon arithmetic
   * @param asOf the reference date, in the years 0001 to 9999
   */
  public Boundaries(SpecOracle oracle, LocalDate asOf) {
    if (asOf.isBefore(SpecOracle.FIRST_DATE) || asOf.isAfter(SpecOracle.LAST_DATE)) {
      throw new IllegalArgumentException("asOf must lie in the years 0001 to 9999");
    }
    this.asOf = asOf;
    this.earliest = oracle.earliest(asOf);
    this.latest = oracle.latest(asOf);
  }

  /** The reference date. */
  public LocalDate asOf() {
    return asOf;
  }

  /** Whether some valid date lies in the zone. */
  public boolean possible(Zone zone) {
    return range(zone) != null;
  }

  /**
   * A date in the zone, biased to its two ends and the days next to them.
   *
   * @param zone a zone that is {@link #possible(Zone)}
   * @param dice the random source
   * @return the date
   */
  public LocalDate pick(Zone zone, Dice dice) {
    long[] range = range(zone);
    if (range == null) {
      throw new IllegalArgumentException("no valid date lies in " + zone);
    }
    return LocalDate.ofEpochDay(biased(range[0], range[1], dice));
  }

  /** Any valid date, biased to the boundaries. */
  public LocalDate any(Dice dice) {
    List<Zone> zones = new ArrayList<>();
    for (Zone zone : Zone.values()) {
      if (possible(zone)) {
        zones.add(zone);
      }
    }
    return pick(dice.pick(zones), dice);
  }

  /**
   * The spec's boundary positions that are valid dates, in order: {@code asOf−h−1, asOf−h,
   * asOf−1, asOf, asOf+1, asOf+h, asOf+h+1} (a position that leaves the years 0001 to 9999, or
   * whose bound is unbounded, is left out; positions may coincide when the horizon is zero).
   *
   * @return the positions, each with its name
   */
  public List<Position> positions() {
    List<Position> out = new ArrayList<>();
    if (earliest != null) {
      addIfValid(out, "asOf-h-1", earliest.toEpochDay() - 1);
      addIfValid(out, "asOf-h", earliest.toEpochDay());
    }
    addIfValid(out, "asOf-1", asOf.toEpochDay() - 1);
    addIfValid(out, "asOf", asOf.toEpochDay());
    addIfValid(out, "asOf+1", asOf.toEpochDay() + 1);
    if (latest != null) {
      addIfValid(out, "asOf+h", latest.toEpochDay());
      addIfValid(out, "asOf+h+1", latest.toEpochDay() + 1);
    }
    return out;
  }

  /** A named boundary position. */
  public record Position(String name, LocalDate date) {}

  private static void addIfValid(List<Position> out, String name, long epochDay) {
    if (epochDay >= FIRST && epochDay <= LAST) {
      out.add(new Position(name, LocalDate.ofEpochDay(epochDay)));
    }
  }

  private long @Nullable [] range(Zone zone) {
    long a = asOf.toEpochDay();
    long lo;
    long hi;
    switch (zone) {
      case BEFORE_EARLIEST:
        if (earliest == null) {
          return null;
        }
        lo = FIRST;
        hi = earliest.toEpochDay() - 1;
        break;
      case FROM_EARLIEST:
        lo = earliest == null ? FIRST : Math.max(FIRST, earliest.toEpochDay());
        hi = a - 1;
        break;
      case ON_AS_OF:
        lo = a;
        hi = a;
        break;
      case UNTIL_LATEST:
        lo = a + 1;
        hi = latest == null ? LAST : Math.min(LAST, latest.toEpochDay());
        break;
      case AFTER_LATEST:
        if (latest == null) {
          return null;
        }
        lo = Math.max(FIRST, latest.toEpochDay() + 1);
        hi = LAST;
        break;
      default:
        throw new AssertionError(zone);
    }
    lo = Math.max(lo, FIRST);
    hi = Math.min(hi, LAST);
    return lo <= hi ? new long[] {lo, hi} : null;
  }

  private static long biased(long lo, long hi, Dice dice) {
    int roll = dice.below(100);
    if (roll < 30) {
      return lo;
    }
    if (roll < 60) {
      return hi;
    }
    if (roll < 70) {
      return Math.min(hi, lo + 1);
    }
    if (roll < 80) {
      return Math.max(lo, hi - 1);
    }
    return dice.between(lo, hi);
  }
}
