package io.github.fourfold.internal.rules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** One field of the lead's JSON format, as rules see it: its type, how to read it, its children. */
final class Field {
  /** What a field holds, which decides the operators that apply to it. */
  enum Type {
    /** An object with named children. */
    OBJECT,
    /** A list (or set) of elements of one field type. */
    LIST,
    /** Free text: only present and blank apply (rules are blind to wording). */
    PROSE,
    /** A short categorical text (industry, country, source, attribute values). */
    TEXT,
    /** One of an enum's names. */
    ENUM,
    /** A boolean. */
    BOOLEAN,
    /** An integer. */
    INTEGER,
    /** A decimal number. */
    DECIMAL,
    /** A date. */
    DATE,
    /** Money: an amount with a currency. */
    MONEY,
    /** The amount of money, only meaningful with its currency. */
    AMOUNT,
    /** The custom CRM fields: every next segment is a key. */
    ATTRIBUTES,
    /** Not readable by rules (personal data or ids); {@link #refusal} says why. */
    REFUSED
  }

  /** Reads a field from its parent object; never called with null. */
  @FunctionalInterface
  interface Step {
    @Nullable Object read(Object parent);
  }

  final Type type;
  final @Nullable Step step;
  final Map<String, Field> children = new LinkedHashMap<>();
  @Nullable Field element;
  @Nullable List<? extends Enum<?>> constants;
  @Nullable String refusal;

  private Field(Type type, @Nullable Step step) {
    this.type = type;
    this.step = step;
  }

  static Field of(Type type, @Nullable Step step) {
    return new Field(type, step);
  }

  static Field enumOf(Enum<?>[] constants, @Nullable Step step) {
    Field f = new Field(Type.ENUM, step);
    f.constants = List.of(constants);
    return f;
  }

  static Field listOf(Field element, Step step) {
    Field f = new Field(Type.LIST, step);
    f.element = element;
    return f;
  }

  static Field refused(String why) {
    Field f = new Field(Type.REFUSED, null);
    f.refusal = why;
    return f;
  }

  Field with(String name, Field child) {
    children.put(name, child);
    return this;
  }

  /** {@return how this field's type is described in messages} */
  String describe() {
    switch (type) {
      case OBJECT:
        return "an object";
      case LIST:
        return "a list";
      case PROSE:
        return "free text";
      case TEXT:
      case ATTRIBUTES:
        return "a text";
      case ENUM:
        return "an enum";
      case BOOLEAN:
        return "a boolean";
      case INTEGER:
        return "an integer";
      case DECIMAL:
        return "a decimal number";
      case DATE:
        return "a date";
      case MONEY:
        return "money";
      case AMOUNT:
        return "an amount of money";
      default:
        return "a refused field";
    }
  }
}
