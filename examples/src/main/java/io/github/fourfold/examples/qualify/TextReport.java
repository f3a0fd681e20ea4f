package io.github.fourfold.examples.qualify;

import io.github.fourfold.Criterion;
import io.github.fourfold.CriterionFinding;
import io.github.fourfold.QualificationPolicy;
import io.github.fourfold.QualificationResult;
import io.github.fourfold.Warning;
import io.github.fourfold.model.Lead;
import io.github.fourfold.report.CallPlan;
import io.github.fourfold.report.CallStep;
import io.github.fourfold.report.CallTopic;
import io.github.fourfold.report.HandoffNote;
import io.github.fourfold.report.HandoffOptions;

/**
 * The human-readable report of {@code qualify --format text}: the verdict with each criterion and
 * warning as a checklist, then the handoff note (which ends with the questions to ask next).
 *
 * <p>Everything taken from the lead or a qualifier goes through {@link TerminalText#safe}: text
 * output never passes a control character from the input to the terminal. (The handoff note
 * cleans its own text.)
 */
final class TextReport {
  private final QualificationPolicy policy;
  /** Names the four criteria in the policy's language: the call plan's step titles. */
  private final CallPlan names;

  TextReport(QualificationPolicy policy) {
    this.policy = policy;
    this.names = CallPlan.firstCall(policy.locale());
  }

  String render(Lead lead, QualificationResult result) {
    StringBuilder out = new StringBuilder(1024);
    out.append("== ").append(TerminalText.safe(lead.id())).append(": ").append(result.verdict()).append('\n');
    for (CriterionFinding finding : result.findings()) {
      out.append(finding.met() ? "  [x] " : "  [ ] ").append(name(finding));
      if (!finding.met()) {
        out.append(" (").append(TerminalText.safe(String.valueOf(finding.reasonCode()))).append(')');
      }
      out.append('\n');
    }
    for (Warning warning : result.warnings()) {
      out.append("  [!] ").append(TerminalText.safe(warning.code())).append('\n');
    }
    out.append('\n');
    out.append(HandoffNote.of(lead, result, HandoffOptions.from(policy)).toText());
    if (out.charAt(out.length() - 1) != '\n') {
      out.append('\n');
    }
    out.append('\n');
    return out.toString();
  }

  /** A standard criterion by its name in the language; a custom one by its code. */
  private String name(CriterionFinding finding) {
    Criterion criterion = finding.standardCriterion();
    if (criterion != null) {
      CallStep step = names.step(CallTopic.of(criterion));
      if (step != null) {
        return TerminalText.safe(step.title());
      }
    }
    return TerminalText.safe(finding.criterionCode());
  }
}
