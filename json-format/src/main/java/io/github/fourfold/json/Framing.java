package io.github.fourfold.json;

/** How a stream of several leads is framed, for reading it one lead at a time. */
public enum Framing {
  /**
   * One lead per line (newline-delimited JSON): lines end with LF or CRLF, a line that is empty or
   * only JSON whitespace is skipped, and each record carries its 1-based physical line number. A
   * bad line is an error for that line only; a line over the document limit is skipped without
   * being held in memory.
   */
  NDJSON,
  /**
   * One JSON document: an array of leads, each record carrying its 0-based index, or a single lead
   * object, whose record carries neither line nor index. Only a break of the array's structure
   * (unbalanced brackets or quotes, a missing comma between elements, truncated input) ends the
   * input, with one error for that index; anything wrong inside an element that leaves the
   * structure intact is that element's error, and the next element is read. Content after the
   * closing bracket, or an input without any value, is one {@link JsonErrorCode#MALFORMED_JSON}
   * error.
   */
  JSON
}
