package io.github.fourfold.json.internal;

import org.jspecify.annotations.Nullable;

/**
 * The property names one type of the format defines, each with an index below 64, so that the
 * reader can remember which of them an object has had in the bits of one {@code long} instead of
 * a set per object. Lookup neither allocates nor hashes more than once: the parser's canonical
 * names keep their hash codes.
 */
final class Names {
  /** No names: every property is unknown (attribute keys, skipped objects). */
  static final Names NONE = new Names(new String[0]);

  private final String[] names;
  private final String[] keys;
  /**
   * Per slot, the last instance that matched its key by content: the parser's canonical names
   * recur as the same instances, which then match without comparing chars. Shared between
   * threads without locking on purpose: a slot holds null or some String equal to its key (an
   * immutable object, safely published), and a stale or lost entry only costs one comparison.
   */
  private final @Nullable String[] recent;
  private final byte[] indexes;
  private final int mask;

  private Names(String[] names) {
    if (names.length > 64) {
      throw new IllegalArgumentException("at most 64 names fit the bit mask");
    }
    this.names = names;
    int size = 4;
    while (size < names.length * 4) {
      size *= 2;
    }
    keys = new String[size];
    recent = new String[size];
    indexes = new byte[size];
    mask = size - 1;
    for (int i = 0; i < names.length; i++) {
      int slot = slot(names[i]);
      while (keys[slot] != null) {
        if (keys[slot].equals(names[i])) {
          throw new IllegalArgumentException("a name twice: " + names[i]);
        }
        slot = (slot + 1) & mask;
      }
      keys[slot] = names[i];
      indexes[slot] = (byte) i;
    }
  }

  /**
   * The names in index order. Returning the table's own instances (string literals) keeps the
   * readers' {@code switch} on them cheap: equal references compare without looking at the chars.
   */
  static Names of(String... names) {
    return new Names(names.clone());
  }

  /** The index of a name, or -1 when the type does not define it. */
  int indexOf(String name) {
    for (int slot = slot(name); ; slot = (slot + 1) & mask) {
      String key = keys[slot];
      if (key == null) {
        return -1;
      }
      if (recent[slot] == name) {
        return indexes[slot];
      }
      if (key.equals(name)) {
        recent[slot] = name;
        return indexes[slot];
      }
    }
  }

  /** The name at an index, as the table holds it. */
  String name(int index) {
    return names[index];
  }

  private int slot(String name) {
    int h = name.hashCode();
    return (h ^ (h >>> 16)) & mask;
  }
}
