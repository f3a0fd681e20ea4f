package io.github.fourfold.jackson;

import io.github.fourfold.Criterion;
import io.github.fourfold.CriterionFinding;
import io.github.fourfold.QualificationResult;
import io.github.fourfold.ReasonCode;
import io.github.fourfold.Verdict;
import io.github.fourfold.Warning;
import io.github.fourfold.WarningCode;
import io.github.fourfold.model.Basis;
import io.github.fourfold.model.Company;
import io.github.fourfold.model.Contact;
import io.github.fourfold.model.Cost;
import io.github.fourfold.model.DecisionProcess;
import io.github.fourfold.model.Frequency;
import io.github.fourfold.model.InstalledBaseItem;
import io.github.fourfold.model.Lead;
import io.github.fourfold.model.Money;
import io.github.fourfold.model.Per;
import io.github.fourfold.model.Problem;
import io.github.fourfold.model.ProblemCategory;
import io.github.fourfold.model.Role;
import io.github.fourfold.model.Situation;
import io.github.fourfold.model.Stakeholder;
import io.github.fourfold.model.StakeholderGroup;
import io.github.fourfold.model.TimeLost;
import io.github.fourfold.model.TriggerCause;
import io.github.fourfold.model.TriggerKind;
import io.github.fourfold.model.UrgencyTrigger;
import io.github.fourfold.model.Visibility;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/**
 * A small seeded generator of valid leads and results for property tests: every value the format
 * can carry, with awkward text (escapes, control characters, characters beyond U+FFFF, blanks),
 * decimals of every scale, dates across the years 0001 to 9999, and custom criteria and codes.
 * The same seed always gives the same value.
 */
final class RandomModel {
  private static final String[] CURRENCIES = {"EUR", "USD", "JPY", "CHF", "GBP", "XAU", "BHD"};
  private static final String[] COUNTRIES = countries();
  private static final String[] PIECES = {
    "a", "Z", "0", " ", "belt", "é", "ß", "中", "\uD83D\uDE00", "\"", "\\", "/", "\n", "\t",
    "\u0000", "\u001F", "\u007F", "\u00A0", "\u200B", "\u2028", "\uFEFF", "~1", "</script>", "'",
  };

  private final SplittableRandom random;

  RandomModel(long seed) {
    this.random = new SplittableRandom(seed);
  }

  // ---------------------------------------------------------------- leads

  Lead lead() {
    Lead.Builder lead = Lead.builder().id(nonBlank(200));
    if (maybe()) {
      lead.company(
          Company.builder()
              .name(text())
              .industry(text())
              .employees(maybe() ? integer(0) : null)
              .country(maybe() ? pick(COUNTRIES) : null)
              .build());
    }
    if (maybe()) {
      lead.contact(
          Contact.builder().name(text()).title(text()).email(text()).phone(text()).build());
    }
    lead.context(text()).source(text()).demoRequested(random.nextBoolean());
    if (maybe()) {
      Situation.Builder situation =
          Situation.builder()
              .summary(text())
              .teamSize(maybe() ? integer(0) : null)
              .inPlaceSince(maybe() ? 1000 + random.nextInt(9000) : null);
      for (int i = random.nextInt(3); i > 0; i--) {
        situation.addInstalledBase(
            InstalledBaseItem.builder()
                .name(nonBlank(40))
                .supplier(text())
                .quantity(maybe() ? integer(1) : null)
                .ageYears(maybe() ? decimal() : null)
                .build());
      }
      lead.situation(situation.build());
    }
    for (int i = random.nextInt(4); i > 0; i--) {
      lead.addProblems(problem());
    }
    for (int i = random.nextInt(4); i > 0; i--) {
      lead.addTriggers(trigger());
    }
    if (maybe()) {
      DecisionProcess.Builder decision =
          DecisionProcess.builder()
              .process(text())
              .timeline(text())
              .decisionBy(maybe() ? date() : null);
      for (int i = random.nextInt(4); i > 0; i--) {
        decision.addStakeholders(stakeholder());
      }
      lead.decisionProcess(decision.build());
    }
    for (int i = random.nextInt(4); i > 0; i--) {
      lead.putAttributes(string(20), string(30));
    }
    return lead.build();
  }

  private Problem problem() {
    Problem.Builder problem =
        Problem.builder()
            .statement(nonBlank(80))
            .visibility(maybe() ? pick(Visibility.values()) : null)
            .category(maybe() ? pick(ProblemCategory.values()) : null)
            .addressable(maybe() ? random.nextBoolean() : null)
            .basis(pick(Basis.values()));
    if (maybe()) {
      problem.cost(Cost.of(decimal(), pick(CURRENCIES), pick(Per.values())));
    }
    if (maybe()) {
      Per[] periods = {Per.DAY, Per.WEEK, Per.MONTH, Per.QUARTER, Per.YEAR};
      problem.frequency(Frequency.of(integer(0), pick(periods)));
    }
    if (maybe()) {
      problem.timeLost(TimeLost.of(decimal(), pick(Per.values())));
    }
    return problem.build();
  }

  private UrgencyTrigger trigger() {
    return UrgencyTrigger.builder()
        .kind(pick(TriggerKind.values()))
        .cause(maybe() ? pick(TriggerCause.values()) : null)
        .description(nonBlank(80))
        .date(maybe() ? date() : null)
        .consequence(text())
        .basis(pick(Basis.values()))
        .build();
  }

  private Stakeholder stakeholder() {
    Stakeholder.Builder stakeholder =
        Stakeholder.builder()
            .name(text())
            .title(text())
            .group(maybe() ? pick(StakeholderGroup.values()) : null)
            .approvesAbove(maybe() ? Money.of(decimal(), pick(CURRENCIES)) : null)
            .firstContact(random.nextBoolean())
            .basis(pick(Basis.values()));
    for (int i = random.nextInt(4); i > 0; i--) {
      stakeholder.addRoles(pick(Role.values()));
    }
    return stakeholder.build();
  }

  // ---------------------------------------------------------------- results

  QualificationResult result() {
    List<CriterionFinding> criteria = new ArrayList<>();
    for (Criterion criterion : Criterion.values()) {
      criteria.add(finding(criterion));
    }
    for (int i = random.nextInt(3); i > 0; i--) {
      criteria.add(random.nextBoolean()
          ? CriterionFinding.met("ICP_FIT_" + i)
          : CriterionFinding.unmet("ICP_FIT_" + i, "ICP_" + random.nextInt(100), nonBlank(60)));
    }
    boolean allMet = criteria.stream().allMatch(CriterionFinding::met);
    Verdict verdict =
        allMet ? Verdict.SQL : random.nextBoolean() ? Verdict.NOT_YET : Verdict.DISQUALIFIED;
    QualificationResult.Builder result =
        QualificationResult.builder()
            .leadId(nonBlank(200))
            .verdict(verdict)
            .asOf(date())
            .findings(criteria)
            .revisitOn(verdict == Verdict.NOT_YET && maybe() ? date() : null)
            .qualifierId(nonBlank(30));
    for (int i = random.nextInt(4); i > 0; i--) {
      result.addWarnings(
          random.nextBoolean()
              ? Warning.of(pick(WarningCode.values()), nonBlank(60))
              : Warning.of("CUSTOM_" + random.nextInt(1000), nonBlank(60)));
    }
    for (int i = random.nextInt(4); i > 0; i--) {
      result.addNextQuestions(nonBlank(80));
    }
    return result.build();
  }

  private CriterionFinding finding(Criterion criterion) {
    if (random.nextBoolean()) {
      return CriterionFinding.met(criterion);
    }
    List<ReasonCode> reasons = new ArrayList<>();
    for (ReasonCode reason : ReasonCode.values()) {
      if (reason.criterion() == criterion) {
        reasons.add(reason);
      }
    }
    return CriterionFinding.unmet(reasons.get(random.nextInt(reasons.size())), nonBlank(60));
  }

  // ---------------------------------------------------------------- values

  private boolean maybe() {
    return random.nextBoolean();
  }

  private <T> T pick(T[] values) {
    return values[random.nextInt(values.length)];
  }

  private int integer(int min) {
    switch (random.nextInt(4)) {
      case 0:
        return min;
      case 1:
        return Integer.MAX_VALUE;
      default:
        return min + random.nextInt(1000);
    }
  }

  /** A non-negative decimal whose literal stays within the format's 64 characters. */
  private BigDecimal decimal() {
    int digits = 1 + random.nextInt(random.nextBoolean() ? 5 : 30);
    StringBuilder unscaled = new StringBuilder();
    for (int i = 0; i < digits; i++) {
      unscaled.append((char) ('0' + random.nextInt(10)));
    }
    int scale = random.nextInt(random.nextBoolean() ? 4 : 40) - (random.nextInt(4) == 0 ? 20 : 0);
    return new BigDecimal(new BigInteger(unscaled.toString()), scale);
  }

  private LocalDate date() {
    int year = random.nextInt(4) == 0 ? 1 + random.nextInt(9999) : 2000 + random.nextInt(60);
    LocalDate first = LocalDate.of(year, 1 + random.nextInt(12), 1);
    return first.plusDays(random.nextInt(first.lengthOfMonth()));
  }

  /** Free text: absent, empty, blank or anything. */
  private @Nullable String text() {
    return random.nextInt(3) == 0 ? null : string(30);
  }

  private String string(int maxPieces) {
    StringBuilder text = new StringBuilder();
    for (int i = random.nextInt(maxPieces + 1); i > 0; i--) {
      text.append(random.nextInt(3) == 0 ? pick(PIECES) : String.valueOf((char) ('a' + random.nextInt(26))));
    }
    return text.toString();
  }

  /** Non-blank text of at most {@code maxCodePoints} code points. */
  private String nonBlank(int maxCodePoints) {
    String text = string(maxCodePoints / 2 - 1) + (char) ('A' + random.nextInt(26));
    return text.codePointCount(0, text.length()) <= maxCodePoints
        ? text
        : text.substring(text.offsetByCodePoints(0, text.codePointCount(0, text.length())
            - maxCodePoints));
  }

  private static String[] countries() {
    List<String> codes = new ArrayList<>(List.of(Locale.getISOCountries()));
    codes.add("XK");
    return codes.toArray(new String[0]);
  }
}
