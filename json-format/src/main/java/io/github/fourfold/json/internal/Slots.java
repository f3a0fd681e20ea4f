package io.github.fourfold.json.internal;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/** The values read for one object, by property index; reused per depth, cleared after each. */
final class Slots {
  /** Grown to the largest type read at this depth: no allocation per object after the first. */
  private @Nullable Object[] values = new Object[0];
  private int used;

  /** Makes room for a type's properties. */
  void fit(int properties) {
    if (values.length < properties) {
      values = new Object[properties];
    }
  }

  /** The value of a property, or null when it was absent, null or invalid. */
  @SuppressWarnings("unchecked")
  <V> @Nullable V get(Property<?, V> property) {
    return (V) values[property.index()];
  }

  /** The value of a property, or a default when it is absent. */
  <V> V getOr(Property<?, V> property, V absent) {
    V value = get(property);
    return value == null ? absent : value;
  }

  /** The value of a property that the reader has checked is present. */
  <V> V present(Property<?, V> property) {
    V value = get(property);
    if (value == null) {
      throw new IllegalStateException("checked as required: " + property.name());
    }
    return value;
  }

  @Nullable Object at(int index) {
    return values[index];
  }

  void put(int index, @Nullable Object value) {
    values[index] = value;
    if (index >= used) {
      used = index + 1;
    }
  }

  void clear() {
    Arrays.fill(values, 0, used, null);
    used = 0;
  }
}
