package io.github.fourfold.json.internal;

import java.util.HashSet;
import java.util.Set;

/** RFC 6901 JSON Pointer helpers: escaping, and masking of names the format does not define. */
public final class Pointers {
  /** Every property name of the JSON format, version 1, from its description. */
  private static final Set<String> NAMES = new HashSet<>();

  /** The properties whose values are lists: the segment after them is an index. */
  private static final Set<String> LISTS = new HashSet<>();

  /** The properties whose values are objects with names from the input. */
  private static final Set<String> MAPS = new HashSet<>();

  static {
    for (ObjectType<?> type : Format.OBJECT_TYPES) {
      for (Property<?, ?> property : type.properties()) {
        NAMES.add(property.name());
        if (property.type().isList()) {
          LISTS.add(property.name());
        }
        if (property.type().isMap()) {
          MAPS.add(property.name());
        }
      }
    }
  }

  private Pointers() {}

  /**
   * Escapes one reference token: {@code ~} as {@code ~0}, {@code /} as {@code ~1}.
   *
   * @param token the unescaped property name
   * @return the escaped token
   */
  public static String escape(String token) {
    if (token.indexOf('~') < 0 && token.indexOf('/') < 0) {
      return token;
    }
    return token.replace("~", "~0").replace("/", "~1");
  }

  /**
   * The pointer with every segment that the format does not define replaced by {@code *}, so that
   * a message can show it without quoting names from the input (unknown properties, attribute
   * keys). Segments after a masked one are masked too.
   *
   * @param pointer an RFC 6901 pointer
   * @return the masked pointer
   */
  public static String mask(String pointer) {
    if (pointer.isEmpty()) {
      return pointer;
    }
    StringBuilder out = new StringBuilder(pointer.length());
    String previous = null;
    boolean shown = true;
    int start = 1;
    while (start <= pointer.length()) {
      int end = pointer.indexOf('/', start);
      if (end < 0) {
        end = pointer.length();
      }
      String token = pointer.substring(start, end);
      if (shown) {
        if (previous != null && LISTS.contains(previous)) {
          shown = isIndex(token);
        } else {
          shown = !(previous != null && MAPS.contains(previous)) && NAMES.contains(token);
        }
      }
      out.append('/').append(shown ? token : "*");
      previous = token;
      start = end + 1;
    }
    return out.toString();
  }

  private static boolean isIndex(String token) {
    if (token.isEmpty() || token.length() > 10 || (token.length() > 1 && token.charAt(0) == '0')) {
      return false;
    }
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }
}
