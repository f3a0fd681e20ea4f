package io.github.fourfold.jackson.internal;

import java.util.Set;

/** RFC 6901 JSON Pointer helpers: escaping, and masking of names the format does not define. */
public final class Pointers {
  /** Every property name of the JSON format, version 1. */
  private static final Set<String> NAMES =
      Set.of(
          // Lead
          "id", "company", "contact", "context", "source", "demoRequested", "situation",
          "problems", "triggers", "decisionProcess", "attributes",
          // Company, Contact
          "name", "industry", "employees", "country", "title", "email", "phone",
          // Situation, installed base
          "summary", "installedBase", "teamSize", "inPlaceSince", "supplier", "quantity",
          "ageYears",
          // Problem, Money, Cost, Frequency, TimeLost
          "statement", "visibility", "category", "cost", "frequency", "timeLost", "addressable",
          "basis", "amount", "currency", "per", "count", "hours",
          // UrgencyTrigger
          "kind", "cause", "description", "date", "consequence",
          // DecisionProcess, Stakeholder
          "stakeholders", "process", "timeline", "decisionBy", "group", "roles", "approvesAbove",
          "firstContact",
          // QualificationResult, CriterionFinding, Warning
          "leadId", "verdict", "asOf", "criteria", "warnings", "revisitOn", "nextQuestions",
          "qualifier", "criterion", "met", "reason", "message", "code");

  /** The properties whose values are lists: the segment after them is an index. */
  private static final Set<String> LISTS =
      Set.of(
          "problems", "triggers", "installedBase", "stakeholders", "roles", "criteria",
          "warnings", "nextQuestions");

  private Pointers() {}

  /**
   * Escapes one reference token: {@code ~} as {@code ~0}, {@code /} as {@code ~1}.
   *
   * @param token the unescaped property name
   * @return the escaped token
   */
  public static String escape(String token) {
    if (token.indexOf('~') < 0 && token.indexOf('/') < 0) {
      return token;
    }
    return token.replace("~", "~0").replace("/", "~1");
  }

  /**
   * The pointer with every segment that the format does not define replaced by {@code *}, so that
   * a message can show it without quoting names from the input (unknown properties, attribute
   * keys). Segments after a masked one are masked too.
   *
   * @param pointer an RFC 6901 pointer
   * @return the masked pointer
   */
  public static String mask(String pointer) {
    if (pointer.isEmpty()) {
      return pointer;
    }
    StringBuilder out = new StringBuilder(pointer.length());
    String previous = null;
    boolean shown = true;
    int start = 1;
    while (start <= pointer.length()) {
      int end = pointer.indexOf('/', start);
      if (end < 0) {
        end = pointer.length();
      }
      String token = pointer.substring(start, end);
      if (shown) {
        if (previous != null && LISTS.contains(previous)) {
          shown = isIndex(token);
        } else {
          shown = !"attributes".equals(previous) && NAMES.contains(token);
        }
      }
      out.append('/').append(shown ? token : "*");
      previous = token;
      start = end + 1;
    }
    return out.toString();
  }

  private static boolean isIndex(String token) {
    if (token.isEmpty() || token.length() > 10 || (token.length() > 1 && token.charAt(0) == '0')) {
      return false;
    }
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }
}
