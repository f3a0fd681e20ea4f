package io.github.fourfold.json.internal;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/** The reader's position as a stack of property names and array indexes, for JSON Pointers. */
final class Path {
  private @Nullable String[] names = new String[16];
  private int[] indexes = new int[16];
  private int size;

  void push(String name) {
    grow();
    names[size] = name;
    size++;
  }

  void push(int index) {
    grow();
    names[size] = null;
    indexes[size] = index;
    size++;
  }

  void pop() {
    size--;
    names[size] = null;
  }

  /** Empties the path, dropping its names. */
  void clear() {
    Arrays.fill(names, 0, size, null);
    size = 0;
  }

  /** The RFC 6901 pointer of the current position. */
  String pointer() {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < size; i++) {
      String name = names[i];
      out.append('/');
      if (name == null) {
        out.append(indexes[i]);
      } else {
        out.append(Pointers.escape(name));
      }
    }
    return out.toString();
  }

  /** The pointer of a property of the object at the current position. */
  String pointer(String property) {
    return pointer() + "/" + Pointers.escape(property);
  }

  private void grow() {
    if (size == names.length) {
      names = Arrays.copyOf(names, size * 2);
      indexes = Arrays.copyOf(indexes, size * 2);
    }
  }
}
