package io.github.fourfold.json.internal;

import java.io.IOException;

/**
 * The writer of the JSON format, driven by the format's description ({@link Format}): every
 * type's properties in the order of the format's tables, absent values and empty optional lists
 * left out, and values equal to their documented default left out too ({@code demoRequested} and
 * {@code firstContact} false, {@code basis} STATED, a cost's or time loss's {@code per}
 * OCCURRENCE), so that each value has one canonical form.
 */
public final class FormatWriter {
  private final TokenSink sink;
  /** Whether unwritable text is refused with IllegalArgumentException rather than the sink's. */
  private final boolean refuse;

  private FormatWriter(TokenSink sink, boolean refuse) {
    this.sink = sink;
    this.refuse = refuse;
  }

  /**
   * Writes one value as one JSON value.
   *
   * @param sink where to write
   * @param type the value's type
   * @param value the value
   * @throws IOException when writing fails
   *     (the sink's {@link TokenSink#unwritable} exception when a text cannot be written as JSON
   *     in UTF-8)
   */
  public static <T> void write(TokenSink sink, ValueType<T> type, T value) throws IOException {
    type.write(new FormatWriter(sink, false), value, "");
  }

  /**
   * Writes one value as one JSON value for a caller of the library's own write methods, which
   * refuse text that JSON in UTF-8 cannot carry with an {@link IllegalArgumentException}.
   *
   * @param sink where to write
   * @param type the value's type
   * @param value the value
   * @throws IOException when writing fails
   * @throws IllegalArgumentException when a text cannot be written as JSON in UTF-8
   */
  public static <T> void writeOrRefuse(TokenSink sink, ValueType<T> type, T value)
      throws IOException {
    type.write(new FormatWriter(sink, true), value, "");
  }

  TokenSink sink() {
    return sink;
  }

  /**
   * Refuses text that JSON in UTF-8 cannot carry (the reader would reject it as malformed). The
   * message names the format's property, never the value.
   */
  void checkText(String property, String value) throws IOException {
    if (Values.hasUnpairedSurrogate(value)) {
      String message =
          "Cannot write the text of '" + property + "': it has an unpaired surrogate, which"
              + " JSON in UTF-8 cannot carry";
      if (refuse) {
        throw new IllegalArgumentException(message);
      }
      sink.unwritable(message);
    }
  }
}
