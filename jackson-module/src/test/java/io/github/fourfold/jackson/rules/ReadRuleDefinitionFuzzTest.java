package io.github.fourfold.jackson.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.fourfold.Qualifier;
import io.github.fourfold.model.Lead;
import io.github.fourfold.rules.DefinitionError;
import io.github.fourfold.rules.InvalidDefinitionException;
import io.github.fourfold.rules.RuleDefinition;
import java.time.LocalDate;
import java.util.Set;

/**
 * A coverage-guided fuzz test of the definition reader (Jazzer). Under the normal build it replays
 * the kept inputs in {@code ReadRuleDefinitionFuzzTestInputs}; to fuzz, run it with
 * {@code JAZZER_FUZZ=1} as the module's README says for the lead reader.
 *
 * <p>For any bytes, reading either gives a definition or throws {@link InvalidDefinitionException}
 * with at least one error, each with a known code and a well-formed pointer; a definition that was
 * read writes and reads back equal, and compiles to a qualifier that judges a lead.
 */
final class ReadRuleDefinitionFuzzTest {
  private static final Set<String> CODES = Set.of("MALFORMED_JSON", "WRONG_TYPE", "MISSING_REQUIRED",
      "INVALID_VALUE", "DUPLICATE_PROPERTY", "UNKNOWN_PROPERTY", "LIMIT_EXCEEDED");
  private static final Lead LEAD = Lead.builder().id("L").build();

  @FuzzTest(maxDuration = "5m")
  @DictionaryEntries({
    "\"id\"", "\"criteria\"", "\"name\"", "\"checks\"", "\"condition\"", "\"verdict\"", "\"reason\"",
    "\"message\"", "\"questions\"", "\"unknownReason\"", "\"unknownMessage\"", "\"en\"", "\"path\"",
    "\"value\"", "\"values\"", "\"ignoreCase\"", "\"op\"", "\"amount\"", "\"currency\"", "\"offset\"",
    "\"period\"", "\"direction\"", "\"present\"", "\"blank\"", "\"equals\"", "\"oneOf\"", "\"compare\"",
    "\"compareMoney\"", "\"compareDate\"", "\"within\"", "\"count\"", "\"any\"", "\"all\"", "\"and\"",
    "\"or\"", "\"not\"", "\"/company/employees\"", "\"/triggers/*/date\"", "\"/triggers\"",
    "\"/attributes/a~1b\"", "\"/contact\"", "\"AT_LEAST\"", "\"NOT_YET\"", "\"DISQUALIFIED\"", "\"P6M\"",
    "\"BEFORE\"", "\"EUR\"", "\"a/1\"", "\"X\"", "1e999", "null", "true", "[", "]", "{", "}", ":", ","
  })
  void read_anyBytes_readsOrFailsWithCodedErrors(byte[] input) {
    RuleDefinition definition;
    try {
      definition = RuleDefinitions.read(input);
    } catch (InvalidDefinitionException e) {
      assertThat(e.errors()).isNotEmpty();
      for (DefinitionError error : e.errors()) {
        assertThat(CODES).contains(error.code());
        assertThat(error.pointer()).matches("(/[^/]*)*");
      }
      return;
    }
    assertThat(RuleDefinitions.read(RuleDefinitions.write(definition))).isEqualTo(definition);
    Qualifier qualifier = definition.compile();
    assertThat(qualifier.qualify(LEAD, LocalDate.of(9999, 12, 31)).qualifierId()).isEqualTo(definition.id());
    assertThat(qualifier.qualify(LEAD, LocalDate.of(1, 1, 1)).leadId()).isEqualTo("L");
  }
}
