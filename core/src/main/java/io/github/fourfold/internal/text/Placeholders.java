package io.github.fourfold.internal.text;

import io.github.fourfold.model.Lead;
import io.github.fourfold.model.TriggerKind;
import io.github.fourfold.model.UrgencyTrigger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
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
    List<UrgencyTrigger> triggers = lead.triggers();
    // Indexed: this runs for every lead with a dated question, and an iterator is its only garbage.
    for (int i = 0, n = triggers.size(); i < n; i++) {
      UrgencyTrigger trigger = triggers.get(i);
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
   * Questions {@linkplain #fill(List, Texts, LocalDate) filled} for a known date, prepared once:
   * everything but the date is filled in advance, so filling them for a lead makes only the
   * questions themselves.
   *
   * @param questions the templates, in order
   * @param texts the texts they come from
   * @return the prepared questions
   */
  public static Dated prepare(List<String> questions, Texts texts) {
    return new Dated(questions, texts);
  }

  /** Questions prepared for {@link #fill(String)}; immutable. */
  public static final class Dated {
    /** Stands for the date while preparing; no text of a bundle holds it. */
    private static final String HOLE = "\u0000";

    /** Per question, the texts around its dates: one part when it has none. */
    private final String[][] parts;

    private Dated(List<String> questions, Texts texts) {
      String datePhrase = texts.get("fill.date");
      String known = texts.get("fill.date.known", HOLE);
      String processPhrase = texts.get("fill.process");
      String process = texts.get("fill.process.unknown");
      parts = new String[questions.size()][];
      for (int i = 0; i < parts.length; i++) {
        // In fill's order: the date first, then the process.
        String prepared = questions.get(i).replace(datePhrase, known).replace(processPhrase, process);
        parts[i] = prepared.split(HOLE, -1);
      }
    }

    /**
     * The questions filled for a date, in order, each once: the same as {@link
     * Placeholders#fill(List, Texts, LocalDate)} with that date.
     *
     * @param date the date as the texts write it: {@code String.valueOf(date)}, e.g. 2027-03-15
     * @return the questions
     */
    public List<String> fill(String date) {
      String[] filled = new String[parts.length];
      int count = 0;
      for (String[] around : parts) {
        String question = join(around, date);
        if (!contains(filled, count, question)) {
          filled[count++] = question;
        }
      }
      return count == 1 ? List.of(filled[0]) : List.of(Arrays.copyOf(filled, count));
    }

    private static String join(String[] around, String date) {
      if (around.length == 1) {
        return around[0];
      }
      if (around.length == 2) {
        return around[0] + date + around[1];
      }
      return String.join(date, around);
    }

    private static boolean contains(String[] filled, int count, String question) {
      for (int i = 0; i < count; i++) {
        if (filled[i].equals(question)) {
          return true;
        }
      }
      return false;
    }
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
