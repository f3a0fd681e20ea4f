package io.github.fourfold.jackson.rules;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.fourfold.model.Money;
import io.github.fourfold.rules.Comparison;
import io.github.fourfold.rules.Condition;
import io.github.fourfold.rules.Direction;
import io.github.fourfold.rules.RuleCheck;
import io.github.fourfold.rules.RuleCriterion;
import io.github.fourfold.rules.RuleDefinition;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Period;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Writes a definition in the format {@link DefinitionReader} reads, properties in a fixed order. */
final class DefinitionWriter {
  private final JsonGenerator g;

  private DefinitionWriter(JsonGenerator g) {
    this.g = g;
  }

  static String write(JsonFactory factory, RuleDefinition definition) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = factory.createGenerator(out)) {
      g.useDefaultPrettyPrinter();
      new DefinitionWriter(g).definition(definition);
    } catch (IOException e) {
      // A StringWriter does not fail.
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private void definition(RuleDefinition d) throws IOException {
    g.writeStartObject();
    g.writeStringField(Wire.ID, d.id());
    g.writeArrayFieldStart(Wire.CRITERIA);
    for (RuleCriterion criterion : d.criteria()) {
      g.writeStartObject();
      g.writeStringField(Wire.NAME, criterion.name());
      g.writeArrayFieldStart(Wire.CHECKS);
      for (RuleCheck check : criterion.checks()) {
        check(check);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private void check(RuleCheck check) throws IOException {
    g.writeStartObject();
    g.writeFieldName(Wire.CONDITION);
    condition(check.condition());
    g.writeStringField(Wire.VERDICT, check.verdict().name());
    g.writeStringField(Wire.REASON, check.reason());
    texts(Wire.MESSAGE, check.message());
    if (!check.questions().isEmpty()) {
      g.writeObjectFieldStart(Wire.QUESTIONS);
      for (Map.Entry<String, List<String>> e : check.questions().entrySet()) {
        g.writeArrayFieldStart(e.getKey());
        for (String question : e.getValue()) {
          g.writeString(question);
        }
        g.writeEndArray();
      }
      g.writeEndObject();
    }
    String unknownReason = check.unknownReason();
    if (unknownReason != null) {
      g.writeStringField(Wire.UNKNOWN_REASON, unknownReason);
    }
    if (!check.unknownMessage().isEmpty()) {
      texts(Wire.UNKNOWN_MESSAGE, check.unknownMessage());
    }
    g.writeEndObject();
  }

  private void texts(String name, Map<String, String> texts) throws IOException {
    g.writeObjectFieldStart(name);
    for (Map.Entry<String, String> e : texts.entrySet()) {
      g.writeStringField(e.getKey(), e.getValue());
    }
    g.writeEndObject();
  }

  private void condition(Condition c) throws IOException {
    g.writeStartObject();
    String op = c.kind().wireName();
    switch (c.kind()) {
      case PRESENT:
      case BLANK:
        g.writeStringField(op, nonNull(c.path()));
        break;
      case AND:
      case OR:
        g.writeArrayFieldStart(op);
        for (Condition operand : c.operands()) {
          condition(operand);
        }
        g.writeEndArray();
        break;
      case NOT:
        g.writeFieldName(op);
        condition(c.operands().get(0));
        break;
      default:
        g.writeObjectFieldStart(op);
        g.writeStringField(Wire.PATH, nonNull(c.path()));
        leaf(c);
        g.writeEndObject();
    }
    g.writeEndObject();
  }

  private void leaf(Condition c) throws IOException {
    switch (c.kind()) {
      case EQUALS:
        Boolean flag = c.flag();
        if (flag != null) {
          g.writeBooleanField(Wire.VALUE, flag);
        } else {
          g.writeStringField(Wire.VALUE, c.values().get(0));
        }
        ignoreCase(c);
        break;
      case ONE_OF:
        g.writeArrayFieldStart(Wire.VALUES);
        for (String value : c.values()) {
          g.writeString(value);
        }
        g.writeEndArray();
        ignoreCase(c);
        break;
      case COMPARE:
      case COUNT:
        op(c.comparison());
        number(Wire.VALUE, nonNull(c.number()));
        break;
      case COMPARE_MONEY:
        op(c.comparison());
        Money money = nonNull(c.money());
        number(Wire.AMOUNT, money.amount());
        g.writeStringField(Wire.CURRENCY, money.currency());
        break;
      case COMPARE_DATE:
        op(c.comparison());
        period(Wire.OFFSET, c.period());
        break;
      case WITHIN:
        period(Wire.PERIOD, c.period());
        Direction direction = nonNull(c.direction());
        g.writeStringField(Wire.DIRECTION, direction.name());
        break;
      default:
        g.writeFieldName(Wire.CONDITION);
        condition(c.operands().get(0));
    }
  }

  private void ignoreCase(Condition c) throws IOException {
    if (c.ignoreCase()) {
      g.writeBooleanField(Wire.IGNORE_CASE, true);
    }
  }

  private void op(@Nullable Comparison comparison) throws IOException {
    g.writeStringField(Wire.OP, nonNull(comparison).name());
  }

  private void number(String name, BigDecimal value) throws IOException {
    g.writeFieldName(name);
    // toString, not toPlainString: 1E+999 stays four characters long.
    g.writeNumber(value.toString());
  }

  private void period(String name, @Nullable Period period) throws IOException {
    g.writeStringField(name, nonNull(period).toString());
  }

  private static <T> T nonNull(@Nullable T value) {
    if (value == null) {
      throw new IllegalStateException("a valid condition has it");
    }
    return value;
  }
}
