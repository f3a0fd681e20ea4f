package io.github.fourfold.benchmarks.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.fourfold.QualificationResult;
import io.github.fourfold.Qualifier;
import io.github.fourfold.ReasonCode;
import io.github.fourfold.Verdict;
import io.github.fourfold.WarningCode;
import io.github.fourfold.benchmarks.easyrules.AnnotatedRules;
import io.github.fourfold.benchmarks.easyrules.LambdaRules;
import io.github.fourfold.benchmarks.floor.HandWrittenRule;
import io.github.fourfold.model.Lead;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The seeded dataset is stable and realistic, and every implementation agrees on it. */
final class DatasetTest {
  private static final Dataset LARGE = Dataset.of(Dataset.LARGE);

  @Test
  void sameSeed_sameLeads() {
    List<Lead> again = new LeadGenerator(Dataset.SEED, Dataset.AS_OF).leads(Dataset.SMALL);
    assertThat(Arrays.asList(LARGE.leads()).subList(0, Dataset.SMALL)).isEqualTo(again);
    assertThat(Arrays.asList(Dataset.of(Dataset.SMALL).leads())).isEqualTo(again);
  }

  @Test
  void mix_isAboutThirtyPercentSql_withEveryReasonAndWarning() {
    assertThat(LARGE.share(Verdict.SQL)).isBetween(0.27, 0.33);
    assertThat(LARGE.share(Verdict.DISQUALIFIED)).isBetween(0.005, 0.05);
    Set<ReasonCode> reasons = EnumSet.noneOf(ReasonCode.class);
    Set<String> warnings = new HashSet<>();
    for (Lead lead : LARGE.leads()) {
      QualificationResult result = Qualifier.fourQuestion().qualify(lead, Dataset.AS_OF);
      result.unmetFindings().forEach(f -> reasons.add(Objects.requireNonNull(f.standardReason())));
      result.warnings().forEach(w -> warnings.add(w.code()));
    }
    assertThat(reasons).containsExactlyInAnyOrder(ReasonCode.values());
    assertThat(warnings).containsExactlyInAnyOrder(
        Arrays.stream(WarningCode.values()).map(Enum::name).toArray(String[]::new));
  }

  @Test
  void everyImplementation_agreesWithTheDefaultQualifier_onEveryLead() {
    LambdaRules lambda = new LambdaRules();
    AnnotatedRules annotated = new AnnotatedRules();
    LARGE.checkAgrees("floor", lead -> HandWrittenRule.qualify(lead, Dataset.AS_OF));
    LARGE.checkAgrees("lambda", lead -> lambda.qualify(lead, Dataset.AS_OF));
    LARGE.checkAgrees("annotated", lead -> annotated.qualify(lead, Dataset.AS_OF));
  }

  @Test
  void checkAgrees_failsLoudly_namingTheLeads() {
    assertThatThrownBy(() -> LARGE.checkAgrees("always SQL", lead -> 0))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("always SQL disagrees with the default qualifier on")
        .hasMessageContaining("lead-00000");
  }
}
