package io.github.fourfold.report;

import java.util.Locale;

/** Writes one note in several languages: the language is one of the note's options. */
final class Notes {
  private Notes() {}

  /** The note as text in another language (names as the note already has them). */
  static String text(HandoffNote note, Locale locale) {
    return in(note, locale).toText();
  }

  /** The note as Markdown in another language. */
  static String markdown(HandoffNote note, Locale locale) {
    return in(note, locale).toMarkdown();
  }

  private static HandoffNote in(HandoffNote note, Locale locale) {
    // The note's lead has no names left unless they were asked for, so keeping them is right.
    HandoffOptions options =
        HandoffOptions.builder().horizon(note.horizon()).locale(locale).includeNames(true).build();
    return HandoffNote.of(note.lead(), note.result(), options);
  }
}
