package io.github.fourfold.kafka.streams;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock for tests that moves only when told to. */
final class MutableClock extends Clock {
  private volatile Instant now;

  MutableClock(LocalDate day) {
    this.now = day.atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  void set(LocalDate day) {
    now = day.atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  void advance(Duration duration) {
    now = now.plus(duration);
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("the topology passes its zone itself");
  }

  @Override
  public Instant instant() {
    return now;
  }
}
