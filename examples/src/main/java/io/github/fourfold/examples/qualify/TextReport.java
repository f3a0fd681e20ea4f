package io.github.fourfold.examples.qualify;

import io.github.fourfold.CriterionFinding;
import io.github.fourfold.QualificationResult;
import io.github.fourfold.Warning;
import io.github.fourfold.model.Lead;
import java.util.Locale;

/** The human-readable report of {@code qualify --format text}: verdict, criteria, warnings, questions. */
final class TextReport {
  private TextReport() {}

  static String render(Lead lead, QualificationResult result, Locale locale) {
    boolean dutch = locale.getLanguage().equals("nl");
    StringBuilder out = new StringBuilder(512);
    out.append(lead.id()).append(": ").append(result.verdict())
        .append(dutch ? " (per " : " (as of ").append(result.asOf()).append(")\n");
    for (CriterionFinding finding : result.criteria()) {
      out.append(finding.met() ? "  [x] " : "  [ ] ").append(finding.criterion());
      if (!finding.met()) {
        out.append(" — ").append(finding.reason()).append(": ").append(finding.message());
      }
      out.append('\n');
    }
    for (Warning warning : result.warnings()) {
      out.append("  ! ").append(warning.code()).append(": ").append(warning.message()).append('\n');
    }
    if (result.revisitOn() != null) {
      out.append(dutch ? "  Opnieuw bekijken op " : "  Revisit on ").append(result.revisitOn()).append('\n');
    }
    if (!result.nextQuestions().isEmpty()) {
      out.append(dutch ? "  Volgende vragen:\n" : "  Next questions:\n");
      for (String question : result.nextQuestions()) {
        out.append("    - ").append(question).append('\n');
      }
    }
    out.append('\n');
    return out.toString();
  }
}
