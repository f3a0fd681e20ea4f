package io.github.fourfold.examples.icpfit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.fourfold.QualificationResult;
import io.github.fourfold.Qualifier;
import io.github.fourfold.jackson.rules.RuleDefinitions;
import io.github.fourfold.model.Company;
import io.github.fourfold.model.Lead;
import io.github.fourfold.testkit.LeadGenerator;
import io.github.fourfold.testkit.QualifierContract;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The ICP check written as a definition ({@code examples/rules/icp-fit.json}) decides exactly as
 * the hand-written {@link IcpFitQualifier}, and keeps the qualifier contract.
 */
final class IcpFitDefinitionTest implements QualifierContract<Qualifier> {
  /** The definition, as a user would ship it. */
  static final Path DEFINITION = Path.of("rules", "icp-fit.json");

  /**
   * Industries as CRMs hold them. Not included: text padded with blanks other than whitespace
   * (a no-break space): rules strip every blank the lead format defines, the hand-written check
   * only what {@code String.strip()} does.
   */
  private static final @Nullable String[] INDUSTRIES = {
    null, "", " ", "Manufacturing", " packaging ", "FOOD PROCESSING", "food", "software", "Retail"
  };
  private static final @Nullable Integer[] EMPLOYEES = {null, 0, 1, 19, 20, 21, 5_000, Integer.MAX_VALUE};
  private static final @Nullable String[] ACCOUNT_TYPES = {null, "", "competitor", "Competitor", "COMPETITOR", "customer", "prospect"};

  static Qualifier definition() {
    try (InputStream in = Files.newInputStream(DEFINITION)) {
      return RuleDefinitions.read(in).compile();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public Qualifier qualifier() {
    return definition();
  }

  /** A generated lead with the fields the ICP check reads varied over their interesting values. */
  static Lead icpLead(Lead generated, SplittableRandom random) {
    Lead.Builder lead = Lead.builder().from(generated);
    if (random.nextInt(10) == 0) {
      lead.company(null);
    } else {
      lead.company(Company.builder()
          .industry(pick(INDUSTRIES, random))
          .employees(pick(EMPLOYEES, random))
          .build());
    }
    String accountType = pick(ACCOUNT_TYPES, random);
    if (accountType != null) {
      lead.putAttributes("crm.accountType", accountType);
    }
    return lead.build();
  }

  private static <T> @Nullable T pick(@Nullable T[] values, SplittableRandom random) {
    return values[random.nextInt(values.length)];
  }

  @Test
  void definition_decidesAsTheHandWrittenQualifier_onTenThousandLeads() {
    Qualifier written = definition();
    Qualifier java = IcpFitQualifier.manufacturing();
    LeadGenerator generator = LeadGenerator.ofDefaults();
    SplittableRandom random = new SplittableRandom(20_270_301L);
    LocalDate asOf = generator.asOf();
    Map<io.github.fourfold.Verdict, Integer> verdicts = new EnumMap<>(io.github.fourfold.Verdict.class);
    for (int i = 0; i < 10_000; i++) {
      Lead lead = icpLead(generator.lead(7L, i), random);
      QualificationResult expected = java.qualify(lead, asOf);
      QualificationResult actual = written.qualify(lead, asOf);
      assertThat(actual).as("lead %s", i).isEqualTo(expected);
      verdicts.merge(expected.verdict(), 1, Integer::sum);
    }
    // Every verdict and every reason code is exercised, so the comparison is not vacuous.
    assertThat(verdicts.keySet()).containsExactlyInAnyOrder(io.github.fourfold.Verdict.values());
    assertThat(Arrays.stream(new String[] {"ICP_COMPETITOR", "ICP_FIT_UNKNOWN", "ICP_INDUSTRY_MISMATCH", "ICP_TOO_SMALL"}))
        .allSatisfy(reason -> assertThat(reasonSeen(written, generator, reason)).as(reason).isTrue());
  }

  private static boolean reasonSeen(Qualifier qualifier, LeadGenerator generator, String reason) {
    SplittableRandom random = new SplittableRandom(1);
    for (int i = 0; i < 1_000; i++) {
      QualificationResult result = qualifier.qualify(icpLead(generator.lead(3L, i), random), generator.asOf());
      if (reason.equals(result.findings().get(0).reasonCode())) {
        return true;
      }
    }
    return false;
  }

  @Test
  void definition_hasTheIdOfTheHandWrittenQualifier() {
    assertThat(definition().id()).isEqualTo(IcpFitQualifier.manufacturing().id());
  }
}
