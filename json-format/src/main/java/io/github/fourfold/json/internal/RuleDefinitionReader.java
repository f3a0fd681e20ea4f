package io.github.fourfold.json.internal;

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
 * Malformed JSON anywhere in the document wins over every other error. It runs on a {@link
 * TokenSource}, so both Jackson bindings read definitions with this one reader.
 */
public final class RuleDefinitionReader {
  private static final String CODES = "NOT_YET or DISQUALIFIED";

  /** A structural problem: ends the reading. */
  private static final class Stop extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient DefinitionError error;
    /** The parser failed: its state after that is not defined, so the rest is not read. */
    final boolean byParser;

    Stop(DefinitionError error) {
      this(error, false);
    }

    Stop(DefinitionError error, boolean byParser) {
      super(null, null, false, false);
      this.error = error;
      this.byParser = byParser;
    }
  }

  private final TokenSource p;
  private final List<DefinitionError> errors = new ArrayList<>();
  /** Where the parser is, for its own errors: a property name or an index per open container. */
  private final List<@Nullable String> names = new ArrayList<>();
  private final List<Integer> indexes = new ArrayList<>();

  private RuleDefinitionReader(TokenSource p) {
    this.p = p;
  }

  /**
   * Reads one definition, and closes the tokens.
   *
   * @param tokens the parser's tokens over a whole document
   * @return the definition, valid
   * @throws InvalidDefinitionException listing what is wrong
   */
  public static RuleDefinition read(TokenSource tokens) {
    try (TokenSource parser = tokens) {
      RuleDefinitionReader reader = new RuleDefinitionReader(parser);
      RuleDefinition definition;
      try {
        definition = reader.document();
      } catch (Stop stop) {
        if (!stop.byParser) {
          reader.drain();
        }
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
      while (track(p.next()) != null) {
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
    if (e instanceof ParserFailure failure && failure.kind() != ParserFailure.Kind.MALFORMED
        && failure.kind() != ParserFailure.Kind.DUPLICATE) {
      return DefinitionError.of(JsonErrorCode.LIMIT_EXCEEDED.name(), pointer(),
          "expected a definition within the reader's limits (nesting, name and number lengths)");
    }
    return malformed();
  }

  private @Nullable Token next() {
    try {
      return track(p.next());
    } catch (IOException e) {
      throw new Stop(fromParser(e), true);
    }
  }

  /** Follows the token into {@link #names} and {@link #indexes}; their size is the parser's depth. */
  private @Nullable Token track(@Nullable Token token) throws IOException {
    if (token == null) {
      return null;
    }
    int top = names.size() - 1;
    if (token == Token.END_OBJECT || token == Token.END_ARRAY) {
      if (top >= 0) {
        names.remove(top);
        indexes.remove(top);
      }
      return token;
    }
    if (token == Token.NAME) {
      names.set(top, p.text());
      return token;
    }
    if (top >= 0 && indexes.get(top) >= -1) {
      indexes.set(top, indexes.get(top) + 1);
    }
    if (token == Token.START_OBJECT || token == Token.START_ARRAY) {
      names.add(null);
      // -2 marks an object, whose elements are not counted.
      indexes.add(token == Token.START_ARRAY ? -1 : -2);
    }
    return token;
  }

  /** The pointer of the parser's position, for its own errors. */
  private String pointer() {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i);
      if (indexes.get(i) >= 0) {
        out.append('/').append(indexes.get(i));
      } else if (name != null) {
        out.append('/').append(escape(name));
      }
    }
    return out.toString();
  }

  private static Stop stop(JsonErrorCode code, String pointer, String message) {
    return new Stop(DefinitionError.of(code.name(), pointer, message));
  }

  private @Nullable RuleDefinition document() {
    Token first = next();
    if (first == null) {
      throw new Stop(malformed());
    }
    RuleDefinition definition = definition("");
    if (next() != null) {
      throw new Stop(DefinitionError.of(JsonErrorCode.MALFORMED_JSON.name(), "", "expected no content after the definition"));
    }
    return definition;
  }

  // ---- objects of the format ----

  private @Nullable RuleDefinition definition(String at) {
    Fields f = new Fields(at, RuleWire.SCHEMA, RuleWire.ID, RuleWire.CRITERIA);
    String id = null;
    List<RuleCriterion> criteria = new ArrayList<>();
    boolean complete = true;
    while (f.next()) {
      switch (f.name) {
        case RuleWire.SCHEMA:
          text(f.at);
          break;
        case RuleWire.ID:
          id = text(f.at);
          break;
        default:
          expect(Token.START_ARRAY, f.at, "a list of criteria");
          int i = 0;
          while (next() != Token.END_ARRAY) {
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
    f.required(RuleWire.ID, RuleWire.CRITERIA);
    if (!complete || id == null) {
      return null;
    }
    String definitionId = id;
    return build(at, () -> RuleDefinition.builder().id(definitionId).criteria(criteria).build());
  }

  private @Nullable RuleCriterion criterion(String at) {
    Fields f = new Fields(at, RuleWire.NAME, RuleWire.CHECKS);
    String name = null;
    List<RuleCheck> checks = new ArrayList<>();
    boolean complete = true;
    while (f.next()) {
      if (f.name.equals(RuleWire.NAME)) {
        name = text(f.at);
      } else {
        expect(Token.START_ARRAY, f.at, "a list of checks");
        int i = 0;
        while (next() != Token.END_ARRAY) {
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
    f.required(RuleWire.NAME, RuleWire.CHECKS);
    if (!complete || name == null) {
      return null;
    }
    String criterionName = name;
    return build(at, () -> RuleCriterion.of(criterionName, checks));
  }

  private @Nullable RuleCheck check(String at) {
    Fields f = new Fields(at, RuleWire.CONDITION, RuleWire.VERDICT, RuleWire.REASON, RuleWire.MESSAGE, RuleWire.QUESTIONS,
        RuleWire.UNKNOWN_REASON, RuleWire.UNKNOWN_MESSAGE);
    RuleCheck.Builder check = RuleCheck.builder();
    boolean complete = true;
    while (f.next()) {
      switch (f.name) {
        case RuleWire.CONDITION:
          Condition condition = condition(f.at, 1);
          if (condition == null) {
            complete = false;
          } else {
            check.condition(condition);
          }
          break;
        case RuleWire.VERDICT:
          String verdict = text(f.at);
          if (verdict.equals(Verdict.NOT_YET.name()) || verdict.equals(Verdict.DISQUALIFIED.name())) {
            check.verdict(Verdict.valueOf(verdict));
          } else {
            throw stop(JsonErrorCode.INVALID_VALUE, f.at, CODES);
          }
          break;
        case RuleWire.REASON:
          check.reason(text(f.at));
          break;
        case RuleWire.MESSAGE:
          check.message(texts(f.at));
          break;
        case RuleWire.QUESTIONS:
          check.questions(questions(f.at));
          break;
        case RuleWire.UNKNOWN_REASON:
          check.unknownReason(text(f.at));
          break;
        default:
          check.unknownMessage(texts(f.at));
      }
    }
    f.required(RuleWire.CONDITION, RuleWire.VERDICT, RuleWire.REASON, RuleWire.MESSAGE);
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
    expect(Token.START_OBJECT, at, "a condition: an object with one operator");
    if (depth > RuleLimits.MAX_DEPTH) {
      throw stop(JsonErrorCode.LIMIT_EXCEEDED, at, "conditions nested at most " + RuleLimits.MAX_DEPTH + " deep");
    }
    if (next() != Token.NAME) {
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
    if (next() != Token.END_OBJECT) {
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
        expect(Token.START_ARRAY, at, "a list of conditions");
        List<Condition> operands = new ArrayList<>();
        boolean complete = true;
        int i = 0;
        while (next() != Token.END_ARRAY) {
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
    List<String> names = new ArrayList<>(List.of(RuleWire.PATH));
    switch (kind) {
      case EQUALS:
        names.addAll(List.of(RuleWire.VALUE, RuleWire.IGNORE_CASE));
        break;
      case ONE_OF:
        names.addAll(List.of(RuleWire.VALUES, RuleWire.IGNORE_CASE));
        break;
      case COMPARE:
      case COUNT:
        names.addAll(List.of(RuleWire.OP, RuleWire.VALUE));
        break;
      case COMPARE_MONEY:
        names.addAll(List.of(RuleWire.OP, RuleWire.AMOUNT, RuleWire.CURRENCY));
        break;
      case COMPARE_DATE:
        names.addAll(List.of(RuleWire.OP, RuleWire.OFFSET));
        break;
      case WITHIN:
        names.addAll(List.of(RuleWire.PERIOD, RuleWire.DIRECTION));
        break;
      default:
        names.add(RuleWire.CONDITION);
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
        case RuleWire.PATH:
          path = text(f.at);
          break;
        case RuleWire.VALUE:
          if (kind == Kind.EQUALS) {
            if (p.current() == Token.TRUE || p.current() == Token.FALSE) {
              flag = p.current() == Token.TRUE;
            } else {
              text = text(f.at, "a text, an enum name or a boolean");
            }
          } else if (kind == Kind.COUNT) {
            number = integer(f.at);
          } else {
            number = decimal(f.at);
          }
          break;
        case RuleWire.VALUES:
          expect(Token.START_ARRAY, f.at, "a list of texts or enum names");
          int i = 0;
          while (next() != Token.END_ARRAY) {
            count(i, f.at);
            values.add(text(f.at + "/" + i++));
          }
          break;
        case RuleWire.IGNORE_CASE:
          ignoreCase = bool(f.at);
          break;
        case RuleWire.OP:
          comparison = constant(Comparison.values(), text(f.at), f.at);
          break;
        case RuleWire.AMOUNT:
          amount = decimal(f.at);
          amountAt = f.at;
          break;
        case RuleWire.CURRENCY:
          currency = text(f.at);
          break;
        case RuleWire.OFFSET:
        case RuleWire.PERIOD:
          period = period(f.at);
          break;
        case RuleWire.DIRECTION:
          direction = constant(Direction.values(), text(f.at), f.at);
          break;
        default:
          operand = condition(f.at, depth + 1);
          complete &= operand != null;
      }
    }
    f.required(names.stream().filter(n -> !n.equals(RuleWire.IGNORE_CASE) && !n.equals(RuleWire.OFFSET)).toArray(String[]::new));
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
          throw stop(JsonErrorCode.INVALID_VALUE, at + "/" + RuleWire.VALUE, "an integer from 0 to " + Integer.MAX_VALUE);
        }
        return shape(at, () -> Condition.count(p0, c2, n2.intValueExact()));
      case COMPARE_MONEY:
        Money money;
        try {
          money = Money.of(nonNull(amount), nonNull(currency));
        } catch (InvalidValueException e) {
          String where = e.field().endsWith("currency") ? at + "/" + RuleWire.CURRENCY : amountAt;
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
        "/" + Kind.EQUALS.wireName() + "/" + RuleWire.IGNORE_CASE, "no ignoreCase for a boolean")));
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
      expect(Token.START_OBJECT, object, "an object");
      this.object = object;
      this.known = List.of(known);
    }

    boolean next() {
      Token token = RuleDefinitionReader.this.next();
      if (token == Token.END_OBJECT) {
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
      RuleDefinitionReader.this.next();
      if (p.current() == Token.NULL) {
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
      String name = p.text();
      return name == null ? "" : name;
    } catch (IOException e) {
      throw new Stop(fromParser(e), true);
    }
  }

  private void expect(Token token, String at, String what) {
    if (p.current() != token) {
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
    expect(Token.STRING, at, what);
    String s;
    try {
      String value = p.text();
      s = value == null ? "" : value;
    } catch (IOException e) {
      throw new Stop(fromParser(e), true);
    }
    if (s.length() > RuleLimits.MAX_TEXT && s.codePointCount(0, s.length()) > RuleLimits.MAX_TEXT) {
      throw stop(JsonErrorCode.LIMIT_EXCEEDED, at, "at most " + RuleLimits.MAX_TEXT + " code points");
    }
    return s;
  }

  private boolean bool(String at) {
    if (p.current() != Token.TRUE && p.current() != Token.FALSE) {
      throw stop(JsonErrorCode.WRONG_TYPE, at, "expected a boolean");
    }
    return p.current() == Token.TRUE;
  }

  private BigDecimal decimal(String at) {
    if (p.current() != Token.INTEGER && p.current() != Token.DECIMAL) {
      throw stop(JsonErrorCode.WRONG_TYPE, at, "expected a number");
    }
    try {
      return new BigDecimal(p.textChars(), p.textOffset(), p.textLength());
    } catch (IOException | NumberFormatException e) {
      throw stop(JsonErrorCode.INVALID_VALUE, at, "a number");
    }
  }

  private BigDecimal integer(String at) {
    if (p.current() != Token.INTEGER) {
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
      expect(Token.START_ARRAY, listAt, "a list of questions");
      List<String> list = new ArrayList<>();
      int i = 0;
      while (next() != Token.END_ARRAY) {
        count(i, listAt);
        list.add(text(listAt + "/" + i++));
      }
      out.put(language, list);
    });
    return out;
  }

  private void languages(String at, java.util.function.Consumer<String> value) {
    expect(Token.START_OBJECT, at, "an object of texts by language");
    Set<String> seen = new HashSet<>();
    while (next() != Token.END_OBJECT) {
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
