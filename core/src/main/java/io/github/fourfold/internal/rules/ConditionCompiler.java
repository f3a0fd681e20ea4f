package io.github.fourfold.internal.rules;

import io.github.fourfold.internal.rules.Field.Step;
import io.github.fourfold.internal.rules.Field.Type;
import io.github.fourfold.rules.Comparison;
import io.github.fourfold.rules.Condition;
import io.github.fourfold.rules.Condition.Kind;
import io.github.fourfold.rules.Direction;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Resolves a condition's paths against {@link LeadFormat} and turns it into a {@link Node} tree,
 * or lists every problem with its pointer. Runs in time linear in the condition's size.
 *
 * <p>Where {@code *} may be used: a path's {@code *} is bound by the innermost enclosing any/all
 * over that list, or else it iterates the list right there (an implicit any). Iterating is only
 * allowed over lists inside the element that the innermost enclosing any/all looks at, so the
 * cost of a condition grows with the size of the lead, never with a product of two lists.
 */
final class ConditionCompiler {
  private static final int NO_STAR = -1;

  private final Problems problems = new Problems();
  private int slots = 1;

  /** A list being iterated: its path segments up to and including the {@code *}. */
  private static final class Scope {
    final @Nullable Scope parent;
    final List<String> prefix;
    final int slot;
    final Field element;

    Scope(@Nullable Scope parent, List<String> prefix, int slot, Field element) {
      this.parent = parent;
      this.prefix = prefix;
      this.slot = slot;
      this.element = element;
    }
  }

  /** A path resolved as far as it could be. */
  private static final class Resolved {
    final Scope base;
    final List<Step> steps;
    final Field field;
    final int star;

    Resolved(Scope base, List<Step> steps, Field field, int star) {
      this.base = base;
      this.steps = steps;
      this.field = field;
      this.star = star;
    }

    Node.Read read() {
      return new Node.Read(base.slot, steps.toArray(new Step[0]));
    }
  }

  /** A compiled condition and the frame size it needs. */
  static final class Compiled {
    final Node node;
    final int slots;

    Compiled(Node node, int slots) {
      this.node = node;
      this.slots = slots;
    }
  }

  private ConditionCompiler() {}

  /**
   * Compiles a condition that reads the lead itself (not inside an any/all).
   *
   * @param condition the condition
   * @return the node and frame size
   * @throws io.github.fourfold.rules.InvalidDefinitionException with pointers relative to the condition
   */
  static Compiled compile(Condition condition) {
    ConditionCompiler compiler = new ConditionCompiler();
    Node node = compiler.node(condition, "", new Scope(null, List.of(), 0, LeadFormat.LEAD));
    compiler.problems.throwIfAny();
    return new Compiled(node, compiler.slots);
  }

  private Node node(Condition c, String at, Scope scope) {
    Kind kind = c.kind();
    switch (kind) {
      case AND:
      case OR:
        Node[] operands = new Node[c.operands().size()];
        for (int i = 0; i < operands.length; i++) {
          operands[i] = node(c.operands().get(i), at + ConditionChecks.pointer(kind, "") + "/" + i, scope);
        }
        return new Node.Junction(operands, kind == Kind.AND);
      case NOT:
        return new Node.Not(node(c.operands().get(0), at + ConditionChecks.pointer(kind, ""), scope));
      default:
        return leaf(c, at, scope);
    }
  }

  private Node leaf(Condition c, String at, Scope scope) {
    Kind kind = c.kind();
    String pathPointer = at + ConditionChecks.pointer(kind, "path");
    List<String> segments = segments(nonNull(c.path()), pathPointer);
    if (segments == null) {
      return Failed.NODE;
    }
    Resolved r = resolve(segments, scope, pathPointer);
    if (r == null) {
      return Failed.NODE;
    }
    boolean iterates = kind == Kind.ANY || kind == Kind.ALL;
    if (r.star != NO_STAR) {
      if (iterates || kind == Kind.COUNT) {
        problems.add(Problems.INVALID_VALUE, pathPointer,
            "a list whose * is bound: wrap this in an any or all over " + join(segments.subList(0, r.star)));
        return Failed.NODE;
      }
      if (r.base != scope) {
        return productOfLists(pathPointer, scope);
      }
      // An implicit any over the list, then the same leaf with its * bound.
      Field list = r.field;
      Scope inner = new Scope(scope, List.copyOf(segments.subList(0, r.star + 1)), scope.slot + 1,
          nonNull(list.element));
      slots = Math.max(slots, inner.slot + 1);
      return new Node.Each(r.read(), inner.slot, leaf(c, at, inner), false);
    }
    if (iterates && r.base != scope && r.field.type == Type.LIST) {
      return productOfLists(pathPointer, scope);
    }
    return typed(c, at, scope, r, segments);
  }

  private Node productOfLists(String pathPointer, Scope scope) {
    problems.add(Problems.INVALID_VALUE, pathPointer,
        "inside any/all over " + join(scope.prefix.subList(0, scope.prefix.size() - 1))
            + ", only lists inside its element can be iterated (the cost would grow with a product of two lists)");
    return Failed.NODE;
  }

  private Node typed(Condition c, String at, Scope scope, Resolved r, List<String> segments) {
    Kind kind = c.kind();
    Field f = r.field;
    Type type = f.type;
    switch (kind) {
      case PRESENT:
      case BLANK:
        return new Node.Present(r.read(), kind == Kind.BLANK);
      case EQUALS:
      case ONE_OF:
        return equality(c, at, r);
      case COMPARE:
        return compare(c, at, r);
      case COMPARE_MONEY:
        if (type != Type.MONEY) {
          return wrongType(c, at, f, "money");
        }
        return new Node.CompareMoney(r.read(), nonNull(c.comparison()), nonNull(c.money()));
      case COMPARE_DATE:
        if (type != Type.DATE) {
          return wrongType(c, at, f, "a date");
        }
        return new Node.CompareDate(r.read(), nonNull(c.comparison()), nonNull(c.period()));
      case WITHIN:
        if (type != Type.DATE) {
          return wrongType(c, at, f, "a date");
        }
        return new Node.Within(r.read(), nonNull(c.period()), c.direction() == Direction.BEFORE);
      case COUNT:
        if (type != Type.LIST) {
          return wrongType(c, at, f, "a list");
        }
        return new Node.Count(r.read(), nonNull(c.comparison()), nonNull(c.number()).longValueExact());
      default:
        if (type != Type.LIST) {
          return wrongType(c, at, f, "a list");
        }
        List<String> prefix = new ArrayList<>(segments);
        prefix.add("*");
        Scope inner = new Scope(scope, List.copyOf(prefix), scope.slot + 1, nonNull(f.element));
        slots = Math.max(slots, inner.slot + 1);
        Node operand = node(c.operands().get(0), at + ConditionChecks.pointer(kind, "condition"), inner);
        return new Node.Each(r.read(), inner.slot, operand, kind == Kind.ALL);
    }
  }

  private Node equality(Condition c, String at, Resolved r) {
    Kind kind = c.kind();
    Field f = r.field;
    Boolean flag = c.flag();
    String valuePointer = at + ConditionChecks.pointer(kind, kind == Kind.EQUALS ? "value" : "values");
    if (f.type == Type.BOOLEAN) {
      if (flag == null) {
        problems.add(Problems.INVALID_VALUE, valuePointer, "a boolean, as the field is a boolean");
        return Failed.NODE;
      }
      return new Node.ValueIn(r.read(), Set.of(flag));
    }
    if (flag != null) {
      problems.add(Problems.INVALID_VALUE, valuePointer, "a text, as the field is " + f.describe());
      return Failed.NODE;
    }
    if (f.type == Type.ENUM) {
      if (c.ignoreCase()) {
        problems.add(Problems.INVALID_VALUE, at + ConditionChecks.pointer(kind, "ignoreCase"),
            "no ignoreCase: enum names are matched exactly");
      }
      Set<Object> constants = new HashSet<>();
      List<String> values = c.values();
      for (int i = 0; i < values.size(); i++) {
        Enum<?> constant = constant(f, values.get(i));
        if (constant == null) {
          problems.add(Problems.INVALID_VALUE, kind == Kind.EQUALS ? valuePointer : valuePointer + "/" + i,
              "one of " + names(f));
        } else {
          constants.add(constant);
        }
      }
      return new Node.ValueIn(r.read(), Set.copyOf(constants));
    }
    if (f.type != Type.TEXT) {
      return wrongType(c, at, f, "a text, an enum or a boolean");
    }
    Set<String> normalized = new HashSet<>();
    for (String value : c.values()) {
      String n = Node.normalized(value, c.ignoreCase());
      if (n != null) {
        normalized.add(n);
      }
    }
    return new Node.TextIn(r.read(), Set.copyOf(normalized), c.ignoreCase());
  }

  private Node compare(Condition c, String at, Resolved r) {
    Field f = r.field;
    BigDecimal number = nonNull(c.number());
    Comparison comparison = nonNull(c.comparison());
    if (f.type == Type.INTEGER) {
      if (!ConditionChecks.isIntegerIn(number, Integer.MIN_VALUE, Integer.MAX_VALUE)) {
        problems.add(Problems.INVALID_VALUE, at + ConditionChecks.pointer(c.kind(), "value"),
            "an integer from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE + ", as the field is an integer");
        return Failed.NODE;
      }
      return new Node.CompareInteger(r.read(), comparison, number.longValueExact());
    }
    if (f.type == Type.DECIMAL) {
      return new Node.CompareDecimal(r.read(), comparison, number);
    }
    if (f.type == Type.AMOUNT) {
      problems.add(Problems.INVALID_VALUE, at + ConditionChecks.pointer(c.kind(), "path"),
          "a number field: an amount is only compared with its currency (use compareMoney on the money itself)");
      return Failed.NODE;
    }
    return wrongType(c, at, f, "an integer or a decimal number");
  }

  private Node wrongType(Condition c, String at, Field f, String expected) {
    String why = f.type == Type.PROSE ? " (free text: only present and blank apply, as rules are blind to wording)" : "";
    problems.add(Problems.INVALID_VALUE, at + ConditionChecks.pointer(c.kind(), "path"),
        "a path to " + expected + " for " + c.kind().wireName() + ", not to " + f.describe() + why);
    return Failed.NODE;
  }

  private static @Nullable Enum<?> constant(Field f, String name) {
    for (Enum<?> e : nonNull(f.constants)) {
      if (e.name().equals(name)) {
        return e;
      }
    }
    return null;
  }

  private static String names(Field f) {
    StringBuilder out = new StringBuilder();
    for (Enum<?> e : nonNull(f.constants)) {
      out.append(out.length() == 0 ? "" : ", ").append(e.name());
    }
    return out.toString();
  }

  /** Splits and unescapes a JSON Pointer; null (with an error) when it is not one. */
  private @Nullable List<String> segments(String path, String pointer) {
    if (!path.startsWith("/")) {
      problems.add(Problems.INVALID_VALUE, pointer, "a JSON Pointer into the lead, starting with /");
      return null;
    }
    List<String> out = new ArrayList<>();
    StringBuilder segment = new StringBuilder();
    for (int i = 1; i < path.length(); i++) {
      char ch = path.charAt(i);
      if (ch == '/') {
        out.add(segment.toString());
        segment.setLength(0);
      } else if (ch == '~') {
        char next = i + 1 < path.length() ? path.charAt(i + 1) : ' ';
        if (next != '0' && next != '1') {
          problems.add(Problems.INVALID_VALUE, pointer, "a JSON Pointer: ~ is written ~0 and / is written ~1");
          return null;
        }
        segment.append(next == '0' ? '~' : '/');
        i++;
      } else {
        segment.append(ch);
      }
    }
    out.add(segment.toString());
    return out;
  }

  /** Resolves a path from the innermost scope that binds its prefix; null (with an error) when it does not exist. */
  private @Nullable Resolved resolve(List<String> segments, Scope scope, String pointer) {
    Scope base = scope;
    while (!startsWith(segments, base.prefix)) {
      base = nonNull(base.parent);
    }
    Field field = base.element;
    List<Step> steps = new ArrayList<>();
    for (int i = base.prefix.size(); i < segments.size(); i++) {
      String name = segments.get(i);
      Field next;
      switch (field.type) {
        case LIST:
          if (!name.equals("*")) {
            problems.add(Problems.INVALID_VALUE, pointer, "* after " + join(segments.subList(0, i))
                + ": rules read every element of a list, never one by its position");
            return null;
          }
          return new Resolved(base, steps, field, i);
        case ATTRIBUTES:
          String key = name;
          steps.add(m -> ((Map<?, ?>) m).get(key));
          next = Field.of(Type.TEXT, null);
          break;
        case OBJECT:
        case MONEY:
          next = field.children.get(name);
          if (next == null) {
            problems.add(Problems.INVALID_VALUE, pointer, "a path of the lead's JSON format; the nearest is "
                + join(segments.subList(0, i)) + "/" + nearest(field, name));
            return null;
          }
          if (next.type == Type.REFUSED) {
            problems.add(Problems.INVALID_VALUE, pointer, "a readable path: " + join(segments.subList(0, i + 1))
                + " is " + next.refusal);
            return null;
          }
          steps.add(nonNull(next.step));
          break;
        default:
          problems.add(Problems.INVALID_VALUE, pointer, "a path that ends at " + join(segments.subList(0, i))
              + ", which is " + field.describe());
          return null;
      }
      field = next;
    }
    return new Resolved(base, steps, field, NO_STAR);
  }

  private static boolean startsWith(List<String> segments, List<String> prefix) {
    return segments.size() >= prefix.size() && segments.subList(0, prefix.size()).equals(prefix);
  }

  /** The child name closest to {@code name} by edit distance (names are short, so this is cheap). */
  private static String nearest(Field field, String name) {
    String best = "";
    int bestDistance = Integer.MAX_VALUE;
    String probe = name.length() > 64 ? name.substring(0, 64) : name;
    for (Map.Entry<String, Field> child : field.children.entrySet()) {
      if (child.getValue().type == Type.REFUSED) {
        continue;
      }
      int d = distance(probe, child.getKey());
      if (d < bestDistance) {
        best = child.getKey();
        bestDistance = d;
      }
    }
    return best;
  }

  private static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = Character.toLowerCase(a.charAt(i - 1)) == Character.toLowerCase(b.charAt(j - 1)) ? 0 : 1;
        current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }

  /** A path as a JSON Pointer, for messages; only names from the format table and * reach here. */
  private static String join(List<String> segments) {
    StringBuilder out = new StringBuilder();
    for (String s : segments) {
      out.append('/').append(s.replace("~", "~0").replace("/", "~1"));
    }
    return out.toString();
  }

  private static <T> T nonNull(@Nullable T value) {
    if (value == null) {
      throw new IllegalStateException("checked by the condition's shape");
    }
    return value;
  }

  /** Stands for a part that could not be compiled; never evaluated, as its errors are thrown. */
  private static final class Failed extends Node {
    static final Node NODE = new Failed();

    @Override
    int eval(Object[] frame, java.time.LocalDate asOf) {
      throw new IllegalStateException("not compiled");
    }
  }
}
