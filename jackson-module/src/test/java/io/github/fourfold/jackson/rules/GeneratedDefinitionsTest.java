package io.github.fourfold.jackson.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.fourfold.QualificationResult;
import io.github.fourfold.Qualifier;
import io.github.fourfold.model.Lead;
import io.github.fourfold.rules.RuleDefinition;
import io.github.fourfold.testkit.LeadGenerator;
import io.github.fourfold.testkit.QualifierContract;
import io.github.fourfold.testkit.RuleDefinitionGenerator;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Random valid definitions from the testkit: the reader accepts each one the writer writes and
 * gives it back equal, the schema accepts it, and what it compiles to is total, deterministic and
 * keeps the qualifier contract.
 */
final class GeneratedDefinitionsTest implements QualifierContract<Qualifier> {
  private static final RuleDefinitionGenerator DEFINITIONS = RuleDefinitionGenerator.ofDefaults();
  private static final int COUNT = 500;

  @Override
  public Qualifier qualifier() {
    return Qualifier.fourQuestion().andThen(DEFINITIONS.definition(seed(), 0).compile());
  }

  @Test
  void readWrite_everyGeneratedDefinition_roundTrips() {
    Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(RuleDefinitions.schema(), InputFormat.JSON);
    Set<String> operators = new HashSet<>();
    for (int i = 0; i < COUNT; i++) {
      RuleDefinition definition = DEFINITIONS.definition(1L, i);
      String json = RuleDefinitions.write(definition);
      assertThat(RuleDefinitions.read(json)).as("definition %s", i).isEqualTo(definition);
      assertThat(schema.validate(json, InputFormat.JSON)).as("definition %s", i).isEmpty();
      for (String op : new String[] {"present", "blank", "equals", "oneOf", "compare", "compareMoney",
          "compareDate", "within", "count", "any", "all", "and", "or", "not"}) {
        if (json.contains("\"" + op + "\"")) {
          operators.add(op);
        }
      }
    }
    assertThat(operators).hasSize(14);
  }

  @Test
  void compile_everyGeneratedDefinition_isTotalAndDeterministic() {
    LeadGenerator leads = LeadGenerator.ofDefaults();
    Set<String> reasons = new HashSet<>();
    for (int i = 0; i < 200; i++) {
      RuleDefinition definition = DEFINITIONS.definition(2L, i);
      Qualifier once = definition.compile();
      Qualifier again = RuleDefinitions.read(RuleDefinitions.write(definition)).compile();
      assertThat(once.id()).isEqualTo(definition.id());
      for (int j = 0; j < 50; j++) {
        Lead lead = leads.lead(i, j);
        LocalDate asOf = LocalDate.of(1 + (i * 97 + j * 31) % 9999, 1 + j % 12, 1 + i % 28);
        QualificationResult result = once.qualify(lead, asOf);
        assertThat(again.qualify(lead, asOf)).isEqualTo(result);
        assertThat(once.qualify(lead, asOf)).isEqualTo(result);
        result.findings().forEach(f -> reasons.add(String.valueOf(f.reasonCode()).replaceAll("_UNKNOWN$", "").replaceAll("[0-9_]+$", "")));
      }
    }
    // Met, failed and unknown findings all occur.
    assertThat(reasons).contains("null", "R", "U", "CRITERION");
  }
}
