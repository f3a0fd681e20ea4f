package io.github.fourfold.json.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The description of one object type of the format: its properties in the format's order, and how
 * a model value is built from the values read. Reading, writing, pointers and duplicate and
 * unknown-property handling are all driven by it.
 *
 * @param <T> the model type
 */
public final class ObjectType<T> extends ValueType<T> {
  /** Builds the model value from the values read, by property. */
  @FunctionalInterface
  interface Build<T> {
    T build(Slots values);
  }

  /** A rule across properties, checked after the required ones, before the value is built. */
  @FunctionalInterface
  interface Rule {
    void check(Slots values, FormatReader reader);
  }

  private final String name;
  private final List<Property<T, ?>> properties;
  /**
   * The same properties by index, for the reader's and writer's loops: reading through the
   * unmodifiable list's wrapper was a tenth of a read's time (JFR).
   */
  private final Property<T, ?>[] byIndex;
  private final Names names;
  private final Build<T> build;
  private @Nullable Rule rule;

  @SafeVarargs
  private ObjectType(String name, Build<T> build, Property<T, ?>... properties) {
    super("object");
    this.name = name;
    this.build = build;
    List<Property<T, ?>> list = new ArrayList<>();
    String[] wireNames = new String[properties.length];
    for (int i = 0; i < properties.length; i++) {
      properties[i].index(i);
      list.add(properties[i]);
      wireNames[i] = properties[i].name();
    }
    this.properties = Collections.unmodifiableList(list);
    this.byIndex = properties.clone();
    this.names = Names.of(wireNames);
  }

  /** A type built by its model's builder: each present value goes to its property's setter. */
  @SafeVarargs
  static <T, B> ObjectType<T> built(
      String name, Supplier<B> builder, Function<B, T> build, Property<T, ?>... properties) {
    for (Property<T, ?> property : properties) {
      if (property.setter() == null) {
        throw new IllegalArgumentException("no setter for " + name + "." + property.name());
      }
    }
    return new ObjectType<>(
        name,
        values -> {
          B b = builder.get();
          for (Property<T, ?> property : properties) {
            Object value = values.at(property.index());
            BiConsumer<Object, Object> setter = property.setter();
            if (value != null && setter != null) {
              setter.accept(b, value);
            }
          }
          return build.apply(b);
        },
        properties);
  }

  /** A type built by a factory method that takes the values read. */
  @SafeVarargs
  static <T> ObjectType<T> of(String name, Build<T> build, Property<T, ?>... properties) {
    return new ObjectType<>(name, build, properties);
  }

  ObjectType<T> rule(Rule rule) {
    this.rule = rule;
    return this;
  }

  /** The type's name, as the schema's definitions name it. */
  public String name() {
    return name;
  }

  /** The properties, in the format's order. */
  public List<Property<T, ?>> properties() {
    return properties;
  }

  Names names() {
    return names;
  }

  int size() {
    return byIndex.length;
  }

  Property<T, ?> property(int index) {
    return byIndex[index];
  }

  T build(Slots values) {
    return build.build(values);
  }

  @Nullable Rule rule() {
    return rule;
  }

  @Override
  public @Nullable T read(FormatReader reader) throws IOException {
    return reader.object(this);
  }

  @Override
  void write(FormatWriter writer, T value, String property) throws IOException {
    writer.sink().startObject();
    for (Property<T, ?> each : byIndex) {
      each.write(writer, value);
    }
    writer.sink().endObject();
  }
}
