package io.github.fourfold.examples.qualify;

import io.github.fourfold.CriterionFinding;
import io.github.fourfold.QualificationPolicy;
import io.github.fourfold.QualificationResult;
import io.github.fourfold.Warning;
import io.github.fourfold.model.Lead;
import io.github.fourfold.report.HandoffNote;
import io.github.fourfold.report.HandoffOptions;

/**
 * The human-readable report of {@code qualify --format text}: the verdict with each criterion and
 * warning as a checklist, then the handoff note (which ends with the questions to ask next).
 */
final class TextReport {
  private TextReport() {}

  static String render(Lead lead, QualificationResult result, QualificationPolicy policy) {
    StringBuilder out = new StringBuilder(1024);
    out.append("== ").append(lead.id()).append(": ").append(result.verdict()).append('\n');
    for (CriterionFinding finding : result.findings()) {
      out.append(finding.met() ? "  [x] " : "  [ ] ").append(finding.criterionCode());
      if (!finding.met()) {
        out.append(" (").append(finding.reasonCode()).append(')');
      }
      out.append('\n');
    }
    for (Warning warning : result.warnings()) {
      out.append("  [!] ").append(warning.code()).append('\n');
    }
    out.append('\n');
    out.append(HandoffNote.of(lead, result, HandoffOptions.from(policy)).toText());
    if (out.charAt(out.length() - 1) != '\n') {
      out.append('\n');
    }
    out.append('\n');
    return out.toString();
  }
}
