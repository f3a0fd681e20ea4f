package io.github.fourfold.kafka.streams;

import io.github.fourfold.QualificationResult;
import io.github.fourfold.jackson.FourfoldJson;
import io.github.fourfold.jackson.FourfoldJsonException;
import io.github.fourfold.model.Lead;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;
import org.jspecify.annotations.Nullable;

/**
 * Kafka serdes for Fourfold values in the JSON format, version 1, through {@link FourfoldJson}: a
 * lead, a qualification result, and a {@link VerdictChange}.
 *
 * <p>A {@code null} value stays {@code null} both ways (a tombstone). Reading invalid bytes throws
 * Kafka's {@link SerializationException} whose message holds the format's error code and pointer
 * and never a value from the input; its cause is the {@link FourfoldJsonException}. Use these
 * serdes in your own topologies; {@link FourfoldTopology} reads its input as bytes itself, so that
 * a bad record becomes a dead letter rather than a deserialization error.
 */
public final class FourfoldSerdes {
  private FourfoldSerdes() {}

  /**
   * The serde of leads with the format's defaults.
   *
   * @return the serde
   */
  public static Serde<Lead> lead() {
    return lead(FourfoldJson.ofDefaults());
  }

  /**
   * The serde of leads with the given reader and writer (strict mode, limits).
   *
   * @param json the JSON reader and writer
   * @return the serde
   */
  public static Serde<Lead> lead(FourfoldJson json) {
    return serde(json::writeLead, json::readLead);
  }

  /**
   * The serde of qualification results with the format's defaults.
   *
   * @return the serde
   */
  public static Serde<QualificationResult> result() {
    return result(FourfoldJson.ofDefaults());
  }

  /**
   * The serde of qualification results with the given reader and writer.
   *
   * @param json the JSON reader and writer
   * @return the serde
   */
  public static Serde<QualificationResult> result(FourfoldJson json) {
    return serde(json::writeResult, json::readResult);
  }

  /**
   * The serde of verdict-change events, in their JSON form.
   *
   * @return the serde
   */
  public static Serde<VerdictChange> verdictChange() {
    return Serdes.serdeFrom(
        (Serializer<VerdictChange>) (topic, change) -> change == null ? null : change.toJson(),
        reading(VerdictChange::fromJson));
  }

  private interface Writer<T> {
    String write(T value);
  }

  private interface Reader<T> {
    T read(byte[] json) throws FourfoldJsonException;
  }

  private static <T> Serde<T> serde(Writer<T> writer, Reader<T> reader) {
    return Serdes.serdeFrom(
        (Serializer<T>)
            (topic, value) ->
                value == null ? null : writer.write(value).getBytes(StandardCharsets.UTF_8),
        reading(reader));
  }

  private static <T> Deserializer<T> reading(Reader<T> reader) {
    return (topic, bytes) -> {
      if (bytes == null) {
        return nullValue();
      }
      try {
        return reader.read(bytes);
      } catch (FourfoldJsonException e) {
        throw new SerializationException(
            "Record in topic " + topic + " is not a valid Fourfold value: " + e.getMessage(), e);
      }
    };
  }

  /** Kafka's deserializers return null for a null input (a tombstone). */
  @SuppressWarnings({"NullAway", "TypeParameterUnusedInFormals"})
  private static <T> T nullValue() {
    return null;
  }
}
