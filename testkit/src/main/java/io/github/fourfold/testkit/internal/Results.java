package io.github.fourfold.testkit.internal;

import io.github.fourfold.CriterionFinding;
import io.github.fourfold.QualificationResult;
import io.github.fourfold.Warning;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Compares qualification results and says, in one line, how two of them differ. */
public final class Results {
  private Results() {}

  /** How much of a result must be equal. */
  enum Detail {
    /** Only the verdict. */
    VERDICT,
    /**
     * The verdict, each finding's criterion, met flag and reason code, the warning codes and the
     * revisit date; not the wording of messages and questions.
     */
    CODES,
    /** The verdict, the findings and warnings with their messages, and the revisit date. */
    FINDINGS
  }

  /**
   * How {@code actual} differs from {@code expected} at the given detail, or null when it does
   * not.
   */
  public static @Nullable String difference(
      QualificationResult expected, QualificationResult actual, Detail detail) {
    if (expected.verdict() != actual.verdict()) {
      return "verdict " + expected.verdict() + " became " + actual.verdict()
          + (detail == Detail.VERDICT ? "" : " (findings " + codes(expected) + " became "
              + codes(actual) + ")");
    }
    if (detail == Detail.VERDICT) {
      return null;
    }
    if (!codes(expected).equals(codes(actual))) {
      return "findings " + codes(expected) + " became " + codes(actual);
    }
    if (!warningCodes(expected).equals(warningCodes(actual))) {
      return "warnings " + warningCodes(expected) + " became " + warningCodes(actual);
    }
    if (!Objects.equals(expected.revisitOn(), actual.revisitOn())) {
      return "revisitOn " + expected.revisitOn() + " became " + actual.revisitOn();
    }
    if (detail == Detail.FINDINGS) {
      List<CriterionFinding> a = expected.findings();
      List<CriterionFinding> b = actual.findings();
      for (int i = 0; i < a.size(); i++) {
        if (!Objects.equals(a.get(i).message(), b.get(i).message())) {
          return "the message of " + a.get(i).criterionCode() + " changed: \"" + a.get(i).message()
              + "\" became \"" + b.get(i).message() + "\"";
        }
      }
      if (!expected.warnings().equals(actual.warnings())) {
        return "the warnings' messages changed: " + expected.warnings() + " became "
            + actual.warnings();
      }
    }
    return null;
  }

  /** The findings as codes: {@code [SITUATION met, PROBLEM PROBLEM_ASSUMED, ...]}. */
  public static String codes(QualificationResult result) {
    List<String> out = new ArrayList<>();
    for (CriterionFinding f : result.findings()) {
      out.add(f.criterionCode() + (f.met() ? " met" : " " + f.reasonCode()));
    }
    return out.toString();
  }

  /** The warning codes, in order. */
  public static List<String> warningCodes(QualificationResult result) {
    List<String> out = new ArrayList<>();
    for (Warning w : result.warnings()) {
      out.add(w.code());
    }
    return out;
  }

  /** A one-line summary: verdict, findings, warnings and revisit date. */
  public static String summary(QualificationResult result) {
    return result.verdict() + " " + codes(result) + " warnings " + warningCodes(result)
        + (result.revisitOn() == null ? "" : " revisitOn " + result.revisitOn());
  }

  /** Every text of a result that a person reads: messages, warnings, questions and the id. */
  public static List<String> texts(QualificationResult result) {
    List<String> out = new ArrayList<>();
    for (CriterionFinding f : result.findings()) {
      out.add(f.criterionCode());
      if (f.reasonCode() != null) {
        out.add(Objects.requireNonNull(f.reasonCode()));
      }
      if (f.message() != null) {
        out.add(Objects.requireNonNull(f.message()));
      }
    }
    for (Warning w : result.warnings()) {
      out.add(w.code());
      out.add(w.message());
    }
    out.addAll(result.nextQuestions());
    out.add(result.qualifierId());
    return out;
  }
}
