package io.github.fourfold.json.internal;

import static io.github.fourfold.json.JsonErrorCode.DUPLICATE_PROPERTY;
import static io.github.fourfold.json.JsonErrorCode.INVALID_VALUE;
import static io.github.fourfold.json.JsonErrorCode.LIMIT_EXCEEDED;
import static io.github.fourfold.json.JsonErrorCode.MALFORMED_JSON;
import static io.github.fourfold.json.JsonErrorCode.MISSING_REQUIRED;
import static io.github.fourfold.json.JsonErrorCode.UNKNOWN_PROPERTY;
import static io.github.fourfold.json.JsonErrorCode.WRONG_TYPE;

import io.github.fourfold.InvalidValueException;
import io.github.fourfold.json.JsonErrorCode;
import io.github.fourfold.json.JsonReadOptions;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The streaming reader of the JSON format: walks a {@link TokenSource} token by token, checks every
 * rule of the format itself (no Jackson coercion, duplicate names, limits, exact enum spellings),
 * and builds a model value only when the whole value is valid. What to read comes from the
 * format's description ({@link Format}): one loop reads every object type, looking each name up
 * in the type's table and handing the source to that property's value type, as jackson-jr's
 * {@code BeanReader} does.
 *
 * <p>Error precedence is the format's: malformed JSON and exceeded limits are thrown at once and
 * win; any other error is recorded (the first in document order, a missing required property being
 * found at the end of its object) while the reader keeps walking to the end of the value, so that a
 * later malformed token or limit still wins. One instance reads one value; not thread-safe.
 */
public final class FormatReader {
  /** The outcome of reading one value: the value, or the first error found in it. */
  public static final class Outcome<T> {
    private final @Nullable T value;
    private final @Nullable FormatError failure;
    private final @Nullable String leadId;

    Outcome(@Nullable T value, @Nullable FormatError failure, @Nullable String leadId) {
      this.value = value;
      this.failure = failure;
      this.leadId = leadId;
    }

    /** The value; null when there is an error, or when the input was JSON {@code null}. */
    public @Nullable T value() {
      return value;
    }

    /** The error, or null when the value was read. */
    public @Nullable FormatError error() {
      FormatError f = failure;
      return f == null ? null : new FormatError(f.code(), f.pointer(), f.detail(), leadId);
    }

    /** The lead's id when one was read, for error reports. */
    public @Nullable String leadId() {
      return leadId;
    }
  }

  private static final int MAX_ID_LENGTH = 200;
  private static final String SYMBOL_TABLE_LIMIT =
      "expected property names whose hash codes collide less (the parser's guard against hash"
          + " flooding)";

  private TokenSource p = ReaderPool.NO_SOURCE;
  private JsonReadOptions settings = JsonReadOptions.ofDefaults();
  /**
   * Whether the reader bounds the value's size itself. A caller that has already bounded the
   * whole input turns this off: asking the parser for each token's location allocates, and costs
   * about a fifth of a read.
   */
  private boolean boundSize;
  /**
   * Whether strings and names may hold an unpaired surrogate, which the reader then looks for in
   * each. A caller whose input is well-formed UTF-8 without a backslash (so without escapes)
   * turns this off.
   */
  private boolean surrogatesPossible;
  private final Path path = new Path();
  /** One {@link Fields} per depth, reused: only one object per depth is read at a time. */
  private Fields[] fieldsByDepth = new Fields[8];
  /** Nesting depth of the current token, relative to the value read (its container is 1). */
  private int depth;
  /** Offset (bytes or chars, as the parser counts) of the value's first token; -1 if unknown. */
  private long start = -1;
  /** The root object's START_OBJECT was consumed before this reader got the parser. */
  private boolean resume;
  /** The next object() call reads the root value, where null is not an object but an error. */
  private boolean root = true;
  private String name = "";
  private String text = "";
  private @Nullable FormatError failure;
  private @Nullable String leadId;

  /** A reader for {@link ReaderPool}, which starts it for each value. */
  FormatReader() {}

  /** Prepares this reader for one value. */
  private void start(
      TokenSource source, JsonReadOptions settings, boolean boundSize, boolean surrogatesPossible) {
    this.p = source;
    this.settings = settings;
    this.boundSize = boundSize;
    this.surrogatesPossible = surrogatesPossible;
    depth = 0;
    start = -1;
    resume = false;
    root = true;
  }

  /**
   * Forgets the value read, so that a pooled reader holds neither the parser nor any text of the
   * input between reads.
   *
   * @return whether the reader is small enough to keep: its tables grow with the deepest value it
   *     has read, which hostile input can make large
   */
  boolean clear() {
    p = ReaderPool.NO_SOURCE;
    path.clear();
    name = "";
    text = "";
    failure = null;
    leadId = null;
    for (Fields fields : fieldsByDepth) {
      if (fields != null) {
        fields.reset(Names.NONE, false);
        fields.slots.clear();
      }
    }
    return fieldsByDepth.length <= ReaderPool.MAX_KEPT_DEPTH;
  }

  /**
   * Reads one value: from the source's current token, or from its next one when it has none yet.
   * Leaves the source on the value's last token.
   *
   * @param source the tokens
   * @param settings strictness and limits
   * @param type what to read
   * @param boundSize false when the caller has checked that the whole input is within {@link
   *     JsonReadOptions#maxDocumentBytes()}, so the value cannot exceed it
   * @param surrogatesPossible false when the input is well-formed UTF-8 without a backslash, so
   *     that no string in it can hold an unpaired surrogate
   * @return the value or the first error
   * @throws FormatError for malformed JSON or an exceeded limit, which win over any other error
   * @throws IOException when reading the underlying input fails
   */
  public static <T> Outcome<T> read(
      TokenSource source,
      JsonReadOptions settings,
      ValueType<T> type,
      boolean boundSize,
      boolean surrogatesPossible)
      throws IOException {
    FormatReader reader = ReaderPool.take();
    try {
      reader.start(source, settings, boundSize, surrogatesPossible);
      reader.begin();
      T value = type.read(reader);
      return new Outcome<>(reader.failure == null ? value : null, reader.failure, reader.leadId);
    } finally {
      ReaderPool.give(reader);
    }
  }

  /**
   * Reads the next token after a value and fails unless the input ends there.
   *
   * @param source the tokens, on the value's last token
   * @param leadId the id of the lead read, for the error
   * @throws FormatError with {@link JsonErrorCode#MALFORMED_JSON} when anything follows
   * @throws IOException when reading the underlying input fails
   */
  public static void expectEnd(TokenSource source, @Nullable String leadId) throws IOException {
    Token next;
    try {
      next = source.next();
    } catch (ParserFailure e) {
      throw malformed("expected nothing after the value, but found malformed content", leadId);
    }
    if (next != null) {
      throw malformed("expected nothing after the value, but found more content", leadId);
    }
  }

  /**
   * A malformed-JSON error for input that never reached the parser (bytes that are not UTF-8,
   * or no input at all).
   *
   * @param detail what was expected
   * @param leadId the lead's id, or null
   * @return the error
   */
  public static FormatError malformed(String detail, @Nullable String leadId) {
    return new FormatError(MALFORMED_JSON, null, detail, leadId);
  }

  // ---------------------------------------------------------------- tokens and limits

  private void begin() throws IOException {
    Token t = p.current();
    if (t == null) {
      t = advance();
      if (t == null) {
        throw malformed("expected a JSON value, but the input is empty", null);
      }
      return;
    }
    if (t == Token.NAME || t == Token.END_OBJECT) {
      depth = 1;
      resume = true;
      if (t == Token.END_OBJECT) {
        return;
      }
    }
    check(t);
  }

  /** The next token, checked against the limits; null only at the end of the input. */
  private @Nullable Token advance() throws IOException {
    Token before = p.current();
    Token t;
    try {
      t = p.next();
    } catch (ParserFailure e) {
      throw fromParser(e, before);
    }
    if (t != null) {
      check(t);
    } else if (depth > 0) {
      throw malformed("expected the rest of the value, but the input ends early", leadId);
    }
    return t;
  }

  /** Advances within a value, where the input cannot end. */
  private Token next() throws IOException {
    Token t = advance();
    if (t == null) {
      throw malformed("expected the rest of the value, but the input ends early", leadId);
    }
    return t;
  }

  private void check(Token t) throws IOException {
    if (boundSize) {
      checkSize();
    }
    switch (t) {
      case START_OBJECT:
      case START_ARRAY:
        depth++;
        if (depth > settings.maxNestingDepth()) {
          throw limit(path.pointer(), depthLimit());
        }
        break;
      case END_OBJECT:
      case END_ARRAY:
        depth--;
        break;
      case NAME:
        name = parserText();
        if (Values.longerThan(name, settings.maxNameLength())) {
          throw limit(path.pointer(), nameLimit());
        }
        if (surrogatesPossible && Values.hasUnpairedSurrogate(name)) {
          throw malformed("expected well-formed text, but a property name has an unpaired"
              + " surrogate", leadId);
        }
        break;
      case STRING:
        text = parserText();
        if (Values.longerThan(text, settings.maxStringLength())) {
          throw limit(path.pointer(), stringLimit());
        }
        if (surrogatesPossible && Values.hasUnpairedSurrogate(text)) {
          throw malformed("expected well-formed text, but a string has an unpaired surrogate",
              leadId);
        }
        break;
      case INTEGER:
      case DECIMAL:
        // Numbers are read from the parser's own chars, so they need no String.
        if (numberLength() > settings.maxNumberLength()) {
          throw limit(path.pointer(), numberLimit());
        }
        break;
      default:
        break;
    }
  }

  private String parserText() throws IOException {
    try {
      String value = p.text();
      return value == null ? "" : value;
    } catch (ParserFailure e) {
      throw fromParser(e, p.current());
    }
  }

  private int numberLength() throws IOException {
    try {
      return p.textLength();
    } catch (ParserFailure e) {
      throw fromParser(e, p.current());
    }
  }

  private void checkSize() throws FormatError {
    long offset = p.tokenOffset();
    if (offset < 0) {
      return;
    }
    if (start < 0) {
      start = offset;
    } else if (offset - start + 1 > settings.maxDocumentBytes()) {
      throw limit(null, "expected a value of at most " + settings.maxDocumentBytes()
          + " bytes");
    }
  }

  /**
   * Maps a problem of the parser. {@code before} is the token the parser was on before the
   * failing call: Jackson parses a number right after its property name, in the same call that
   * returns the name, so a number that breaks one of Jackson's limits there belongs to that name.
   */
  private FormatError fromParser(ParserFailure e, @Nullable Token before) {
    String pointer = path.pointer();
    String eagerName = eagerName();
    if (before != Token.NAME && p.current() == Token.NAME && eagerName != null) {
      pointer = path.pointer(eagerName);
    }
    switch (e.kind()) {
      // Jackson's own limits are back-stops (see FourfoldJson); report them like the reader's.
      case DOCUMENT_LENGTH:
        return limit(null, "expected a document within the parser's length limit");
      case NESTING_DEPTH:
        return limit(pointer, depthLimit());
      case STRING_LENGTH:
        return limit(pointer, stringLimit());
      case NAME_LENGTH:
        return limit(path.pointer(), nameLimit());
      case NUMBER_LENGTH:
        return limit(pointer, numberLimit());
      case SYMBOL_TABLE:
        // The hash-flooding guard of the parser's table of canonical names: too many names
        // whose hashes collide. The pointer is the object's: the name is not pushed yet.
        return limit(path.pointer(), SYMBOL_TABLE_LIMIT);
      case OTHER_LIMIT:
        return limit(pointer, "expected a value within the parser's limits");
      case DUPLICATE:
        // The caller's parser has strict duplicate detection on and found it first.
        FormatError f = failure;
        return f != null
            ? new FormatError(f.code(), f.pointer(), f.detail(), leadId)
            : new FormatError(DUPLICATE_PROPERTY, path.pointer(),
                "expected each property name at most once in an object", leadId);
      default:
        return malformed("expected well-formed JSON in UTF-8" + e.where(), leadId);
    }
  }

  private @Nullable String eagerName() {
    try {
      return p.current() == Token.NAME ? p.text() : null;
    } catch (IOException e) {
      return null;
    }
  }

  private String depthLimit() {
    return "expected objects and arrays nested at most " + settings.maxNestingDepth() + " deep";
  }

  private String stringLimit() {
    return "expected a string of at most " + settings.maxStringLength() + " code points";
  }

  private String nameLimit() {
    return "expected a property name of at most " + settings.maxNameLength() + " code points";
  }

  private String numberLimit() {
    return "expected a number of at most " + settings.maxNumberLength() + " characters";
  }

  private FormatError limit(@Nullable String pointer, String detail) {
    return new FormatError(LIMIT_EXCEEDED, pointer, detail, leadId);
  }

  /** Walks past the current value (checking limits, well-formedness and duplicate names). */
  private void skipValue() throws IOException {
    Token t = p.current();
    if (t == Token.START_OBJECT) {
      Fields seen = pooledFields().reset(Names.NONE, false);
      while (next() == Token.NAME) {
        String property = name;
        path.push(property);
        next();
        if (!seen.firstTime(-1, property)) {
          duplicate();
        }
        skipValue();
        path.pop();
      }
    } else if (t == Token.START_ARRAY) {
      for (int i = 0; ; i++) {
        path.push(i);
        if (next() == Token.END_ARRAY) {
          path.pop();
          return;
        }
        skipValue();
        path.pop();
      }
    }
  }

  // ---------------------------------------------------------------- errors

  private void fail(JsonErrorCode code, String pointer, String detail) {
    if (failure == null) {
      failure = new FormatError(code, pointer, detail, null);
    }
  }

  // Only the first error is reported, so the helpers below build no pointer or text after it.

  private void wrongType(String expected) throws IOException {
    if (failure == null) {
      fail(WRONG_TYPE, path.pointer(), "expected " + expected);
    }
    skipValue();
  }

  private void invalid(String expected) {
    if (failure == null) {
      fail(INVALID_VALUE, path.pointer(), "expected " + expected);
    }
  }

  /** An invalid value of a property of the object being read (a rule across properties). */
  void invalid(Property<?, ?> property, String expected) {
    if (failure == null) {
      fail(INVALID_VALUE, path.pointer(property.name()), "expected " + expected);
    }
  }

  /** A required property of the object being read that is absent or null. */
  void missing(Property<?, ?> property) {
    if (failure == null) {
      fail(MISSING_REQUIRED, path.pointer(property.name()),
          "expected a value for this required property");
    }
  }

  private void duplicate() {
    if (failure == null) {
      fail(DUPLICATE_PROPERTY, path.pointer(),
          "expected each property name at most once in an object");
    }
  }

  private void unknown() throws IOException {
    if (settings.strict() && failure == null) {
      fail(UNKNOWN_PROPERTY, path.pointer(),
          "expected only properties that the format defines (strict mode)");
    }
    skipValue();
  }

  /** A core constraint that the reader did not check itself: maps the field to a pointer. */
  private void rejected(InvalidValueException e) {
    String field = e.field();
    int dot = field.lastIndexOf('.');
    String pointer = dot < 0 ? path.pointer() : path.pointer(field.substring(dot + 1));
    fail(INVALID_VALUE, pointer, "expected " + e.expected());
  }

  // ---------------------------------------------------------------- structure

  /**
   * The properties of the object at the current token, each positioned on its value; reports a
   * name that the object has already had. Names the type defines are remembered as bits, others
   * in a set that is only made for an object with a second such name.
   */
  private final class Fields {
    private Names known = Names.NONE;
    /** Bit i is set once the object has had the name with index i in {@link #known}. */
    private long seenKnown;
    private @Nullable String firstOther;
    private @Nullable Set<String> others;
    private boolean pending;
    private boolean pushed;
    private String current = "";
    private int index = -1;
    /** The values read, by property index. */
    final Slots slots = new Slots();

    Fields reset(Names known, boolean pending) {
      this.known = known;
      this.pending = pending;
      seenKnown = 0;
      firstOther = null;
      // Not cleared for reuse: clearing a set that once grew large costs its whole capacity.
      others = null;
      pushed = false;
      current = "";
      index = -1;
      return this;
    }

    /** Moves to the next property's value; false at the end of the object. */
    boolean next() throws IOException {
      if (pushed) {
        path.pop();
        pushed = false;
      }
      while (true) {
        Token t = pending ? p.current() : FormatReader.this.next();
        pending = false;
        if (t != Token.NAME) {
          if (t != Token.END_OBJECT) {
            throw malformed("expected a property name or the end of the object", leadId);
          }
          return false;
        }
        index = known.indexOf(name);
        current = index < 0 ? name : known.name(index);
        path.push(current);
        FormatReader.this.next();
        if (firstTime(index, current)) {
          pushed = true;
          return true;
        }
        duplicate();
        skipValue();
        path.pop();
      }
    }

    /**
     * Records a name (unescaped, as the parser gives it); false when the object had it already.
     *
     * @param index the name's index in the known names, or -1 when the type does not define it
     */
    boolean firstTime(int index, String property) {
      if (index >= 0) {
        long bit = 1L << index;
        boolean first = (seenKnown & bit) == 0;
        seenKnown |= bit;
        return first;
      }
      if (failure != null) {
        // Only the first error is reported; a later duplicate cannot change the outcome.
        return true;
      }
      String firstName = firstOther;
      if (firstName == null) {
        firstOther = property;
        return true;
      }
      Set<String> set = others;
      if (set == null) {
        set = new HashSet<>();
        set.add(firstName);
        others = set;
      }
      return set.add(property);
    }

    String name() {
      return current;
    }

    /** The current property's index in the type's names, or -1 when the type does not define it. */
    int index() {
      return index;
    }
  }

  private Fields fields(Names known) {
    Fields fields = pooledFields().reset(known, resume);
    resume = false;
    return fields;
  }

  /** The fields of the object at the current depth; the caller resets them. */
  private Fields pooledFields() {
    if (depth >= fieldsByDepth.length) {
      fieldsByDepth = Arrays.copyOf(fieldsByDepth, Math.max(depth + 1, fieldsByDepth.length * 2));
    }
    Fields fields = fieldsByDepth[depth];
    if (fields == null) {
      fields = new Fields();
      fieldsByDepth[depth] = fields;
    }
    return fields;
  }

  /** Reads an object of a described type: the one loop for every type of the format. */
  <T> @Nullable T object(ObjectType<T> type) throws IOException {
    boolean atRoot = root;
    root = false;
    Token t = p.current();
    if (!(t == Token.START_OBJECT || (resume && atRoot))) {
      if (t != Token.NULL || atRoot) {
        wrongType("an object");
      }
      return null;
    }
    Fields fields = fields(type.names());
    Slots slots = fields.slots;
    slots.fit(type.size());
    try {
      while (fields.next()) {
        int index = fields.index();
        if (index < 0) {
          unknown();
          continue;
        }
        Property<T, ?> property = type.property(index);
        Object value = property.type().read(this);
        slots.put(index, value);
        if (value instanceof String id && property.isLeadId() && leadId == null) {
          leadId = id;
        }
      }
      boolean complete = true;
      // Indexed, not for-each: an iterator per object would be most of a lead's allocation growth.
      for (int i = 0; i < type.size(); i++) {
        Property<T, ?> property = type.property(i);
        if (property.required() && slots.at(i) == null) {
          missing(property);
          complete = false;
        }
      }
      ObjectType.Rule rule = type.rule();
      if (rule != null && complete) {
        rule.check(slots, this);
      }
      if (!complete || failure != null) {
        return null;
      }
      try {
        return type.build(slots);
      } catch (InvalidValueException e) {
        rejected(e);
        return null;
      }
    } finally {
      slots.clear();
    }
  }

  /** Reads a list; {@code element} reads each element from its first token. */
  <T> @Nullable List<T> list(ValueType<T> element) throws IOException {
    Token t = p.current();
    if (t == Token.NULL) {
      return null;
    }
    if (t != Token.START_ARRAY) {
      wrongType("an array");
      return null;
    }
    List<T> values = new ArrayList<>();
    for (int i = 0; ; i++) {
      path.push(i);
      Token e = next();
      if (e == Token.END_ARRAY) {
        path.pop();
        return values;
      }
      if (e == Token.NULL) {
        invalid("a list element, not null");
      } else {
        T value = element.read(this);
        if (value != null) {
          values.add(value);
        }
      }
      path.pop();
    }
  }

  @Nullable Map<String, String> attributes() throws IOException {
    Token t = p.current();
    if (t == Token.NULL) {
      return null;
    }
    if (t != Token.START_OBJECT) {
      wrongType("an object whose values are strings");
      return null;
    }
    Map<String, String> values = new LinkedHashMap<>();
    Fields fields = fields(Names.NONE);
    while (fields.next()) {
      Token value = p.current();
      if (value == Token.STRING) {
        values.put(fields.name(), text);
      } else if (value != Token.NULL) {
        wrongType("a string");
      }
    }
    return values;
  }

  // ---------------------------------------------------------------- scalars

  /** The current string, or null after recording WRONG_TYPE (or for null). */
  private @Nullable String string(String wrongTypeExpected) throws IOException {
    Token t = p.current();
    if (t == Token.NULL) {
      return null;
    }
    if (t != Token.STRING) {
      wrongType(wrongTypeExpected);
      return null;
    }
    return text;
  }

  @Nullable String text() throws IOException {
    return string("a string");
  }

  @Nullable String nonBlank() throws IOException {
    String value = string("a string");
    if (value != null && Values.isBlank(value)) {
      invalid("non-blank text");
      return null;
    }
    return value;
  }

  @Nullable String id() throws IOException {
    String value = string("a string");
    if (value != null && (Values.isBlank(value) || Values.longerThan(value, MAX_ID_LENGTH))) {
      invalid("non-blank text of at most " + MAX_ID_LENGTH + " code points");
      return null;
    }
    return value;
  }

  @Nullable String code() throws IOException {
    String value = string("a string code");
    if (value != null && !Values.isWireCode(value)) {
      invalid("a code of upper-case letters, digits and underscores, starting with a"
          + " letter, at most 100 characters");
      return null;
    }
    return value;
  }

  @Nullable Integer integer(int min, int max) throws IOException {
    Token t = p.current();
    if (t == Token.NULL) {
      return null;
    }
    if (t != Token.INTEGER) {
      wrongType(range(min, max) + ", written without fraction or exponent");
      return null;
    }
    long value = integerValue(p.textChars(), p.textOffset(), p.textLength());
    if (value < min || value > max) {
      invalid(range(min, max));
      return null;
    }
    return (int) value;
  }

  private static String range(int min, int max) {
    return "an integer from " + min + " to " + max;
  }

  /** The value of an integer literal, or Long.MIN_VALUE when it is out of the int range. */
  private static long integerValue(char[] chars, int offset, int length) {
    int i = offset;
    int end = offset + length;
    boolean negative = false;
    if (i < end && (chars[i] == '-' || chars[i] == '+')) {
      negative = chars[i] == '-';
      i++;
    }
    while (i < end - 1 && chars[i] == '0') {
      i++;
    }
    if (i >= end || end - i > 10) {
      return Long.MIN_VALUE;
    }
    long value = 0;
    for (; i < end; i++) {
      char c = chars[i];
      if (c < '0' || c > '9') {
        return Long.MIN_VALUE;
      }
      value = value * 10 + (c - '0');
    }
    return negative ? -value : value;
  }

  @Nullable BigDecimal decimal() throws IOException {
    Token t = p.current();
    if (t == Token.NULL) {
      return null;
    }
    if (t != Token.INTEGER && t != Token.DECIMAL) {
      wrongType("a number greater than or equal to 0");
      return null;
    }
    BigDecimal value;
    try {
      value = new BigDecimal(p.textChars(), p.textOffset(), p.textLength());
    } catch (NumberFormatException e) {
      invalid("a number whose exponent Java's BigDecimal can hold");
      return null;
    }
    if (value.signum() < 0) {
      invalid("a number greater than or equal to 0");
      return null;
    }
    return value;
  }

  @Nullable Boolean bool() throws IOException {
    Token t = p.current();
    if (t == Token.TRUE) {
      return Boolean.TRUE;
    }
    if (t == Token.FALSE) {
      return Boolean.FALSE;
    }
    if (t != Token.NULL) {
      wrongType("true or false");
    }
    return null;
  }

  /** Reads an enum value, matched exactly against the allowed names (listed in {@code names}). */
  <E extends Enum<E>> @Nullable E enumValue(E[] allowed, String names) throws IOException {
    Token t = p.current();
    if (t == Token.NULL) {
      return null;
    }
    if (t != Token.STRING) {
      wrongType("a string, one of " + names);
      return null;
    }
    for (E value : allowed) {
      if (value.name().equals(text)) {
        return value;
      }
    }
    invalid("one of " + names);
    return null;
  }

  /** The names of enum values, comma-separated, for error details. */
  static String names(Enum<?>[] values) {
    StringBuilder out = new StringBuilder();
    for (Enum<?> value : values) {
      if (out.length() > 0) {
        out.append(", ");
      }
      out.append(value.name());
    }
    return out.toString();
  }

  @Nullable LocalDate date() throws IOException {
    Token t = p.current();
    if (t == Token.NULL) {
      return null;
    }
    if (t != Token.STRING) {
      wrongType("a date string YYYY-MM-DD");
      return null;
    }
    LocalDate value = Values.parseDate(text);
    if (value == null) {
      invalid("a real calendar date written YYYY-MM-DD, in the years 0001 to 9999");
    }
    return value;
  }

  @Nullable String currency() throws IOException {
    String value = text();
    if (value != null && !Values.isCurrency(value)) {
      invalid("an ISO 4217 currency code: three upper-case letters that java.util.Currency"
          + " knows");
      return null;
    }
    return value;
  }

  @Nullable String country() throws IOException {
    String value = text();
    if (value != null && !Values.isCountry(value)) {
      invalid("an ISO 3166-1 alpha-2 country code (two upper-case letters), or XK");
      return null;
    }
    return value;
  }
}
