package io.github.fourfold.internal.text;

import io.github.fourfold.model.Lead;
import io.github.fourfold.model.TriggerKind;
import io.github.fourfold.model.UrgencyTrigger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Next questions without placeholders: the article's questions say {@code [date]} and
 * {@code [process]} for the rep to fill in while talking; a result's next questions are filled
 * from the lead instead (keys {@code fill.*} of the bundles).
 *
 * <p>The date is the earliest deadline of the lead on or after the reference date, so it does
 * not depend on the order of the triggers. The lead has no field for the work process the
 * article's {@code [process]} means (a decision process is something else), so that question is
 * always worded without it.
 */
public final class Placeholders {
  private Placeholders() {}

  /** The date a next question's {@code [date]} stands for, or null when the lead has none. */
  public static @Nullable LocalDate deadline(Lead lead, LocalDate asOf) {
    @Nullable LocalDate earliest = null;
    for (UrgencyTrigger trigger : lead.triggers()) {
      LocalDate date = trigger.date();
      if (trigger.kind() == TriggerKind.DEADLINE && date != null && !date.isBefore(asOf)
          && (earliest == null || date.isBefore(earliest))) {
        earliest = date;
      }
    }
    return earliest;
  }

  /** Whether a question has the date placeholder of these texts. */
  public static boolean hasDate(String question, Texts texts) {
    return question.contains(texts.get("fill.date"));
  }

  /** The question with its placeholders filled: the date when known, else worded without. */
  public static String fill(String question, Texts texts, @Nullable LocalDate date) {
    String out = question;
    String datePhrase = texts.get("fill.date");
    if (out.contains(datePhrase)) {
      out = out.replace(datePhrase,
          date == null ? texts.get("fill.date.unknown") : texts.get("fill.date.known", date));
    }
    String processPhrase = texts.get("fill.process");
    if (out.contains(processPhrase)) {
      out = out.replace(processPhrase, texts.get("fill.process.unknown"));
    }
    return out;
  }

  /** Each question {@linkplain #fill filled}, in order, each once. */
  public static List<String> fill(List<String> questions, Texts texts, @Nullable LocalDate date) {
    List<String> out = new ArrayList<>(questions.size());
    for (String question : questions) {
      String filled = fill(question, texts, date);
      if (!out.contains(filled)) {
        out.add(filled);
      }
    }
    return List.copyOf(out);
  }

  /**
   * Whether a question is one of these texts' questions, as a template or filled in either way.
   *
   * @param question a question of a result
   * @param templates the article's questions in one language
   */
  public static boolean isFilledFrom(String question, List<String> templates, Texts texts) {
    String datePhrase = texts.get("fill.date");
    String known = texts.get("fill.date.known", "\u0000");
    int hole = known.indexOf('\u0000');
    for (String template : templates) {
      if (question.equals(template) || question.equals(fill(template, texts, null))) {
        return true;
      }
      int at = template.indexOf(datePhrase);
      if (at >= 0 && hole >= 0) {
        String head = fill(template.substring(0, at), texts, null) + known.substring(0, hole);
        String tail = known.substring(hole + 1)
            + fill(template.substring(at + datePhrase.length()), texts, null);
        if (question.length() > head.length() + tail.length()
            && question.startsWith(head) && question.endsWith(tail)) {
          return true;
        }
      }
    }
    return false;
  }
}
