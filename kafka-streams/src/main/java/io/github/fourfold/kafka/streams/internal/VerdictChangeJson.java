package io.github.fourfold.kafka.streams.internal;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import io.github.fourfold.InvalidValueException;
import io.github.fourfold.Verdict;
import io.github.fourfold.jackson.FourfoldJsonException;
import io.github.fourfold.json.JsonErrorCode;
import io.github.fourfold.kafka.streams.VerdictChange;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The JSON form of {@link VerdictChange}: one line, read back with the format's error codes. */
public final class VerdictChangeJson {
  static final String LEAD_ID = "leadId";
  static final String PREVIOUS_VERDICT = "previousVerdict";
  static final String VERDICT = "verdict";
  static final String AS_OF = "asOf";
  static final String UNMET_REASONS = "unmetReasons";

  /** An event is small: 64 KiB is far more than a real one needs. */
  private static final int MAX_BYTES = 65_536;

  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          .streamReadConstraints(
              StreamReadConstraints.builder()
                  .maxDocumentLength(MAX_BYTES)
                  .maxNestingDepth(4)
                  .maxNumberLength(64)
                  .build())
          .disable(JsonFactory.Feature.CANONICALIZE_FIELD_NAMES)
          .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
          .build();

  private VerdictChangeJson() {}

  /**
   * Writes an event.
   *
   * @param change the event
   * @return one line of UTF-8 JSON
   */
  public static byte[] write(VerdictChange change) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(128);
    try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
      g.writeStartObject();
      g.writeStringField(LEAD_ID, change.leadId());
      Verdict previous = change.previousVerdict();
      if (previous != null) {
        g.writeStringField(PREVIOUS_VERDICT, previous.name());
      }
      g.writeStringField(VERDICT, change.verdict().name());
      g.writeStringField(AS_OF, change.asOf().toString());
      g.writeArrayFieldStart(UNMET_REASONS);
      for (String reason : change.unmetReasons()) {
        g.writeString(reason);
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      // A generator over a byte array does no I/O.
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /**
   * Reads an event.
   *
   * @param json one JSON document holding one event
   * @return the event
   * @throws FourfoldJsonException when it is not a valid event
   */
  public static VerdictChange read(byte[] json) throws FourfoldJsonException {
    if (json.length > MAX_BYTES) {
      throw new FourfoldJsonException(
          JsonErrorCode.LIMIT_EXCEEDED, null, "expected at most " + MAX_BYTES + " bytes");
    }
    try (JsonParser p = FACTORY.createParser(json)) {
      VerdictChange change = readObject(p);
      if (p.nextToken() != null) {
        throw new FourfoldJsonException(
            JsonErrorCode.MALFORMED_JSON, null, "expected the end of the input after the event");
      }
      return change;
    } catch (FourfoldJsonException e) {
      throw e;
    } catch (JsonProcessingException e) {
      // The parser's own message can quote the input: say only what was expected.
      throw new FourfoldJsonException(
          JsonErrorCode.MALFORMED_JSON, null, "expected one well-formed JSON object");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static VerdictChange readObject(JsonParser p) throws IOException {
    if (p.nextToken() != JsonToken.START_OBJECT) {
      throw new FourfoldJsonException(JsonErrorCode.WRONG_TYPE, "", "expected an object");
    }
    VerdictChange.Builder change = VerdictChange.builder();
    Set<String> seen = new HashSet<>();
    @Nullable String leadId = null;
    boolean verdictSeen = false;
    boolean asOfSeen = false;
    for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
      String name = p.currentName();
      String pointer = "/" + name.replace("~", "~0").replace("/", "~1");
      if (!seen.add(name)) {
        throw new FourfoldJsonException(
            JsonErrorCode.DUPLICATE_PROPERTY, pointer, "expected each property once");
      }
      JsonToken value = p.nextToken();
      switch (name) {
        case LEAD_ID:
          leadId = text(p, value, pointer);
          change.leadId(leadId);
          break;
        case PREVIOUS_VERDICT:
          if (value != JsonToken.VALUE_NULL) {
            change.previousVerdict(verdict(p, value, pointer));
          }
          break;
        case VERDICT:
          change.verdict(verdict(p, value, pointer));
          verdictSeen = true;
          break;
        case AS_OF:
          change.asOf(date(p, value, pointer));
          asOfSeen = true;
          break;
        case UNMET_REASONS:
          change.unmetReasons(reasons(p, value, pointer));
          break;
        default:
          p.skipChildren();
          break;
      }
    }
    String missing =
        leadId == null ? LEAD_ID : !verdictSeen ? VERDICT : !asOfSeen ? AS_OF : null;
    if (missing != null) {
      throw new FourfoldJsonException(
          JsonErrorCode.MISSING_REQUIRED, "/" + missing, "expected a value", leadId);
    }
    try {
      return change.build();
    } catch (InvalidValueException e) {
      throw new FourfoldJsonException(
          JsonErrorCode.INVALID_VALUE, "/" + VERDICT, "expected a verdict that differs from "
              + PREVIOUS_VERDICT + " and a non-blank " + LEAD_ID, leadId);
    }
  }

  private static String text(JsonParser p, @Nullable JsonToken t, String pointer)
      throws IOException {
    if (t == JsonToken.VALUE_NULL) {
      throw new FourfoldJsonException(JsonErrorCode.MISSING_REQUIRED, pointer, "expected a string");
    }
    if (t != JsonToken.VALUE_STRING) {
      throw new FourfoldJsonException(JsonErrorCode.WRONG_TYPE, pointer, "expected a string");
    }
    return p.getText();
  }

  private static Verdict verdict(JsonParser p, @Nullable JsonToken t, String pointer)
      throws IOException {
    String text = text(p, t, pointer);
    for (Verdict v : Verdict.values()) {
      if (v.name().equals(text)) {
        return v;
      }
    }
    throw new FourfoldJsonException(
        JsonErrorCode.INVALID_VALUE, pointer, "expected SQL, NOT_YET or DISQUALIFIED");
  }

  private static LocalDate date(JsonParser p, @Nullable JsonToken t, String pointer)
      throws IOException {
    String text = text(p, t, pointer);
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new FourfoldJsonException(
          JsonErrorCode.INVALID_VALUE, pointer, "expected a date as YYYY-MM-DD");
    }
  }

  private static List<String> reasons(JsonParser p, @Nullable JsonToken t, String pointer)
      throws IOException {
    if (t != JsonToken.START_ARRAY) {
      throw new FourfoldJsonException(JsonErrorCode.WRONG_TYPE, pointer, "expected an array");
    }
    List<String> reasons = new ArrayList<>();
    for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
      String item = pointer + "/" + reasons.size();
      if (e == JsonToken.VALUE_NULL) {
        throw new FourfoldJsonException(JsonErrorCode.INVALID_VALUE, item, "expected a string");
      }
      reasons.add(text(p, e, item));
    }
    return reasons;
  }
}
