package io.github.fourfold.jackson.rules;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import io.github.fourfold.InvalidValueException;
import io.github.fourfold.Verdict;
import io.github.fourfold.json.JsonErrorCode;
import io.github.fourfold.model.Money;
import io.github.fourfold.rules.Comparison;
import io.github.fourfold.rules.Condition;
import io.github.fourfold.rules.Condition.Kind;
import io.github.fourfold.rules.DefinitionError;
import io.github.fourfold.rules.Direction;
import io.github.fourfold.rules.InvalidDefinitionException;
import io.github.fourfold.rules.RuleCheck;
import io.github.fourfold.rules.RuleCriterion;
import io.github.fourfold.rules.RuleDefinition;
import io.github.fourfold.rules.RuleLimits;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads one definition with a streaming parser, by recursive descent. A problem with the JSON
 * itself (malformed, a wrong type, an unknown or repeated property, a limit) stops the reading
 * and is the only error; problems with the values (an unknown path, a duplicate reason code) are
 * collected from the definition's own checks, each with its pointer, and reported together.
 * Malformed JSON anywhere in the document wins over every other error.
 */
final class DefinitionReader {
  private static final String CODES = "NOT_YET or DISQUALIFIED";

  /** A structural problem: ends the reading. */
  private static final class Stop extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient DefinitionError error;

    Stop(DefinitionError error) {
      super(null, null, false, false);
      this.error = error;
    }
  }

  private final JsonParser p;
  private final List<DefinitionError> errors = new ArrayList<>();

  private DefinitionReader(JsonParser p) {
    this.p = p;
  }

  static RuleDefinition read(JsonFactory factory, byte[] json) {
    try (JsonParser parser = factory.createParser(json)) {
      DefinitionReader reader = new DefinitionReader(parser);
      RuleDefinition definition;
      try {
        definition = reader.document();
      } catch (Stop stop) {
        reader.drain();
        throw InvalidDefinitionException.of(List.of(stop.error));
      }
      if (definition == null || !reader.errors.isEmpty()) {
        throw InvalidDefinitionException.of(reader.errors);
      }
      return definition;
    } catch (IOException e) {
      // Creating or closing a parser over bytes does no I/O; a failure here is a parse failure.
      throw InvalidDefinitionException.of(List.of(malformed()));
    }
  }

  /** After a structural problem, reads on: malformed JSON later in the document wins. */
  private void drain() {
    try {
      while (p.nextToken() != null) {
        // nothing: only whether the rest parses matters
      }
    } catch (Stop stop) {
      throw InvalidDefinitionException.of(List.of(stop.error));
    } catch (IOException e) {
      throw InvalidDefinitionException.of(List.of(fromParser(e)));
    }
  }

  private static DefinitionError malformed() {
    return DefinitionError.of(JsonErrorCode.MALFORMED_JSON.name(), "", "expected well-formed JSON");
  }

  private DefinitionError fromParser(IOException e) {
    if (e instanceof StreamConstraintsException) {
      return DefinitionError.of(JsonErrorCode.LIMIT_EXCEEDED.name(), pointer(),
          "expected a definition within the reader's limits (nesting, name and number lengths)");
    }
    return malformed();
  }

  private JsonToken next() {
    try {
      JsonToken token = p.nextToken();
      return token == null ? JsonToken.NOT_AVAILABLE : token;
    } catch (IOException e) {
      throw new Stop(fromParser(e));
    }
  }

  private String pointer() {
    return pointerOf(p.getParsingContext());
  }

  private static String pointerOf(com.fasterxml.jackson.core.JsonStreamContext context) {
    // Jackson's own pointer escapes ~ and / as RFC 6901 says.
    return context.pathAsPointer(false).toString();
  }

  private static Stop stop(JsonErrorCode code, String pointer, String message) {
    return new Stop(DefinitionError.of(code.name(), pointer, message));
  }

  private @Nullable RuleDefinition document() {
    JsonToken first = next();
    if (first == JsonToken.NOT_AVAILABLE) {
      throw new Stop(malformed());
    }
    RuleDefinition definition = definition("");
    if (next() != JsonToken.NOT_AVAILABLE) {
      throw new Stop(DefinitionError.of(JsonErrorCode.MALFORMED_JSON.name(), "", "expected no content after the definition"));
    }
    return definition;
  }

  // ---- objects of the format ----

  private @Nullable RuleDefinition definition(String at) {
    Fields f = new Fields(at, Wire.SCHEMA, Wire.ID, Wire.CRITERIA);
    String id = null;
    List<RuleCriterion> criteria = new ArrayList<>();
    boolean complete = true;
    while (f.next()) {
      switch (f.name) {
        case Wire.SCHEMA:
          text(f.at);
          break;
        case Wire.ID:
          id = text(f.at);
          break;
        default:
          expect(JsonToken.START_ARRAY, f.at, "a list of criteria");
          int i = 0;
          while (next() != JsonToken.END_ARRAY) {
            count(i, f.at);
            RuleCriterion criterion = criterion(f.at + "/" + i++);
            if (criterion == null) {
              complete = false;
            } else {
              criteria.add(criterion);
            }
          }
      }
    }
    f.required(Wire.ID, Wire.CRITERIA);
    if (!complete || id == null) {
      return null;
    }
    String definitionId = id;
    return build(at, () -> RuleDefinition.builder().id(definitionId).criteria(criteria).build());
  }

  private @Nullable RuleCriterion criterion(String at) {
    Fields f = new Fields(at, Wire.NAME, Wire.CHECKS);
    String name = null;
    List<RuleCheck> checks = new ArrayList<>();
    boolean complete = true;
    while (f.next()) {
      if (f.name.equals(Wire.NAME)) {
        name = text(f.at);
      } else {
        expect(JsonToken.START_ARRAY, f.at, "a list of checks");
        int i = 0;
        while (next() != JsonToken.END_ARRAY) {
          count(i, f.at);
          RuleCheck check = check(f.at + "/" + i++);
          if (check == null) {
            complete = false;
          } else {
            checks.add(check);
          }
        }
      }
    }
    f.required(Wire.NAME, Wire.CHECKS);
    if (!complete || name == null) {
      return null;
    }
    String criterionName = name;
    return build(at, () -> RuleCriterion.of(criterionName, checks));
  }

  private @Nullable RuleCheck check(String at) {
    Fields f = new Fields(at, Wire.CONDITION, Wire.VERDICT, Wire.REASON, Wire.MESSAGE, Wire.QUESTIONS,
        Wire.UNKNOWN_REASON, Wire.UNKNOWN_MESSAGE);
    RuleCheck.Builder check = RuleCheck.builder();
    boolean complete = true;
    while (f.next()) {
      switch (f.name) {
        case Wire.CONDITION:
          Condition condition = condition(f.at, 1);
          if (condition == null) {
            complete = false;
          } else {
            check.condition(condition);
          }
          break;
        case Wire.VERDICT:
          String verdict = text(f.at);
          if (verdict.equals(Verdict.NOT_YET.name()) || verdict.equals(Verdict.DISQUALIFIED.name())) {
            check.verdict(Verdict.valueOf(verdict));
          } else {
            throw stop(JsonErrorCode.INVALID_VALUE, f.at, CODES);
          }
          break;
        case Wire.REASON:
          check.reason(text(f.at));
          break;
        case Wire.MESSAGE:
          check.message(texts(f.at));
          break;
        case Wire.QUESTIONS:
          check.questions(questions(f.at));
          break;
        case Wire.UNKNOWN_REASON:
          check.unknownReason(text(f.at));
          break;
        default:
          check.unknownMessage(texts(f.at));
      }
    }
    f.required(Wire.CONDITION, Wire.VERDICT, Wire.REASON, Wire.MESSAGE);
    if (!complete) {
      return null;
    }
    return build(at, check::build);
  }

  /** Builds a part with its own checks; their errors are kept with this part's pointer. */
  private <T> @Nullable T build(String at, java.util.function.Supplier<T> build) {
    try {
      return build.get();
    } catch (InvalidDefinitionException e) {
      for (DefinitionError error : e.errors()) {
        errors.add(error.under(at));
      }
      return null;
    }
  }

  // ---- conditions ----

  private @Nullable Condition condition(String at, int depth) {
    expect(JsonToken.START_OBJECT, at, "a condition: an object with one operator");
    if (depth > RuleLimits.MAX_DEPTH) {
      throw stop(JsonErrorCode.LIMIT_EXCEEDED, at, "conditions nested at most " + RuleLimits.MAX_DEPTH + " deep");
    }
    if (next() != JsonToken.FIELD_NAME) {
      throw stop(JsonErrorCode.INVALID_VALUE, at, "a condition with one operator");
    }
    String name = name();
    Kind kind = kind(name);
    String op = at + "/" + escape(name);
    if (kind == null) {
      throw stop(JsonErrorCode.UNKNOWN_PROPERTY, op, "an operator: " + operators());
    }
    next();
    Condition condition = operand(kind, op, depth);
    if (next() != JsonToken.END_OBJECT) {
      throw stop(JsonErrorCode.INVALID_VALUE, at + "/" + escape(name()), "a condition with one operator only");
    }
    return condition;
  }

  private @Nullable Condition operand(Kind kind, String at, int depth) {
    switch (kind) {
      case PRESENT:
        return shape(at, () -> Condition.present(text(at)));
      case BLANK:
        return shape(at, () -> Condition.blank(text(at)));
      case NOT:
        Condition operand = condition(at, depth + 1);
        return operand == null ? null : shape(at, () -> Condition.not(operand));
      case AND:
      case OR:
        expect(JsonToken.START_ARRAY, at, "a list of conditions");
        List<Condition> operands = new ArrayList<>();
        boolean complete = true;
        int i = 0;
        while (next() != JsonToken.END_ARRAY) {
          count(i, at);
          Condition c = condition(at + "/" + i++, depth + 1);
          complete &= c != null;
          if (c != null) {
            operands.add(c);
          }
        }
        if (!complete) {
          return null;
        }
        return shape(at, () -> kind == Kind.AND ? Condition.and(operands) : Condition.or(operands));
      default:
        return leaf(kind, at, depth);
    }
  }

  /** Builds a condition; its shape errors carry pointers from the condition (/kind/...), so they go under the condition's pointer. */
  private @Nullable Condition shape(String at, java.util.function.Supplier<Condition> build) {
    String conditionAt = at.substring(0, at.lastIndexOf('/'));
    return build(conditionAt, build);
  }

  private @Nullable Condition leaf(Kind kind, String at, int depth) {
    List<String> names = new ArrayList<>(List.of(Wire.PATH));
    switch (kind) {
      case EQUALS:
        names.addAll(List.of(Wire.VALUE, Wire.IGNORE_CASE));
        break;
      case ONE_OF:
        names.addAll(List.of(Wire.VALUES, Wire.IGNORE_CASE));
        break;
      case COMPARE:
      case COUNT:
        names.addAll(List.of(Wire.OP, Wire.VALUE));
        break;
      case COMPARE_MONEY:
        names.addAll(List.of(Wire.OP, Wire.AMOUNT, Wire.CURRENCY));
        break;
      case COMPARE_DATE:
        names.addAll(List.of(Wire.OP, Wire.OFFSET));
        break;
      case WITHIN:
        names.addAll(List.of(Wire.PERIOD, Wire.DIRECTION));
        break;
      default:
        names.add(Wire.CONDITION);
    }
    Fields f = new Fields(at, names.toArray(new String[0]));
    String path = null;
    String text = null;
    Boolean flag = null;
    List<String> values = new ArrayList<>();
    boolean ignoreCase = false;
    Comparison comparison = null;
    BigDecimal number = null;
    BigDecimal amount = null;
    String currency = null;
    Period period = null;
    Direction direction = null;
    Condition operand = null;
    String amountAt = at;
    boolean complete = true;
    while (f.next()) {
      switch (f.name) {
        case Wire.PATH:
          path = text(f.at);
          break;
        case Wire.VALUE:
          if (kind == Kind.EQUALS) {
            if (p.currentToken() == JsonToken.VALUE_TRUE || p.currentToken() == JsonToken.VALUE_FALSE) {
              flag = p.currentToken() == JsonToken.VALUE_TRUE;
            } else {
              text = text(f.at, "a text, an enum name or a boolean");
            }
          } else if (kind == Kind.COUNT) {
            number = integer(f.at);
          } else {
            number = decimal(f.at);
          }
          break;
        case Wire.VALUES:
          expect(JsonToken.START_ARRAY, f.at, "a list of texts or enum names");
          int i = 0;
          while (next() != JsonToken.END_ARRAY) {
            count(i, f.at);
            values.add(text(f.at + "/" + i++));
          }
          break;
        case Wire.IGNORE_CASE:
          ignoreCase = bool(f.at);
          break;
        case Wire.OP:
          comparison = constant(Comparison.values(), text(f.at), f.at);
          break;
        case Wire.AMOUNT:
          amount = decimal(f.at);
          amountAt = f.at;
          break;
        case Wire.CURRENCY:
          currency = text(f.at);
          break;
        case Wire.OFFSET:
        case Wire.PERIOD:
          period = period(f.at);
          break;
        case Wire.DIRECTION:
          direction = constant(Direction.values(), text(f.at), f.at);
          break;
        default:
          operand = condition(f.at, depth + 1);
          complete &= operand != null;
      }
    }
    f.required(names.stream().filter(n -> !n.equals(Wire.IGNORE_CASE) && !n.equals(Wire.OFFSET)).toArray(String[]::new));
    if (kind == Kind.COMPARE_DATE && period == null) {
      period = Period.ZERO;
    }
    if (!complete || path == null) {
      return null;
    }
    String p0 = path;
    switch (kind) {
      case EQUALS:
        String t = text;
        Boolean b = flag;
        boolean ic = ignoreCase;
        return shape(at, () -> b != null ? withIgnoreCase(Condition.equalTo(p0, b), ic) : Condition.equalTo(p0, nonNull(t), ic));
      case ONE_OF:
        boolean ic1 = ignoreCase;
        return shape(at, () -> Condition.oneOf(p0, values, ic1));
      case COMPARE:
        Comparison c1 = nonNull(comparison);
        BigDecimal n1 = nonNull(number);
        return shape(at, () -> Condition.compare(p0, c1, n1));
      case COUNT:
        Comparison c2 = nonNull(comparison);
        BigDecimal n2 = nonNull(number);
        if (n2.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0 || n2.signum() < 0) {
          throw stop(JsonErrorCode.INVALID_VALUE, at + "/" + Wire.VALUE, "an integer from 0 to " + Integer.MAX_VALUE);
        }
        return shape(at, () -> Condition.count(p0, c2, n2.intValueExact()));
      case COMPARE_MONEY:
        Money money;
        try {
          money = Money.of(nonNull(amount), nonNull(currency));
        } catch (InvalidValueException e) {
          String where = e.field().endsWith("currency") ? at + "/" + Wire.CURRENCY : amountAt;
          throw stop(JsonErrorCode.INVALID_VALUE, where, e.expected());
        }
        Comparison c3 = nonNull(comparison);
        return shape(at, () -> Condition.compareMoney(p0, c3, money));
      case COMPARE_DATE:
        Comparison c4 = nonNull(comparison);
        Period offset = nonNull(period);
        return shape(at, () -> Condition.compareDate(p0, c4, offset));
      case WITHIN:
        Period within = nonNull(period);
        Direction d = nonNull(direction);
        return shape(at, () -> Condition.within(p0, within, d));
      default:
        Condition o = nonNull(operand);
        return shape(at, () -> kind == Kind.ANY ? Condition.any(p0, o) : Condition.all(p0, o));
    }
  }

  /** ignoreCase on a boolean is refused by the condition's shape check; keep what was written. */
  private static Condition withIgnoreCase(Condition condition, boolean ignoreCase) {
    if (!ignoreCase) {
      return condition;
    }
    throw InvalidDefinitionException.of(List.of(DefinitionError.of(JsonErrorCode.INVALID_VALUE.name(),
        "/" + Kind.EQUALS.wireName() + "/" + Wire.IGNORE_CASE, "no ignoreCase for a boolean")));
  }

  // ---- values ----

  /** The properties of one object: known names only, each at most once. */
  private final class Fields {
    private final String object;
    private final List<String> known;
    private final Set<String> seen = new HashSet<>();
    String name = "";
    String at = "";

    Fields(String object, String... known) {
      expect(JsonToken.START_OBJECT, object, "an object");
      this.object = object;
      this.known = List.of(known);
    }

    boolean next() {
      JsonToken token = DefinitionReader.this.next();
      if (token == JsonToken.END_OBJECT) {
        return false;
      }
      name = name();
      at = object + "/" + escape(name);
      if (!known.contains(name)) {
        throw stop(JsonErrorCode.UNKNOWN_PROPERTY, at, "one of the properties " + String.join(", ", known));
      }
      if (!seen.add(name)) {
        throw stop(JsonErrorCode.DUPLICATE_PROPERTY, at, "each property name at most once in an object");
      }
      DefinitionReader.this.next();
      if (p.currentToken() == JsonToken.VALUE_NULL) {
        throw stop(JsonErrorCode.WRONG_TYPE, at, "a value, not null");
      }
      return true;
    }

    void required(String... names) {
      for (String required : names) {
        if (!seen.contains(required)) {
          throw stop(JsonErrorCode.MISSING_REQUIRED, object + "/" + escape(required), "a value for " + required);
        }
      }
    }
  }

  private String name() {
    try {
      return p.currentName();
    } catch (IOException e) {
      throw new Stop(fromParser(e));
    }
  }

  private void expect(JsonToken token, String at, String what) {
    if (p.currentToken() != token) {
      throw stop(JsonErrorCode.WRONG_TYPE, at, "expected " + what);
    }
  }

  private void count(int index, String at) {
    if (index >= RuleLimits.MAX_LIST) {
      throw stop(JsonErrorCode.LIMIT_EXCEEDED, at, "at most " + RuleLimits.MAX_LIST + " elements");
    }
  }

  private String text(String at) {
    return text(at, "a text");
  }

  private String text(String at, String what) {
    expect(JsonToken.VALUE_STRING, at, what);
    String s;
    try {
      s = p.getText();
    } catch (IOException e) {
      throw new Stop(fromParser(e));
    }
    if (s.length() > RuleLimits.MAX_TEXT && s.codePointCount(0, s.length()) > RuleLimits.MAX_TEXT) {
      throw stop(JsonErrorCode.LIMIT_EXCEEDED, at, "at most " + RuleLimits.MAX_TEXT + " code points");
    }
    return s;
  }

  private boolean bool(String at) {
    if (p.currentToken() != JsonToken.VALUE_TRUE && p.currentToken() != JsonToken.VALUE_FALSE) {
      throw stop(JsonErrorCode.WRONG_TYPE, at, "expected a boolean");
    }
    return p.currentToken() == JsonToken.VALUE_TRUE;
  }

  private BigDecimal decimal(String at) {
    if (p.currentToken() != JsonToken.VALUE_NUMBER_INT && p.currentToken() != JsonToken.VALUE_NUMBER_FLOAT) {
      throw stop(JsonErrorCode.WRONG_TYPE, at, "expected a number");
    }
    try {
      return p.getDecimalValue();
    } catch (IOException | NumberFormatException e) {
      throw stop(JsonErrorCode.INVALID_VALUE, at, "a number");
    }
  }

  private BigDecimal integer(String at) {
    if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
      throw stop(JsonErrorCode.WRONG_TYPE, at, "expected an integer");
    }
    return decimal(at);
  }

  private Period period(String at) {
    String text = text(at, "an ISO-8601 period such as P6M");
    try {
      return Period.parse(text);
    } catch (DateTimeException | ArithmeticException e) {
      throw stop(JsonErrorCode.INVALID_VALUE, at, "an ISO-8601 period such as P6M or P-1Y");
    }
  }

  private Map<String, String> texts(String at) {
    Map<String, String> out = new LinkedHashMap<>();
    languages(at, language -> out.put(language, text(at + "/" + escape(language))));
    return out;
  }

  private Map<String, List<String>> questions(String at) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    languages(at, language -> {
      String listAt = at + "/" + escape(language);
      expect(JsonToken.START_ARRAY, listAt, "a list of questions");
      List<String> list = new ArrayList<>();
      int i = 0;
      while (next() != JsonToken.END_ARRAY) {
        count(i, listAt);
        list.add(text(listAt + "/" + i++));
      }
      out.put(language, list);
    });
    return out;
  }

  private void languages(String at, java.util.function.Consumer<String> value) {
    expect(JsonToken.START_OBJECT, at, "an object of texts by language");
    Set<String> seen = new HashSet<>();
    while (next() != JsonToken.END_OBJECT) {
      String language = name();
      String languageAt = at + "/" + escape(language);
      if (!seen.add(language)) {
        throw stop(JsonErrorCode.DUPLICATE_PROPERTY, languageAt, "each language at most once");
      }
      if (seen.size() > RuleLimits.MAX_LANGUAGES) {
        throw stop(JsonErrorCode.LIMIT_EXCEEDED, languageAt, "at most " + RuleLimits.MAX_LANGUAGES + " languages");
      }
      next();
      value.accept(language);
    }
  }

  private static <E extends Enum<E>> E constant(E[] constants, String name, String at) {
    StringBuilder names = new StringBuilder();
    for (E e : constants) {
      if (e.name().equals(name)) {
        return e;
      }
      names.append(names.length() == 0 ? "" : ", ").append(e.name());
    }
    throw stop(JsonErrorCode.INVALID_VALUE, at, "one of " + names);
  }

  private static @Nullable Kind kind(String name) {
    for (Kind kind : Kind.values()) {
      if (kind.wireName().equals(name)) {
        return kind;
      }
    }
    return null;
  }

  private static String operators() {
    StringBuilder out = new StringBuilder();
    for (Kind kind : Kind.values()) {
      out.append(out.length() == 0 ? "" : ", ").append(kind.wireName());
    }
    return out.toString();
  }

  static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }

  private static <T> T nonNull(@Nullable T value) {
    if (value == null) {
      throw new IllegalStateException("checked as required");
    }
    return value;
  }
}
