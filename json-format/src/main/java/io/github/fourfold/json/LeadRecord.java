package io.github.fourfold.json;

import io.github.fourfold.InvalidValueException;
import io.github.fourfold.model.Lead;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * One record of a stream of leads ({@link LeadReader}): either a lead or the error that kept it
 * from being read, with where it was in the input.
 *
 * <p>{@link #line()} is the 1-based physical line for {@link Framing#NDJSON}; {@link #index()} the
 * 0-based array index for {@link Framing#JSON}; each is -1 where it does not apply (the other
 * framing, a single lead object, or an error about the whole input).
 */
@Value.Immutable
public abstract class LeadRecord {
  LeadRecord() {}

  /** {@return the lead, or null when this record is an error} */
  @Value.Parameter
  public abstract @Nullable Lead lead();

  /** {@return the error, or null when this record is a lead} */
  @Value.Parameter
  public abstract @Nullable JsonReadError error();

  /** {@return the 1-based line of an NDJSON record, else -1} */
  @Value.Parameter
  public abstract long line();

  /** {@return the 0-based index of an array element, else -1} */
  @Value.Parameter
  public abstract long index();

  /**
   * {@return whether this error ends the input} True for a break of a JSON array's structure and
   * for content after the value or an input without one: the reader returns no more records.
   */
  @Value.Parameter
  public abstract boolean endsInput();

  @Value.Check
  void check() {
    if ((lead() == null) == (error() == null)) {
      throw new InvalidValueException("LeadRecord: exactly one of lead and error");
    }
    if (endsInput() && error() == null) {
      throw new InvalidValueException("LeadRecord: only an error ends the input");
    }
    if (line() < -1 || index() < -1 || (line() >= 0 && index() >= 0)) {
      throw new InvalidValueException("LeadRecord: at most one of line and index, each -1 or more");
    }
  }

  /**
   * A lead that was read.
   *
   * @param lead the lead
   * @param line its 1-based line, or -1
   * @param index its 0-based index, or -1
   * @return the record
   */
  public static LeadRecord ofLead(Lead lead, long line, long index) {
    return ImmutableLeadRecord.of(lead, null, line, index, false);
  }

  /**
   * A record that could not be read.
   *
   * @param error why
   * @param line its 1-based line, or -1
   * @param index its 0-based index, or -1
   * @param endsInput whether the error ends the input
   * @return the record
   */
  public static LeadRecord ofError(JsonReadError error, long line, long index, boolean endsInput) {
    return ImmutableLeadRecord.of(null, error, line, index, endsInput);
  }
}
