package io.github.fourfold.kafka.streams;

import io.github.fourfold.InvalidValueException;
import io.github.fourfold.QualificationResult;
import io.github.fourfold.Verdict;
import io.github.fourfold.jackson.FourfoldJsonException;
import io.github.fourfold.kafka.streams.internal.VerdictChangeJson;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * The event that a lead's verdict changed, including its first verdict: what routes a lead to
 * sales the moment it becomes {@link Verdict#SQL}. It is small on purpose; the full result goes
 * to the results topic.
 *
 * <p>Its JSON form, one line:
 *
 * <pre>{@code
 * {"leadId":"lead-42","previousVerdict":"NOT_YET","verdict":"SQL","asOf":"2027-03-01","unmetReasons":[]}
 * }</pre>
 *
 * <p>{@code previousVerdict} is left out for a lead's first verdict; {@code unmetReasons} lists the
 * reason code of each unmet finding of the new result, in the result's order. It carries no
 * personal data.
 */
@Value.Immutable
public abstract class VerdictChange {
  VerdictChange() {}

  /** {@return the id of the lead whose verdict changed} */
  public abstract String leadId();

  /** {@return the verdict before, or null when this is the lead's first verdict} */
  public abstract @Nullable Verdict previousVerdict();

  /** {@return the new verdict} */
  public abstract Verdict verdict();

  /** {@return the reference date of the result that has the new verdict} */
  public abstract LocalDate asOf();

  /** {@return the reason code of each unmet finding of the new result, in order} */
  public abstract List<String> unmetReasons();

  /**
   * The change from a previous verdict to a new result.
   *
   * @param previous the verdict before, or null for the lead's first verdict
   * @param result the new result
   * @return the event
   * @throws InvalidValueException when the previous verdict equals the new one
   */
  public static VerdictChange of(@Nullable Verdict previous, QualificationResult result) {
    ImmutableVerdictChange.Builder change =
        ImmutableVerdictChange.builder()
            .leadId(result.leadId())
            .previousVerdict(previous)
            .verdict(result.verdict())
            .asOf(result.asOf());
    result.unmetFindings().forEach(
        finding -> {
          String reason = finding.reasonCode();
          if (reason != null) {
            change.addUnmetReasons(reason);
          }
        });
    return change.build();
  }

  /**
   * Starts building an event, for tests and for consumers that make their own.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads an event from its JSON form.
   *
   * @param json one JSON document in UTF-8 holding one event
   * @return the event
   * @throws FourfoldJsonException when the bytes are not a valid event, with the format's error
   *     code and the pointer of the offending value
   */
  public static VerdictChange fromJson(byte[] json) throws FourfoldJsonException {
    return VerdictChangeJson.read(json);
  }

  /**
   * Writes this event as one line of UTF-8 JSON, in the form shown above.
   *
   * @return the JSON bytes
   */
  public byte[] toJson() {
    return VerdictChangeJson.write(this);
  }

  @Value.Check
  void check() {
    if (verdict() == previousVerdict()) {
      throw new InvalidValueException(
          "verdict must differ from previousVerdict: an unchanged verdict is no change");
    }
    if (leadId().isBlank()) {
      throw new InvalidValueException("leadId must not be blank");
    }
  }

  /** Builds a {@link VerdictChange}; {@code build()} checks it. */
  public static final class Builder extends ImmutableVerdictChange.Builder {
    Builder() {}
  }
}
