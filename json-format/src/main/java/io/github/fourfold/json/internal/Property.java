package io.github.fourfold.json.internal;

import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One property of a wire type: its name, its value type, whether it is required, how it is read
 * from the model (accessor) and handed to the model's builder (setter), and the default value that
 * is written as absence.
 *
 * @param <T> the type that has the property
 * @param <V> the property's value type
 */
public final class Property<T, V> {
  private final String name;
  private final ValueType<V> type;
  private final boolean required;
  private final Function<T, @Nullable V> accessor;
  private @Nullable BiConsumer<Object, Object> setter;
  private @Nullable V omitted;
  private boolean leadId;
  private int index = -1;

  private Property(String name, ValueType<V> type, boolean required, Function<T, @Nullable V> get) {
    this.name = name;
    this.type = type;
    this.required = required;
    this.accessor = get;
  }

  /** A property that must be present and not null. */
  static <T, V> Property<T, V> required(String name, ValueType<V> type, Function<T, V> get) {
    return new Property<>(name, type, true, get::apply);
  }

  /** A property that may be absent or null. */
  static <T, V> Property<T, V> optional(
      String name, ValueType<V> type, Function<T, @Nullable V> get) {
    return new Property<>(name, type, false, get);
  }

  /** Hands a present value to the model's builder. */
  @SuppressWarnings("unchecked")
  <B> Property<T, V> set(BiConsumer<B, V> set) {
    this.setter = (BiConsumer<Object, Object>) (BiConsumer<?, ?>) set;
    return this;
  }

  /** The documented default: a value equal to it is written as absence. */
  Property<T, V> omitting(V value) {
    this.omitted = value;
    return this;
  }

  /** The lead's id, kept for error reports. */
  Property<T, V> leadId() {
    this.leadId = true;
    return this;
  }

  void index(int index) {
    if (this.index >= 0) {
      throw new IllegalStateException("a property belongs to one type: " + name);
    }
    this.index = index;
  }

  /** The property's name on the wire. */
  public String name() {
    return name;
  }

  /** The value's type. */
  public ValueType<V> type() {
    return type;
  }

  /** Whether the property must be present and not null. */
  public boolean required() {
    return required;
  }

  int index() {
    return index;
  }

  boolean isLeadId() {
    return leadId;
  }

  @Nullable BiConsumer<Object, Object> setter() {
    return setter;
  }

  /** Writes the property of a value, unless it is absent, empty (and optional) or the default. */
  void write(FormatWriter writer, T owner) throws java.io.IOException {
    V value = accessor.apply(owner);
    if (value == null
        || (!required && type.isEmpty(value))
        || Objects.equals(value, omitted)) {
      return;
    }
    writer.sink().name(name);
    type.write(writer, value, name);
  }
}
