package io.github.fourfold.json.internal;

import io.github.fourfold.json.JsonErrorCode;
import io.github.fourfold.json.JsonReadOptions;
import io.github.fourfold.model.Lead;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;

/**
 * Reads and writes whole documents that hold one value, the same for every binding: the
 * document-size limit in bytes (also for text), strict UTF-8 for bytes, one leading byte order
 * mark, nothing after the value, error precedence, and output that is all or nothing. The binding
 * supplies its parsers and generators, and its public exception for a {@link FormatError}.
 *
 * @param <E> the binding's public exception for invalid input
 */
public final class Documents<E extends Exception> {
  /** The binding's parsers over in-memory input and generators over in-memory output. */
  public interface Binding {
    /**
     * A parser over text, without a shared table of canonical names.
     *
     * @param json the text
     * @return the tokens
     * @throws IOException when the parser cannot be made
     */
    TokenSource parser(String json) throws IOException;

    /**
     * A parser over UTF-8 bytes, with canonical property names.
     *
     * @param json the bytes, well-formed UTF-8 that does not start with a NUL
     * @return the tokens
     * @throws IOException when the parser cannot be made
     */
    TokenSource parser(byte[] json) throws IOException;

    /**
     * A generator of compact JSON text.
     *
     * @param out where to write
     * @return the generator; closing it leaves {@code out} open
     * @throws IOException when the generator cannot be made
     */
    RecordSink generator(Writer out) throws IOException;

    /**
     * A generator of compact JSON in UTF-8.
     *
     * @param out where to write
     * @return the generator; closing it leaves {@code out} open
     * @throws IOException when the generator cannot be made
     */
    RecordSink generator(OutputStream out) throws IOException;
  }

  private final JsonReadOptions settings;
  private final Binding binding;
  private final Function<FormatError, E> toPublic;

  /**
   * Creates the reader and writer of documents.
   *
   * @param settings strictness and limits
   * @param binding the binding's parsers and generators
   * @param toPublic the binding's public exception for an error of the format
   */
  public Documents(JsonReadOptions settings, Binding binding, Function<FormatError, E> toPublic) {
    this.settings = settings;
    this.binding = binding;
    this.toPublic = toPublic;
  }

  /**
   * The document limit.
   *
   * @return the largest document, in bytes
   */
  public int maxDocumentBytes() {
    return settings.maxDocumentBytes();
  }

  /**
   * Reads a document from text.
   *
   * @param json the text
   * @param type what it holds
   * @return the value
   * @throws E when it is not a valid value
   */
  public <T> T readText(String json, ValueType<T> type) throws E {
    try {
      if (utf8Length(json) > settings.maxDocumentBytes()) {
        throw tooLarge();
      }
      return parse(json.startsWith("\uFEFF") ? json.substring(1) : json, type);
    } catch (FormatError e) {
      throw toPublic.apply(e);
    }
  }

  /**
   * Reads a document from UTF-8 bytes.
   *
   * @param json the bytes
   * @param type what they hold
   * @return the value
   * @throws E when they are not a valid value
   */
  public <T> T readBytes(byte[] json, ValueType<T> type) throws E {
    try {
      return bytes(json, type);
    } catch (FormatError e) {
      throw toPublic.apply(e);
    }
  }

  /**
   * Reads a document from a stream of UTF-8 bytes, up to its end; the stream is not closed.
   *
   * @param in the stream
   * @param type what it holds
   * @return the value
   * @throws E when it is not a valid value
   * @throws IOException when reading fails
   */
  public <T> T readBytes(InputStream in, ValueType<T> type) throws E, IOException {
    byte[] json = in.readNBytes(settings.maxDocumentBytes() + 1);
    if (json.length > settings.maxDocumentBytes()) {
      throw toPublic.apply(tooLarge());
    }
    return readBytes(json, type);
  }

  /**
   * Reads a document from a character stream, up to its end; the reader is not closed.
   *
   * @param in the reader
   * @param type what it holds
   * @return the value
   * @throws E when it is not a valid value
   * @throws IOException when reading fails
   */
  public <T> T readText(Reader in, ValueType<T> type) throws E, IOException {
    StringBuilder text = new StringBuilder();
    char[] buffer = new char[8192];
    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
      text.append(buffer, 0, n);
      // Every char takes at least one byte of UTF-8.
      if (text.length() > settings.maxDocumentBytes()) {
        throw toPublic.apply(tooLarge());
      }
    }
    return readText(text.toString(), type);
  }

  /**
   * Writes a value as one line of JSON text.
   *
   * @param value the value
   * @param type its type
   * @return the text
   * @throws IllegalArgumentException when a text in the value has an unpaired surrogate, which
   *     JSON in UTF-8 cannot carry
   */
  public <T> String writeText(T value, ValueType<T> type) {
    StringWriter out = new StringWriter();
    try (RecordSink sink = binding.generator(out)) {
      FormatWriter.writeOrRefuse(sink, type, value);
    } catch (IOException e) {
      // A generator over a StringWriter does no I/O.
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /**
   * Writes a value as one line of UTF-8 JSON (no line break) to a stream, which is not closed;
   * nothing is written when the value cannot be.
   *
   * @param value the value
   * @param type its type
   * @param out where to write
   * @throws IOException when writing to the stream fails
   * @throws IllegalArgumentException when a text in the value has an unpaired surrogate
   */
  public <T> void writeBytes(T value, ValueType<T> type, OutputStream out) throws IOException {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try (RecordSink sink = binding.generator(buffer)) {
      FormatWriter.writeOrRefuse(sink, type, value);
    }
    buffer.writeTo(out);
  }

  /** Reads a record of {@link LeadStream}: the bytes of one lead. */
  Lead readRecord(byte[] json) throws FormatError {
    return bytes(json, Format.LEAD);
  }

  private <T> T bytes(byte[] json, ValueType<T> type) throws FormatError {
    if (json.length > settings.maxDocumentBytes()) {
      throw tooLarge();
    }
    int utf8 = Utf8.check(json);
    if (utf8 >= 0) {
      throw FormatReader.malformed(
          "expected UTF-8, but the input has bytes that are not UTF-8 (at byte offset "
              + utf8
              + ")",
          null);
    }
    if (json.length >= 2 && (json[0] == 0 || json[1] == 0)) {
      // Jackson's byte parser would take this for UTF-16 or UTF-32 and decode it as such. As
      // UTF-8 it starts with a NUL, which the text parser rejects as malformed.
      return parse(new String(json, StandardCharsets.UTF_8), type);
    }
    // Jackson's UTF-8 parser is faster than decoding to a String first, and skips one leading
    // byte order mark itself (a second one is malformed, as in text input).
    try (TokenSource source = binding.parser(json)) {
      return read(source, type, utf8 == Utf8.WELL_FORMED_WITH_BACKSLASH);
    } catch (FormatError e) {
      throw e;
    } catch (IOException e) {
      // A parser over a byte array does no I/O.
      throw new UncheckedIOException(e);
    }
  }

  private <T> T parse(String json, ValueType<T> type) throws FormatError {
    try (TokenSource source = binding.parser(json)) {
      return read(source, type, true);
    } catch (FormatError e) {
      throw e;
    } catch (IOException e) {
      // A parser over a String does no I/O.
      throw new UncheckedIOException(e);
    }
  }

  private <T> T read(TokenSource source, ValueType<T> type, boolean surrogatesPossible)
      throws IOException {
    // The whole input is within maxDocumentBytes: the reader need not bound the value again.
    FormatReader.Outcome<T> outcome =
        FormatReader.read(source, settings, type, false, surrogatesPossible);
    FormatReader.expectEnd(source, outcome.leadId());
    FormatError error = outcome.error();
    if (error != null) {
      throw error;
    }
    T value = outcome.value();
    if (value == null) {
      // Not reachable: the reader reports a top-level null as WRONG_TYPE.
      throw new FormatError(JsonErrorCode.WRONG_TYPE, "", "expected an object", null);
    }
    return value;
  }

  /** The one error for an input over the document limit, whatever the input form. */
  FormatError tooLarge() {
    return new FormatError(
        JsonErrorCode.LIMIT_EXCEEDED,
        null,
        "expected a document of at most " + settings.maxDocumentBytes() + " bytes",
        null);
  }

  /** The UTF-8 length of a text, stopping early once it passes the limit. */
  private long utf8Length(String text) {
    long max = settings.maxDocumentBytes();
    if (text.length() > max) {
      return text.length();
    }
    long bytes = 0;
    for (int i = 0; i < text.length() && bytes <= max; i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        bytes += 1;
      } else if (c < 0x800) {
        bytes += 2;
      } else if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        bytes += 4;
        i++;
      } else {
        bytes += 3;
      }
    }
    return bytes;
  }
}
