package io.github.fourfold.internal.rules;

import io.github.fourfold.Criterion;
import io.github.fourfold.ReasonCode;
import io.github.fourfold.Verdict;
import io.github.fourfold.internal.Checks;
import io.github.fourfold.rules.InvalidDefinitionException;
import io.github.fourfold.rules.RuleCheck;
import io.github.fourfold.rules.RuleCriterion;
import io.github.fourfold.rules.RuleDefinition;
import io.github.fourfold.rules.RuleLimits;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** The checks of a rule definition's parts, with pointers into the definition's JSON form. */
public final class RuleChecks {
  /** The language every text must have, and falls back to. */
  public static final String ENGLISH = "en";

  /** Longest criterion name, so that the default unknown reason {@code <NAME>_UNKNOWN} is a code. */
  static final int MAX_CRITERION_NAME = 92;

  private static final String UNKNOWN_SUFFIX = "_UNKNOWN";
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}/[0-9]{1,9}");
  private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");
  private static final String CODE = "an UPPER_SNAKE code of letters, digits and underscores, at most 100 characters";

  private RuleChecks() {}

  /**
   * Checks one check: codes, verdict, texts, and that its condition's paths exist and fit.
   *
   * @param check the check
   * @throws InvalidDefinitionException listing what is wrong
   */
  public static void check(RuleCheck check) {
    Problems p = new Problems();
    try {
      ConditionCompiler.compile(check.condition());
    } catch (InvalidDefinitionException e) {
      p.addAll(e, "/condition");
    }
    if (check.verdict() == Verdict.SQL) {
      p.add(Problems.INVALID_VALUE, "/verdict", "NOT_YET or DISQUALIFIED");
    }
    reason(p, check.reason(), "/reason");
    String unknown = check.unknownReason();
    if (unknown != null) {
      reason(p, unknown, "/unknownReason");
    }
    texts(p, check.message(), "/message", true);
    texts(p, check.unknownMessage(), "/unknownMessage", !check.unknownMessage().isEmpty());
    Map<String, List<String>> questions = check.questions();
    languages(p, questions.keySet(), "/questions", !questions.isEmpty());
    for (Map.Entry<String, List<String>> e : questions.entrySet()) {
      String at = "/questions/" + Problems.escape(e.getKey());
      List<String> list = e.getValue();
      if (list.size() > RuleLimits.MAX_LIST) {
        p.add(Problems.LIMIT_EXCEEDED, at, "at most " + RuleLimits.MAX_LIST + " questions");
        continue;
      }
      for (int i = 0; i < list.size(); i++) {
        ConditionChecks.text(p, list.get(i), at + "/" + i, true);
      }
    }
    p.throwIfAny();
  }

  /**
   * Checks one criterion: its name and the number of its checks.
   *
   * @param criterion the criterion
   * @throws InvalidDefinitionException listing what is wrong
   */
  public static void check(RuleCriterion criterion) {
    Problems p = new Problems();
    String name = criterion.name();
    if (!Checks.isCode(name) || name.length() > MAX_CRITERION_NAME) {
      p.add(Problems.INVALID_VALUE, "/name", "an UPPER_SNAKE name of letters, digits and underscores, at most "
          + MAX_CRITERION_NAME + " characters");
    } else if (isStandardCriterion(name)) {
      p.add(Problems.INVALID_VALUE, "/name", "a name other than the standard criteria SITUATION, PROBLEM, URGENCY, DECISION");
    }
    list(p, criterion.checks(), "/checks");
    p.throwIfAny();
  }

  /**
   * Checks a whole definition: its id, the number of criteria and checks, and that names and
   * reason codes are unique.
   *
   * @param definition the definition
   * @throws InvalidDefinitionException listing what is wrong
   */
  public static void check(RuleDefinition definition) {
    Problems p = new Problems();
    if (definition.id().length() > RuleLimits.MAX_TEXT || !ID.matcher(definition.id()).matches()) {
      p.add(Problems.INVALID_VALUE, "/id", "an id with its version, e.g. acme-icp/3: letters, digits, '.', '_' or '-' "
          + "(at most 100), a slash and a version number");
    }
    List<RuleCriterion> criteria = definition.criteria();
    list(p, criteria, "/criteria");
    Set<String> names = new HashSet<>();
    Map<String, String> failureReasons = new HashMap<>();
    int total = 0;
    for (int i = 0; i < criteria.size(); i++) {
      RuleCriterion criterion = criteria.get(i);
      String at = "/criteria/" + i;
      if (!names.add(criterion.name())) {
        p.add(Problems.INVALID_VALUE, at + "/name", "a criterion name not used by another criterion");
      }
      List<RuleCheck> checks = criterion.checks();
      total += checks.size();
      for (int j = 0; j < checks.size(); j++) {
        String reason = checks.get(j).reason();
        if (failureReasons.putIfAbsent(reason, at) != null) {
          p.add(Problems.INVALID_VALUE, at + "/checks/" + j + "/reason", "a reason code not used by another check");
        }
      }
    }
    if (total > RuleLimits.MAX_CHECKS) {
      p.add(Problems.LIMIT_EXCEEDED, "/criteria", "at most " + RuleLimits.MAX_CHECKS + " checks in a definition");
    }
    // An unknown reason must not be mistaken for a failure: none equals any check's reason code.
    for (int i = 0; i < criteria.size(); i++) {
      RuleCriterion criterion = criteria.get(i);
      List<RuleCheck> checks = criterion.checks();
      for (int j = 0; j < checks.size(); j++) {
        String unknown = unknownReason(criterion, checks.get(j));
        if (failureReasons.containsKey(unknown)) {
          String at = "/criteria/" + i + "/checks/" + j;
          p.add(Problems.INVALID_VALUE, checks.get(j).unknownReason() == null ? at : at + "/unknownReason",
              "an unknown reason (by default " + criterion.name() + UNKNOWN_SUFFIX
                  + ") that no check uses as its reason code");
        }
      }
    }
    p.throwIfAny();
  }

  /**
   * The reason code a check gives when its condition is unknown.
   *
   * @param criterion the check's criterion
   * @param check the check
   * @return its unknown reason, or the criterion's default
   */
  public static String unknownReason(RuleCriterion criterion, RuleCheck check) {
    String reason = check.unknownReason();
    return reason != null ? reason : criterion.name() + UNKNOWN_SUFFIX;
  }

  private static boolean isStandardCriterion(String name) {
    for (Criterion c : Criterion.values()) {
      if (c.name().equals(name)) {
        return true;
      }
    }
    return false;
  }

  private static void reason(Problems p, String code, String at) {
    if (!Checks.isCode(code)) {
      p.add(Problems.INVALID_VALUE, at, CODE);
      return;
    }
    for (ReasonCode standard : ReasonCode.values()) {
      if (standard.name().equals(code)) {
        p.add(Problems.INVALID_VALUE, at, "a reason code other than the standard ones");
        return;
      }
    }
  }

  private static void texts(Problems p, Map<String, String> texts, String at, boolean englishRequired) {
    languages(p, texts.keySet(), at, englishRequired);
    for (Map.Entry<String, String> e : texts.entrySet()) {
      ConditionChecks.text(p, e.getValue(), at + "/" + Problems.escape(e.getKey()), true);
    }
  }

  private static void languages(Problems p, Set<String> languages, String at, boolean englishRequired) {
    if (englishRequired && !languages.contains(ENGLISH)) {
      p.add(Problems.MISSING_REQUIRED, at + "/" + ENGLISH, "an English text");
    }
    if (languages.size() > RuleLimits.MAX_LANGUAGES) {
      p.add(Problems.LIMIT_EXCEEDED, at, "at most " + RuleLimits.MAX_LANGUAGES + " languages");
      return;
    }
    for (String language : languages) {
      if (!LANGUAGE.matcher(language).matches()) {
        p.add(Problems.INVALID_VALUE, at, "languages as two or three lower-case letters (ISO 639), e.g. en");
      }
    }
  }

  private static void list(Problems p, List<?> list, String at) {
    if (list.isEmpty()) {
      p.add(Problems.INVALID_VALUE, at, "at least one element");
    } else if (list.size() > RuleLimits.MAX_LIST) {
      p.add(Problems.LIMIT_EXCEEDED, at, "at most " + RuleLimits.MAX_LIST + " elements");
    }
  }
}
