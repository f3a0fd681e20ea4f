package io.github.fourfold.jackson;

import io.github.fourfold.json.JsonErrorCode;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.fourfold.model.Lead;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * A coverage-guided fuzz test of the reader (Jazzer). Under the normal build it replays the
 * inputs in {@code ReadLeadFuzzTestInputs}, where the build also copies the example leads of
 * {@code examples/leads}; to fuzz, see the module's README.
 *
 * <p>For any bytes, reading a lead either succeeds or throws {@link FourfoldJsonException}, never
 * anything else; and the outcome is consistent:
 *
 * <ul>
 *   <li>a lead that was read writes and reads back equal, also through the module's mapper;
 *   <li>an error other than MALFORMED_JSON and LIMIT_EXCEEDED is only reported for well-formed
 *       JSON (so malformed content anywhere wins), and its pointer leads to a value in the document
 *       (or, for a missing property, to an object that lacks it);
 *   <li>a document that Jackson cannot parse is reported as MALFORMED_JSON or LIMIT_EXCEEDED;
 *   <li>the message starts with the code and names no pointer segment from outside the format.
 * </ul>
 */
final class ReadLeadFuzzTest {
  private static final FourfoldJson JSON = FourfoldJson.ofDefaults();
  private static final FourfoldJson STRICT = FourfoldJson.builder().strict(true).build();
  private static final ObjectMapper TREE = new ObjectMapper();

  @FuzzTest(maxDuration = "5m")
  @DictionaryEntries({
    "\"id\"", "\"company\"", "\"contact\"", "\"context\"", "\"source\"", "\"demoRequested\"",
    "\"situation\"", "\"problems\"", "\"triggers\"", "\"decisionProcess\"", "\"attributes\"",
    "\"name\"", "\"employees\"", "\"country\"", "\"summary\"", "\"installedBase\"",
    "\"quantity\"", "\"ageYears\"", "\"inPlaceSince\"", "\"statement\"", "\"visibility\"",
    "\"category\"", "\"cost\"", "\"frequency\"", "\"timeLost\"", "\"addressable\"", "\"basis\"",
    "\"amount\"", "\"currency\"", "\"per\"", "\"count\"", "\"hours\"", "\"kind\"", "\"cause\"",
    "\"description\"", "\"date\"", "\"consequence\"", "\"stakeholders\"", "\"process\"",
    "\"decisionBy\"", "\"roles\"", "\"approvesAbove\"", "\"firstContact\"", "\"DEADLINE\"",
    "\"EVENT\"", "\"APPROVES\"", "\"STATED\"", "\"ASSUMED\"", "\"YEAR\"", "\"OCCURRENCE\"",
    "\"EUR\"", "\"NL\"", "\"2027-09-15\"", "\\ud800", "\\u0000", "-0", "1e3", "3.0", "null",
    "true", "[", "]", "{", "}", ":", ","
  })
  void readLead_anyBytes_readsOrFailsAsDocumented(byte[] input) throws Exception {
    Lead lead;
    try {
      lead = JSON.readLead(input);
    } catch (FourfoldJsonException error) {
      checkError(input, error);
      return;
    }
    String written = JSON.writeLead(lead);
    assertThat(STRICT.readLead(written)).isEqualTo(lead);
    assertThat(JSON.writeLead(STRICT.readLead(written))).isEqualTo(written);
    assertThat(JSON.mapper().readValue(input, Lead.class)).isEqualTo(lead);
  }

  private static void checkError(byte[] input, FourfoldJsonException error) throws Exception {
    JsonErrorCode code = error.code();
    String pointer = error.pointer();
    assertThat(error.getMessage()).startsWith(code.name());
    assertThat(error.getCause()).isNull();
    if (pointer != null) {
      assertThat(pointer).matches("(/[^/]*)*");
    }
    JsonNode tree = parse(input);
    if (code == JsonErrorCode.MALFORMED_JSON) {
      assertThat(pointer).isNull();
      return;
    }
    if (code == JsonErrorCode.LIMIT_EXCEEDED) {
      return;
    }
    assertThat(tree).as("%s for a document Jackson cannot parse", code).isNotNull();
    assertThat(pointer).isNotNull();
    if (tree == null || pointer == null) {
      return;
    }
    if (code == JsonErrorCode.MISSING_REQUIRED) {
      String parent = pointer.substring(0, pointer.lastIndexOf('/'));
      assertThat(tree.at(parent).isObject()).as("parent of %s", pointer).isTrue();
    } else {
      assertThat(tree.at(pointer).isMissingNode()).as("value at %s", pointer).isFalse();
    }
  }

  /** The document as a tree, or null when it is not UTF-8 or Jackson cannot parse it. */
  private static @Nullable JsonNode parse(byte[] input) {
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(input))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    try (JsonParser parser = TREE.getFactory().createParser(text)) {
      if (parser.nextToken() == null) {
        return null;
      }
      JsonNode tree = firstWins(parser);
      return parser.nextToken() == null ? tree : null;
    } catch (Exception e) {
      return null;
    }
  }

  /**
   * Builds the tree keeping the first of duplicate names, as the reader reports the first error in
   * document order (Jackson's own trees keep the last).
   */
  private static JsonNode firstWins(JsonParser parser) throws IOException {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.START_OBJECT) {
      ObjectNode object = TREE.createObjectNode();
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        parser.nextToken();
        JsonNode value = firstWins(parser);
        if (!object.has(name)) {
          object.set(name, value);
        }
      }
      return object;
    }
    if (token == JsonToken.START_ARRAY) {
      ArrayNode array = TREE.createArrayNode();
      while (parser.nextToken() != JsonToken.END_ARRAY) {
        array.add(firstWins(parser));
      }
      return array;
    }
    return TREE.readTree(parser);
  }
}
