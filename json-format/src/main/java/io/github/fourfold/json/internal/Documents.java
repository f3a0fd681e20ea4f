package io.github.fourfold.json.internal;

import io.github.fourfold.json.JsonErrorCode;
import io.github.fourfold.json.JsonReadOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Reads whole documents that hold one value, the same for every binding: the document-size
 * limit in bytes (also for text), strict UTF-8 for bytes, one leading byte order mark, nothing
 * after the value, and error precedence. The binding supplies its parsers and turns a {@link
 * FormatError} into its own exception.
 */
public final class Documents {
  /** The binding's parsers over in-memory input. */
  public interface Parsers {
    /**
     * A parser over text, without a shared table of canonical names.
     *
     * @param json the text
     * @return the tokens
     * @throws IOException when the parser cannot be made
     */
    TokenSource text(String json) throws IOException;

    /**
     * A parser over UTF-8 bytes, with canonical property names.
     *
     * @param json the bytes, well-formed UTF-8 that does not start with a NUL
     * @return the tokens
     * @throws IOException when the parser cannot be made
     */
    TokenSource bytes(byte[] json) throws IOException;
  }

  private final JsonReadOptions settings;
  private final Parsers parsers;

  /**
   * Creates the reader of documents.
   *
   * @param settings strictness and limits
   * @param parsers the binding's parsers
   */
  public Documents(JsonReadOptions settings, Parsers parsers) {
    this.settings = settings;
    this.parsers = parsers;
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
   * @throws FormatError when it is not a valid value
   */
  public <T> T readText(String json, ValueType<T> type) throws FormatError {
    if (utf8Length(json) > settings.maxDocumentBytes()) {
      throw tooLarge();
    }
    return parse(json.startsWith("\uFEFF") ? json.substring(1) : json, type);
  }

  /**
   * Reads a document from UTF-8 bytes.
   *
   * @param json the bytes
   * @param type what they hold
   * @return the value
   * @throws FormatError when they are not a valid value
   */
  public <T> T readBytes(byte[] json, ValueType<T> type) throws FormatError {
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
    try (TokenSource source = parsers.bytes(json)) {
      return read(source, type, utf8 == Utf8.WELL_FORMED_WITH_BACKSLASH);
    } catch (FormatError e) {
      throw e;
    } catch (IOException e) {
      // A parser over a byte array does no I/O.
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a stream to its end, within the document limit; the stream is not closed.
   *
   * @param in the stream
   * @return its bytes
   * @throws FormatError when it holds more than the limit
   * @throws IOException when reading fails
   */
  public byte[] readAll(InputStream in) throws IOException {
    byte[] bytes = in.readNBytes(settings.maxDocumentBytes() + 1);
    if (bytes.length > settings.maxDocumentBytes()) {
      throw tooLarge();
    }
    return bytes;
  }

  /**
   * Reads a character stream to its end, within the document limit; it is not closed.
   *
   * @param in the reader
   * @return its text
   * @throws FormatError when it holds more than the limit
   * @throws IOException when reading fails
   */
  public String readAll(Reader in) throws IOException {
    StringBuilder text = new StringBuilder();
    char[] buffer = new char[8192];
    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
      text.append(buffer, 0, n);
      // Every char takes at least one byte of UTF-8.
      if (text.length() > settings.maxDocumentBytes()) {
        throw tooLarge();
      }
    }
    return text.toString();
  }

  private <T> T parse(String json, ValueType<T> type) throws FormatError {
    try (TokenSource source = parsers.text(json)) {
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
