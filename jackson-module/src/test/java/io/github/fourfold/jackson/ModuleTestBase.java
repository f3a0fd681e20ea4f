package io.github.fourfold.jackson;

import io.github.fourfold.json.JsonErrorCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.fourfold.model.Lead;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What every test of the module shares: instances, mappers, resources and error assertions. */
abstract class ModuleTestBase {
  /** The reference date of the spec's worked examples. */
  static final LocalDate AS_OF = LocalDate.of(2027, 3, 1);

  /** The names of the spec's worked examples, without {@code .json}. */
  static final List<String> EXAMPLES =
      List.of(
          "conveyor-belt", "just-looking", "three-years-looking", "wrong-fit", "contract-ends-2029");

  static final FourfoldJson JSON = FourfoldJson.ofDefaults();
  static final FourfoldJson STRICT = FourfoldJson.builder().strict(true).build();

  /** A plain mapper with the module registered by hand, as a caller would. */
  static ObjectMapper mapperWithModule() {
    return new ObjectMapper().registerModule(new FourfoldModule());
  }

  /** JSON written with single quotes for readability: every {@code '} becomes {@code "}. */
  static String json(String singleQuoted) {
    return singleQuoted.replace('\'', '"');
  }

  static byte[] resourceBytes(String path) {
    try (InputStream in = ModuleTestBase.class.getResourceAsStream("/" + path)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + path);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String resource(String path) {
    return new String(resourceBytes(path), StandardCharsets.UTF_8);
  }

  /** Reads a lead with the default instance and returns the error it must fail with. */
  static FourfoldJsonException leadError(String json) {
    return leadError(JSON, json);
  }

  static FourfoldJsonException leadError(FourfoldJson reader, String json) {
    FourfoldJsonException error =
        catchThrowableOfType(FourfoldJsonException.class, () -> readLead(reader, json));
    assertThat(error).as("reading %s", json).isNotNull();
    return error;
  }

  private static Lead readLead(FourfoldJson reader, String json) throws FourfoldJsonException {
    return reader.readLead(json);
  }

  /** Asserts that reading the lead fails with the code at the pointer. */
  static FourfoldJsonException assertLeadError(
      String json, JsonErrorCode code, @Nullable String pointer) {
    return assertLeadError(JSON, json, code, pointer);
  }

  static FourfoldJsonException assertLeadError(
      FourfoldJson reader, String json, JsonErrorCode code, @Nullable String pointer) {
    FourfoldJsonException error = leadError(reader, json);
    assertThat(error.code()).as("code for %s (%s)", json, error.getMessage()).isEqualTo(code);
    assertThat(error.pointer()).as("pointer for %s (%s)", json, error.getMessage())
        .isEqualTo(pointer);
    return error;
  }
}
