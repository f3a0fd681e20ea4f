package io.github.fourfold.examples.qualify;

/**
 * Text from a lead, a file name or a plug-in, made safe to show on a terminal: it can neither
 * start an escape sequence nor break or reorder a line. Each such character is shown as a visible
 * {@code \\uXXXX} instead, so that an id stays recognisable.
 */
final class TerminalText {
  private TerminalText() {}

  /**
   * The text with every control character (C0, DEL, C1: ESC, CR, LF, the 8-bit CSI U+009B…), line
   * and paragraph separator, bidirectional control and byte order mark written as {@code \\uXXXX}.
   */
  static String safe(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (unsafe(c)) {
        if (out == null) {
          out = new StringBuilder(text.length() + 16).append(text, 0, i);
        }
        out.append(String.format(java.util.Locale.ROOT, "\\u%04X", (int) c));
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? text : out.toString();
  }

  private static boolean unsafe(char c) {
    return Character.isISOControl(c)
        || c == '\u2028' || c == '\u2029'
        || (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2066' && c <= '\u2069')
        || c == '\u200E' || c == '\u200F' || c == '\u061C'
        || c == '\uFEFF';
  }
}
