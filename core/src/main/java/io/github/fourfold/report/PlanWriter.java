package io.github.fourfold.report;

import io.github.fourfold.internal.text.Texts;

/** Writes a {@link CallPlan} as plain text or CommonMark. */
final class PlanWriter {
  private PlanWriter() {}

  /** The plan in its language, as CommonMark when {@code markdown}, else as plain text. */
  public static String write(CallPlan plan, boolean markdown) {
    Texts texts = Texts.of(plan.locale());
    StringBuilder out = new StringBuilder();
    String title = texts.get("call." + plan.kind().name()) + " (" + texts.get("call.minutes", plan.minutes()) + ")";
    out.append(markdown ? "## " + Formats.markdown(title) + "\n\n" : title + "\n");
    int n = 1;
    for (CallStep step : plan.steps()) {
      String minutes = "(" + texts.get("call.minutes", step.minutes()) + ")";
      if (markdown) {
        out.append(n).append(". **").append(Formats.markdown(Formats.clean(step.title()))).append("** ")
            .append(Formats.markdown(minutes)).append(": ").append(Formats.markdown(Formats.clean(step.goal())))
            .append('\n');
      } else {
        out.append(n).append(". ").append(Formats.clean(step.title())).append(' ').append(minutes).append(": ")
            .append(Formats.clean(step.goal())).append('\n');
      }
      for (String question : step.questions()) {
        String q = Formats.clean(question);
        out.append("   - ").append(markdown ? Formats.markdown(q) : q).append('\n');
      }
      n++;
    }
    return out.toString();
  }
}
