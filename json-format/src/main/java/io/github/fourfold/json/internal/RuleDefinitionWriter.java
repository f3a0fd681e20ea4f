package io.github.fourfold.json.internal;

import io.github.fourfold.model.Money;
import io.github.fourfold.rules.Comparison;
import io.github.fourfold.rules.Condition;
import io.github.fourfold.rules.Direction;
import io.github.fourfold.rules.RuleCheck;
import io.github.fourfold.rules.RuleCriterion;
import io.github.fourfold.rules.RuleDefinition;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.Period;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Writes a definition in the format {@link RuleDefinitionReader} reads, properties in a fixed
 * order, to a {@link TokenSink}, so that both Jackson bindings write definitions alike.
 */
public final class RuleDefinitionWriter {
  private final TokenSink g;

  private RuleDefinitionWriter(TokenSink g) {
    this.g = g;
  }

  /** The binding's indenting generator over a writer, as a sink and as what to close. */
  @FunctionalInterface
  public interface Generators {
    /**
     * Opens a generator.
     *
     * @param out where the text goes
     * @param write what to write with the generator's sink; the caller closes the generator after
     * @throws Exception when the generator fails
     */
    void writeTo(Writer out, Write write) throws Exception;
  }

  /** Writing into a sink. */
  @FunctionalInterface
  public interface Write {
    /**
     * Writes.
     *
     * @param sink the sink
     * @throws IOException when the generator fails
     */
    void to(TokenSink sink) throws IOException;
  }

  /**
   * Writes a definition as indented text.
   *
   * @param generators the binding's generators
   * @param definition the definition
   * @return the text
   */
  public static String text(Generators generators, RuleDefinition definition) {
    StringWriter out = new StringWriter();
    try {
      generators.writeTo(out, sink -> write(sink, definition));
    } catch (Exception e) {
      // A StringWriter does not fail, and a valid definition is writable.
      throw new IllegalStateException("a definition could not be written", e);
    }
    return out.toString();
  }

  /**
   * Writes one definition.
   *
   * @param sink the binding's generator
   * @param definition the definition
   * @throws IOException when the generator fails
   */
  public static void write(TokenSink sink, RuleDefinition definition) throws IOException {
    new RuleDefinitionWriter(sink).definition(definition);
  }

  private void field(String name, String value) throws IOException {
    g.name(name);
    g.string(value);
  }

  private void arrayField(String name) throws IOException {
    g.name(name);
    g.startArray();
  }

  private void objectField(String name) throws IOException {
    g.name(name);
    g.startObject();
  }

  private void definition(RuleDefinition d) throws IOException {
    g.startObject();
    field(RuleWire.ID, d.id());
    arrayField(RuleWire.CRITERIA);
    for (RuleCriterion criterion : d.criteria()) {
      g.startObject();
      field(RuleWire.NAME, criterion.name());
      arrayField(RuleWire.CHECKS);
      for (RuleCheck check : criterion.checks()) {
        check(check);
      }
      g.endArray();
      g.endObject();
    }
    g.endArray();
    g.endObject();
  }

  private void check(RuleCheck check) throws IOException {
    g.startObject();
    g.name(RuleWire.CONDITION);
    condition(check.condition());
    field(RuleWire.VERDICT, check.verdict().name());
    field(RuleWire.REASON, check.reason());
    texts(RuleWire.MESSAGE, check.message());
    if (!check.questions().isEmpty()) {
      objectField(RuleWire.QUESTIONS);
      for (Map.Entry<String, List<String>> e : check.questions().entrySet()) {
        arrayField(e.getKey());
        for (String question : e.getValue()) {
          g.string(question);
        }
        g.endArray();
      }
      g.endObject();
    }
    String unknownReason = check.unknownReason();
    if (unknownReason != null) {
      field(RuleWire.UNKNOWN_REASON, unknownReason);
    }
    if (!check.unknownMessage().isEmpty()) {
      texts(RuleWire.UNKNOWN_MESSAGE, check.unknownMessage());
    }
    g.endObject();
  }

  private void texts(String name, Map<String, String> texts) throws IOException {
    objectField(name);
    for (Map.Entry<String, String> e : texts.entrySet()) {
      field(e.getKey(), e.getValue());
    }
    g.endObject();
  }

  private void condition(Condition c) throws IOException {
    g.startObject();
    String op = c.kind().wireName();
    switch (c.kind()) {
      case PRESENT:
      case BLANK:
        field(op, nonNull(c.path()));
        break;
      case AND:
      case OR:
        arrayField(op);
        for (Condition operand : c.operands()) {
          condition(operand);
        }
        g.endArray();
        break;
      case NOT:
        g.name(op);
        condition(c.operands().get(0));
        break;
      default:
        objectField(op);
        field(RuleWire.PATH, nonNull(c.path()));
        leaf(c);
        g.endObject();
    }
    g.endObject();
  }

  private void leaf(Condition c) throws IOException {
    switch (c.kind()) {
      case EQUALS:
        Boolean flag = c.flag();
        if (flag != null) {
          g.name(RuleWire.VALUE);
          g.bool(flag);
        } else {
          field(RuleWire.VALUE, c.values().get(0));
        }
        ignoreCase(c);
        break;
      case ONE_OF:
        arrayField(RuleWire.VALUES);
        for (String value : c.values()) {
          g.string(value);
        }
        g.endArray();
        ignoreCase(c);
        break;
      case COMPARE:
      case COUNT:
        op(c.comparison());
        number(RuleWire.VALUE, nonNull(c.number()));
        break;
      case COMPARE_MONEY:
        op(c.comparison());
        Money money = nonNull(c.money());
        number(RuleWire.AMOUNT, money.amount());
        field(RuleWire.CURRENCY, money.currency());
        break;
      case COMPARE_DATE:
        op(c.comparison());
        period(RuleWire.OFFSET, c.period());
        break;
      case WITHIN:
        period(RuleWire.PERIOD, c.period());
        Direction direction = nonNull(c.direction());
        field(RuleWire.DIRECTION, direction.name());
        break;
      default:
        g.name(RuleWire.CONDITION);
        condition(c.operands().get(0));
    }
  }

  private void ignoreCase(Condition c) throws IOException {
    if (c.ignoreCase()) {
      g.name(RuleWire.IGNORE_CASE);
      g.bool(true);
    }
  }

  private void op(@Nullable Comparison comparison) throws IOException {
    field(RuleWire.OP, nonNull(comparison).name());
  }

  private void number(String name, BigDecimal value) throws IOException {
    g.name(name);
    // toString, not toPlainString: 1E+999 stays four characters long.
    g.decimal(value, value.toString());
  }

  private void period(String name, @Nullable Period period) throws IOException {
    field(name, nonNull(period).toString());
  }

  private static <T> T nonNull(@Nullable T value) {
    if (value == null) {
      throw new IllegalStateException("a valid condition has it");
    }
    return value;
  }
}
