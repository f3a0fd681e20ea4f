package io.github.fourfold.json.internal;

import io.github.fourfold.json.JsonReadOptions;

/**
 * The limits each binding gives its Jackson parser factory, derived once from the format's. They
 * are back-stops only: the format's reader checks every limit itself first, in code points where
 * the format counts code points. Jackson counts a string or name in chars on a text parser (a code
 * point takes up to two) and a name in bytes on a UTF-8 parser (up to four), and counts nesting
 * from the document's root, so each back-stop lets everything within the format's limit through.
 */
public final class Backstops {
  private Backstops() {}

  /**
   * @param options the format's limits
   * @return the largest document, in bytes or chars
   */
  public static int documentLength(JsonReadOptions options) {
    return options.maxDocumentBytes();
  }

  /**
   * @param options the format's limits
   * @return the deepest nesting, counted from the root
   */
  public static int nestingDepth(JsonReadOptions options) {
    return options.maxNestingDepth() + 1;
  }

  /**
   * @param options the format's limits
   * @return the longest string value, in chars
   */
  public static int stringLength(JsonReadOptions options) {
    return options.maxStringLength() * 2;
  }

  /**
   * @param options the format's limits
   * @return the longest property name on a text parser, in chars
   */
  public static int nameLength(JsonReadOptions options) {
    return options.maxNameLength() * 2;
  }

  /**
   * @param options the format's limits
   * @return the longest property name on a UTF-8 parser, in bytes
   */
  public static int nameBytes(JsonReadOptions options) {
    return options.maxNameLength() * 4;
  }

  /**
   * @param options the format's limits
   * @return the longest number literal, in chars
   */
  public static int numberLength(JsonReadOptions options) {
    return options.maxNumberLength();
  }
}
