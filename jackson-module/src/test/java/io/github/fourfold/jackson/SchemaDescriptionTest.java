package io.github.fourfold.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.fourfold.json.internal.Format;
import io.github.fourfold.json.internal.ObjectType;
import io.github.fourfold.json.internal.Property;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hand-written JSON Schemas and the format's description agree: every described property is
 * in the schema with the same JSON type and required-ness, and every schema property is described.
 */
final class SchemaDescriptionTest extends ModuleTestBase {
  private static final JsonNode LEAD = schema("lead.schema.json");
  private static final JsonNode RESULT = schema("qualification-result.schema.json");

  private static JsonNode schema(String name) {
    try {
      return new ObjectMapper()
          .readTree(resourceBytes("io/github/fourfold/jackson/schema/" + name));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static Stream<ObjectType<?>> types() {
    return Format.OBJECT_TYPES.stream();
  }

  /** The schema of a described type: a root, or the definition of that name in either schema. */
  private static JsonNode[] schemaOf(ObjectType<?> type) {
    return switch (type.name()) {
      case "lead" -> new JsonNode[] {LEAD, LEAD};
      case "result" -> new JsonNode[] {RESULT, RESULT};
      default -> LEAD.path("$defs").has(type.name())
          ? new JsonNode[] {LEAD.path("$defs").path(type.name()), LEAD}
          : new JsonNode[] {RESULT.path("$defs").path(type.name()), RESULT};
    };
  }

  /** The JSON types a property schema allows besides null, following $ref, anyOf and enum. */
  private static Set<String> types(JsonNode node, JsonNode root) {
    Set<String> types = new TreeSet<>();
    if (node.has("$ref")) {
      String ref = node.path("$ref").asText();
      types.addAll(types(root.path("$defs").path(ref.substring("#/$defs/".length())), root));
    }
    JsonNode type = node.path("type");
    if (type.isTextual()) {
      types.add(type.asText());
    }
    type.forEach(t -> types.add(t.asText()));
    node.path("anyOf").forEach(option -> types.addAll(types(option, root)));
    node.path("enum").forEach(value -> types.add(value.isNull() ? "null" : "string"));
    types.remove("null");
    return types;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("types")
  void describedType_everyProperty_inTheSchemaWithTheSameTypeAndRequiredness(ObjectType<?> type) {
    JsonNode[] found = schemaOf(type);
    JsonNode schema = found[0];
    assertThat(schema.path("type").asText()).as(type.name()).isEqualTo("object");
    List<String> required = new ArrayList<>();
    schema.path("required").forEach(name -> required.add(name.asText()));
    List<String> described = new ArrayList<>();
    for (Property<?, ?> property : type.properties()) {
      String where = type.name() + "." + property.name();
      described.add(property.name());
      JsonNode propertySchema = schema.path("properties").path(property.name());
      assertThat(propertySchema.isMissingNode()).as(where + " in the schema").isFalse();
      assertThat(types(propertySchema, found[1]))
          .as(where + " type")
          .containsExactly(property.type().jsonType());
      assertThat(required.contains(property.name()))
          .as(where + " required")
          .isEqualTo(property.required());
    }
    List<String> inSchema = new ArrayList<>();
    schema.path("properties").fieldNames().forEachRemaining(inSchema::add);
    assertThat(described).as(type.name() + ": the schema's properties, in order").isEqualTo(inSchema);
  }
}
