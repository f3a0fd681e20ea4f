package io.github.fourfold.jackson.internal;

import static io.github.fourfold.jackson.JsonErrorCode.DUPLICATE_PROPERTY;
import static io.github.fourfold.jackson.JsonErrorCode.INVALID_VALUE;
import static io.github.fourfold.jackson.JsonErrorCode.LIMIT_EXCEEDED;
import static io.github.fourfold.jackson.JsonErrorCode.MALFORMED_JSON;
import static io.github.fourfold.jackson.JsonErrorCode.MISSING_REQUIRED;
import static io.github.fourfold.jackson.JsonErrorCode.UNKNOWN_PROPERTY;
import static io.github.fourfold.jackson.JsonErrorCode.WRONG_TYPE;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import io.github.fourfold.CriterionFinding;
import io.github.fourfold.InvalidValueException;
import io.github.fourfold.QualificationResult;
import io.github.fourfold.Verdict;
import io.github.fourfold.Warning;
import io.github.fourfold.jackson.FourfoldJsonException;
import io.github.fourfold.jackson.JsonErrorCode;
import io.github.fourfold.model.Basis;
import io.github.fourfold.model.Company;
import io.github.fourfold.model.Contact;
import io.github.fourfold.model.Cost;
import io.github.fourfold.model.DecisionProcess;
import io.github.fourfold.model.Frequency;
import io.github.fourfold.model.InstalledBaseItem;
import io.github.fourfold.model.Lead;
import io.github.fourfold.model.Money;
import io.github.fourfold.model.Per;
import io.github.fourfold.model.Problem;
import io.github.fourfold.model.ProblemCategory;
import io.github.fourfold.model.Role;
import io.github.fourfold.model.Situation;
import io.github.fourfold.model.Stakeholder;
import io.github.fourfold.model.StakeholderGroup;
import io.github.fourfold.model.TimeLost;
import io.github.fourfold.model.TriggerCause;
import io.github.fourfold.model.TriggerKind;
import io.github.fourfold.model.UrgencyTrigger;
import io.github.fourfold.model.Visibility;
import java.io.CharConversionException;
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
 * The streaming reader of the JSON format: walks a {@link JsonParser} token by token, checks every
 * rule of the format itself (no Jackson coercion, duplicate names, limits, exact enum spellings),
 * and builds a model value only when the whole value is valid.
 *
 * <p>Error precedence is the format's: malformed JSON and exceeded limits are thrown at once and
 * win; any other error is recorded (the first in document order, a missing required property being
 * found at the end of its object) while the reader keeps walking to the end of the value, so that a
 * later malformed token or limit still wins. One instance reads one value; not thread-safe.
 */
public final class FormatReader {
  /** Reads one value of a type, starting at the parser's current token. */
  @FunctionalInterface
  public interface Kind<T> {
    /**
     * Reads the value at the current token, leaving the parser on its last token.
     *
     * @param reader the reader
     * @return the value, or null when it is absent or invalid (then an error is recorded)
     * @throws IOException on malformed input, an exceeded limit, or an I/O error
     */
    @Nullable T read(FormatReader reader) throws IOException;
  }

  /**
   * Reads an object's properties; the current token is its START_OBJECT (or first name). Bodies
   * take the reader as a parameter so that they are constants, not a lambda allocated per object.
   */
  @FunctionalInterface
  private interface Body<T> {
    @Nullable T read(FormatReader reader) throws IOException;
  }

  /** The outcome of reading one value: the value, or the first error found in it. */
  public static final class Outcome<T> {
    private final @Nullable T value;
    private final @Nullable Failure failure;
    private final @Nullable String leadId;

    Outcome(@Nullable T value, @Nullable Failure failure, @Nullable String leadId) {
      this.value = value;
      this.failure = failure;
      this.leadId = leadId;
    }

    /** The value; null when there is an error, or when the input was JSON {@code null}. */
    public @Nullable T value() {
      return value;
    }

    /** The error, or null when the value was read. */
    public @Nullable FourfoldJsonException error() {
      return failure == null ? null : failure.toException(leadId);
    }

    /** The lead's id when one was read, for error reports. */
    public @Nullable String leadId() {
      return leadId;
    }
  }

  private enum Text {
    FREE,
    NON_BLANK,
    ID,
    CODE
  }

  private static final int MAX_ID_LENGTH = 200;
  private static final String SYMBOL_TABLE_LIMIT =
      "expected property names whose hash codes collide less (the parser's guard against hash"
          + " flooding)";
  private static final Per[] PERIODS = {Per.DAY, Per.WEEK, Per.MONTH, Per.QUARTER, Per.YEAR};
  // values() copies its array on every call.
  private static final Per[] PERS = Per.values();
  private static final Basis[] BASES = Basis.values();
  private static final Visibility[] VISIBILITIES = Visibility.values();
  private static final ProblemCategory[] CATEGORIES = ProblemCategory.values();
  private static final TriggerKind[] TRIGGER_KINDS = TriggerKind.values();
  private static final TriggerCause[] TRIGGER_CAUSES = TriggerCause.values();
  private static final StakeholderGroup[] GROUPS = StakeholderGroup.values();
  private static final Role[] ROLES = Role.values();
  private static final Verdict[] VERDICTS = Verdict.values();

  // The names each type defines; every read method switches on exactly these.
  private static final Names LEAD_NAMES =
      Names.of("id", "company", "contact", "context", "source", "demoRequested", "situation",
          "problems", "triggers", "decisionProcess", "attributes");
  private static final Names COMPANY_NAMES = Names.of("name", "industry", "employees", "country");
  private static final Names CONTACT_NAMES = Names.of("name", "title", "email", "phone");
  private static final Names SITUATION_NAMES =
      Names.of("summary", "installedBase", "teamSize", "inPlaceSince");
  private static final Names INSTALLED_BASE_ITEM_NAMES =
      Names.of("name", "supplier", "quantity", "ageYears");
  private static final Names PROBLEM_NAMES =
      Names.of("statement", "visibility", "category", "cost", "frequency", "timeLost",
          "addressable", "basis");
  private static final Names COST_NAMES = Names.of("amount", "currency", "per");
  private static final Names FREQUENCY_NAMES = Names.of("count", "per");
  private static final Names TIME_LOST_NAMES = Names.of("hours", "per");
  private static final Names MONEY_NAMES = Names.of("amount", "currency");
  private static final Names TRIGGER_NAMES =
      Names.of("kind", "cause", "description", "date", "consequence", "basis");
  private static final Names DECISION_PROCESS_NAMES =
      Names.of("stakeholders", "process", "timeline", "decisionBy");
  private static final Names STAKEHOLDER_NAMES =
      Names.of("name", "title", "group", "roles", "approvesAbove", "firstContact", "basis");
  private static final Names RESULT_NAMES =
      Names.of("leadId", "verdict", "asOf", "criteria", "warnings", "revisitOn", "nextQuestions",
          "qualifier");
  private static final Names FINDING_NAMES = Names.of("criterion", "met", "reason", "message");
  private static final Names WARNING_NAMES = Names.of("code", "message");

  private static final Kind<Role> ROLE = r -> r.enumValue(ROLES);
  private static final Kind<String> QUESTION = r -> r.string(Text.NON_BLANK);

  /** Reads a lead. */
  public static final Kind<Lead> LEAD = r -> r.object(FormatReader::lead);
  /** Reads a company. */
  public static final Kind<Company> COMPANY = r -> r.object(FormatReader::company);
  /** Reads a contact. */
  public static final Kind<Contact> CONTACT = r -> r.object(FormatReader::contact);
  /** Reads a situation. */
  public static final Kind<Situation> SITUATION = r -> r.object(FormatReader::situation);
  /** Reads an installed-base item. */
  public static final Kind<InstalledBaseItem> INSTALLED_BASE_ITEM =
      r -> r.object(FormatReader::installedBaseItem);
  /** Reads a problem. */
  public static final Kind<Problem> PROBLEM = r -> r.object(FormatReader::problem);
  /** Reads a cost. */
  public static final Kind<Cost> COST = r -> r.object(FormatReader::cost);
  /** Reads a frequency. */
  public static final Kind<Frequency> FREQUENCY = r -> r.object(FormatReader::frequency);
  /** Reads a time loss. */
  public static final Kind<TimeLost> TIME_LOST = r -> r.object(FormatReader::timeLost);
  /** Reads an amount of money. */
  public static final Kind<Money> MONEY = r -> r.object(FormatReader::money);
  /** Reads an urgency trigger. */
  public static final Kind<UrgencyTrigger> URGENCY_TRIGGER = r -> r.object(FormatReader::trigger);
  /** Reads a decision process. */
  public static final Kind<DecisionProcess> DECISION_PROCESS = r -> r.object(FormatReader::decisionProcess);
  /** Reads a stakeholder. */
  public static final Kind<Stakeholder> STAKEHOLDER = r -> r.object(FormatReader::stakeholder);
  /** Reads a qualification result. */
  public static final Kind<QualificationResult> RESULT = r -> r.object(FormatReader::result);
  /** Reads a criterion finding. */
  public static final Kind<CriterionFinding> FINDING = r -> r.object(FormatReader::finding);
  /** Reads a warning. */
  public static final Kind<Warning> WARNING = r -> r.object(FormatReader::warning);

  private final JsonParser p;
  private final ReadSettings settings;
  /**
   * Whether the reader bounds the value's size itself. A caller that has already bounded the
   * whole input turns this off: asking the parser for each token's location allocates, and costs
   * about a fifth of a read.
   */
  private final boolean boundSize;
  /**
   * Whether strings and names may hold an unpaired surrogate, which the reader then looks for in
   * each. A caller whose input is well-formed UTF-8 without a backslash (so without escapes)
   * turns this off.
   */
  private final boolean surrogatesPossible;
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
  private @Nullable Failure failure;
  private @Nullable String leadId;

  private FormatReader(
      JsonParser p, ReadSettings settings, boolean boundSize, boolean surrogatesPossible) {
    this.p = p;
    this.settings = settings;
    this.boundSize = boundSize;
    this.surrogatesPossible = surrogatesPossible;
  }

  /**
   * Reads one value: from the parser's current token, or from its next one when it has none yet.
   * Leaves the parser on the value's last token.
   *
   * @param parser the parser
   * @param settings strictness and limits
   * @param kind what to read
   * @return the value or the first error
   * @throws FourfoldJsonException for malformed JSON or an exceeded limit, which win over any other
   *     error
   * @throws IOException when reading the underlying input fails
   */
  public static <T> Outcome<T> read(JsonParser parser, ReadSettings settings, Kind<T> kind)
      throws IOException {
    return read(parser, settings, kind, true, true);
  }

  /**
   * Reads one value as {@link #read(JsonParser, ReadSettings, Kind)} does, leaving out checks
   * that the caller has made for the whole input.
   *
   * @param parser the parser
   * @param settings strictness and limits
   * @param kind what to read
   * @param boundSize false when the caller has checked that the whole input is within {@link
   *     ReadSettings#maxDocumentBytes()}, so the value cannot exceed it
   * @param surrogatesPossible false when the input is well-formed UTF-8 without a backslash, so
   *     that no string in it can hold an unpaired surrogate
   * @return the value or the first error
   * @throws FourfoldJsonException for malformed JSON or an exceeded limit
   * @throws IOException when reading the underlying input fails
   */
  public static <T> Outcome<T> read(
      JsonParser parser,
      ReadSettings settings,
      Kind<T> kind,
      boolean boundSize,
      boolean surrogatesPossible)
      throws IOException {
    FormatReader reader = new FormatReader(parser, settings, boundSize, surrogatesPossible);
    reader.begin();
    T value = kind.read(reader);
    return new Outcome<>(reader.failure == null ? value : null, reader.failure, reader.leadId);
  }

  /**
   * Reads the next token after a value and fails unless the input ends there.
   *
   * @param parser the parser, on the value's last token
   * @param leadId the id of the lead read, for the error
   * @throws FourfoldJsonException with {@link JsonErrorCode#MALFORMED_JSON} when anything follows
   * @throws IOException when reading the underlying input fails
   */
  public static void expectEnd(JsonParser parser, @Nullable String leadId) throws IOException {
    JsonToken next;
    try {
      next = parser.nextToken();
    } catch (JsonProcessingException | CharConversionException e) {
      throw malformed("expected nothing after the value, but found malformed content", leadId);
    }
    if (next != null) {
      throw malformed("expected nothing after the value, but found more content", leadId);
    }
  }

  /**
   * A malformed-JSON error for input that never reached the parser (bytes that are not UTF-8,
   * or no input at all).
   */
  public static FourfoldJsonException malformed(String detail, @Nullable String leadId) {
    return new FourfoldJsonException(MALFORMED_JSON, null, detail, leadId);
  }

  // ---------------------------------------------------------------- tokens and limits

  private void begin() throws IOException {
    JsonToken t = p.currentToken();
    if (t == null) {
      t = advance();
      if (t == null) {
        throw malformed("expected a JSON value, but the input is empty", null);
      }
      return;
    }
    if (t == JsonToken.FIELD_NAME || t == JsonToken.END_OBJECT) {
      depth = 1;
      resume = true;
      if (t == JsonToken.END_OBJECT) {
        return;
      }
    }
    check(t);
  }

  /** The next token, checked against the limits; null only at the end of the input. */
  private @Nullable JsonToken advance() throws IOException {
    JsonToken before = p.currentToken();
    JsonToken t;
    try {
      t = p.nextToken();
    } catch (JsonProcessingException | CharConversionException e) {
      throw fromParser(e, before);
    } catch (IllegalStateException e) {
      throw fromSymbolTable(e);
    }
    if (t != null) {
      check(t);
    } else if (depth > 0) {
      throw malformed("expected the rest of the value, but the input ends early", leadId);
    }
    return t;
  }

  /** Advances within a value, where the input cannot end. */
  private JsonToken next() throws IOException {
    JsonToken t = advance();
    if (t == null) {
      throw malformed("expected the rest of the value, but the input ends early", leadId);
    }
    return t;
  }

  private void check(JsonToken t) throws IOException {
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
      case FIELD_NAME:
        name = parserText(true);
        if (Values.longerThan(name, settings.maxNameLength())) {
          throw limit(path.pointer(), nameLimit());
        }
        if (surrogatesPossible && Values.hasUnpairedSurrogate(name)) {
          throw malformed("expected well-formed text, but a property name has an unpaired"
              + " surrogate", leadId);
        }
        break;
      case VALUE_STRING:
        text = parserText(false);
        if (Values.longerThan(text, settings.maxStringLength())) {
          throw limit(path.pointer(), stringLimit());
        }
        if (surrogatesPossible && Values.hasUnpairedSurrogate(text)) {
          throw malformed("expected well-formed text, but a string has an unpaired surrogate",
              leadId);
        }
        break;
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        // Numbers are read from the parser's own chars, so they need no String.
        if (numberLength() > settings.maxNumberLength()) {
          throw limit(path.pointer(), numberLimit());
        }
        break;
      default:
        break;
    }
  }

  private String parserText(boolean isName) throws IOException {
    try {
      String value = isName ? p.currentName() : p.getText();
      return value == null ? "" : value;
    } catch (JsonProcessingException | CharConversionException e) {
      throw fromParser(e, p.currentToken());
    }
  }

  private int numberLength() throws IOException {
    try {
      return p.getTextLength();
    } catch (JsonProcessingException | CharConversionException e) {
      throw fromParser(e, p.currentToken());
    }
  }

  private void checkSize() throws FourfoldJsonException {
    JsonLocation location = p.currentTokenLocation();
    long offset = location.getByteOffset();
    if (offset < 0) {
      offset = location.getCharOffset();
    }
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
   * Maps an exception of the parser. {@code before} is the token the parser was on before the
   * failing call: Jackson parses a number right after its property name, in the same call that
   * returns the name, so a number that breaks one of Jackson's limits there belongs to that name.
   */
  private FourfoldJsonException fromParser(IOException e, @Nullable JsonToken before) {
    if (e instanceof StreamConstraintsException constraint) {
      // Jackson's own limits are back-stops (see FourfoldJson); report them like the reader's.
      String message = String.valueOf(constraint.getOriginalMessage());
      String pointer = path.pointer();
      String eagerName = eagerName();
      if (before != JsonToken.FIELD_NAME
          && p.currentToken() == JsonToken.FIELD_NAME
          && eagerName != null) {
        pointer = path.pointer(eagerName);
      }
      if (message.startsWith("Document length")) {
        return limit(null, "expected a document within the parser's length limit");
      }
      if (message.startsWith("Document nesting depth")) {
        return limit(pointer, depthLimit());
      }
      if (message.startsWith("String value length")) {
        return limit(pointer, stringLimit());
      }
      if (message.startsWith("Name length")) {
        return limit(path.pointer(), nameLimit());
      }
      if (message.startsWith("Number value length")) {
        return limit(pointer, numberLimit());
      }
      if (message.contains("symbol table")) {
        // The hash-flooding guard of the parser's table of canonical names: too many names
        // whose hashes collide. The pointer is the object's: the name is not pushed yet.
        return limit(path.pointer(), SYMBOL_TABLE_LIMIT);
      }
      return limit(pointer, "expected a value within the parser's limits");
    }
    if (e instanceof JsonParseException parse
        && String.valueOf(parse.getOriginalMessage()).startsWith("Duplicate field")) {
      // The caller's parser has STRICT_DUPLICATE_DETECTION on and found it first.
      return failure != null
          ? failure.toException(leadId)
          : new FourfoldJsonException(DUPLICATE_PROPERTY, path.pointer(),
              "expected each property name at most once in an object", leadId);
    }
    String where = "";
    if (e instanceof JsonProcessingException processing) {
      JsonLocation location = processing.getLocation();
      if (location != null && location.getLineNr() > 0) {
        where = " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
      }
    }
    return malformed("expected well-formed JSON in UTF-8" + where, leadId);
  }

  /**
   * Jackson's tables of canonical names throw IllegalStateException where only hostile names get
   * them (their guard did before Jackson 2.16, and their rehashing can after the guard dropped
   * names); from anywhere else it is a bug, and is rethrown.
   */
  private FourfoldJsonException fromSymbolTable(IllegalStateException e) {
    StackTraceElement[] trace = e.getStackTrace();
    if (trace.length == 0
        || !trace[0].getClassName().startsWith("com.fasterxml.jackson.core.sym.")) {
      throw e;
    }
    return limit(path.pointer(), SYMBOL_TABLE_LIMIT);
  }

  private @Nullable String eagerName() {
    try {
      return p.currentName();
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

  private FourfoldJsonException limit(@Nullable String pointer, String detail) {
    return new FourfoldJsonException(LIMIT_EXCEEDED, pointer, detail, leadId);
  }

  /** Walks past the current value (checking limits, well-formedness and duplicate names). */
  private void skipValue() throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.START_OBJECT) {
      Fields seen = pooledFields().reset(Names.NONE, false);
      while (next() == JsonToken.FIELD_NAME) {
        String property = name;
        path.push(property);
        next();
        if (!seen.firstTime(-1, property)) {
          duplicate();
        }
        skipValue();
        path.pop();
      }
    } else if (t == JsonToken.START_ARRAY) {
      for (int i = 0; ; i++) {
        path.push(i);
        if (next() == JsonToken.END_ARRAY) {
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
      failure = new Failure(code, pointer, detail);
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

  private void missing(String property) {
    if (failure == null) {
      fail(MISSING_REQUIRED, path.pointer(property),
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

    Fields reset(Names known, boolean pending) {
      this.known = known;
      this.pending = pending;
      seenKnown = 0;
      firstOther = null;
      // Not cleared for reuse: clearing a set that once grew large costs its whole capacity.
      others = null;
      pushed = false;
      current = "";
      return this;
    }

    /** Moves to the next property's value; false at the end of the object. */
    boolean next() throws IOException {
      if (pushed) {
        path.pop();
        pushed = false;
      }
      while (true) {
        JsonToken t = pending ? p.currentToken() : FormatReader.this.next();
        pending = false;
        if (t != JsonToken.FIELD_NAME) {
          if (t != JsonToken.END_OBJECT) {
            throw malformed("expected a property name or the end of the object", leadId);
          }
          return false;
        }
        int index = known.indexOf(name);
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

  private <T> @Nullable T object(Body<T> body) throws IOException {
    boolean atRoot = root;
    root = false;
    JsonToken t = p.currentToken();
    if (t == JsonToken.START_OBJECT || (resume && atRoot)) {
      return body.read(this);
    }
    if (t == JsonToken.VALUE_NULL && !atRoot) {
      return null;
    }
    wrongType("an object");
    return null;
  }

  /** Reads a list; {@code element} reads each element from its first token. */
  private <T> @Nullable List<T> list(Kind<T> element) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    if (t != JsonToken.START_ARRAY) {
      wrongType("an array");
      return null;
    }
    List<T> values = new ArrayList<>();
    for (int i = 0; ; i++) {
      path.push(i);
      JsonToken e = next();
      if (e == JsonToken.END_ARRAY) {
        path.pop();
        return values;
      }
      if (e == JsonToken.VALUE_NULL) {
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

  private @Nullable Map<String, String> attributes() throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    if (t != JsonToken.START_OBJECT) {
      wrongType("an object whose values are strings");
      return null;
    }
    Map<String, String> values = new LinkedHashMap<>();
    Fields fields = fields(Names.NONE);
    while (fields.next()) {
      JsonToken value = p.currentToken();
      if (value == JsonToken.VALUE_STRING) {
        values.put(fields.name(), text);
      } else if (value != JsonToken.VALUE_NULL) {
        wrongType("a string");
      }
    }
    return values;
  }

  // ---------------------------------------------------------------- scalars

  private @Nullable String string(Text rule) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    if (t != JsonToken.VALUE_STRING) {
      wrongType(rule == Text.CODE ? "a string code" : "a string");
      return null;
    }
    String value = text;
    switch (rule) {
      case NON_BLANK:
        if (Values.isBlank(value)) {
          invalid("non-blank text");
          return null;
        }
        break;
      case ID:
        if (Values.isBlank(value) || Values.longerThan(value, MAX_ID_LENGTH)) {
          invalid("non-blank text of at most " + MAX_ID_LENGTH + " code points");
          return null;
        }
        break;
      case CODE:
        if (!Values.isWireCode(value)) {
          invalid("a code of upper-case letters, digits and underscores, starting with a"
              + " letter, at most 100 characters");
          return null;
        }
        break;
      case FREE:
        break;
    }
    return value;
  }

  private @Nullable Integer integer(int min, int max) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    if (t != JsonToken.VALUE_NUMBER_INT) {
      wrongType(range(min, max) + ", written without fraction or exponent");
      return null;
    }
    long value = integerValue(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
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

  private @Nullable BigDecimal decimal() throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
      wrongType("a number greater than or equal to 0");
      return null;
    }
    BigDecimal value;
    try {
      value = new BigDecimal(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
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

  private @Nullable Boolean bool() throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_TRUE) {
      return Boolean.TRUE;
    }
    if (t == JsonToken.VALUE_FALSE) {
      return Boolean.FALSE;
    }
    if (t != JsonToken.VALUE_NULL) {
      wrongType("true or false");
    }
    return null;
  }

  /**
   * Reads an enum value, matched exactly against the allowed names.
   *
   * @param allowed the values the format allows at this place
   * @return the value, or null when absent or invalid
   * @throws IOException as {@link #read} does
   */
  public <E extends Enum<E>> @Nullable E enumValue(E[] allowed) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    if (t != JsonToken.VALUE_STRING) {
      wrongType("a string, one of " + names(allowed));
      return null;
    }
    for (E value : allowed) {
      if (value.name().equals(text)) {
        return value;
      }
    }
    invalid("one of " + names(allowed));
    return null;
  }

  private static String names(Enum<?>[] values) {
    StringBuilder out = new StringBuilder();
    for (Enum<?> value : values) {
      if (out.length() > 0) {
        out.append(", ");
      }
      out.append(value.name());
    }
    return out.toString();
  }

  private @Nullable LocalDate date() throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    if (t != JsonToken.VALUE_STRING) {
      wrongType("a date string YYYY-MM-DD");
      return null;
    }
    LocalDate value = Values.parseDate(text);
    if (value == null) {
      invalid("a real calendar date written YYYY-MM-DD, in the years 0001 to 9999");
    }
    return value;
  }

  private @Nullable String currency() throws IOException {
    String value = string(Text.FREE);
    if (value != null && !Values.isCurrency(value)) {
      invalid("an ISO 4217 currency code: three upper-case letters that java.util.Currency"
          + " knows");
      return null;
    }
    return value;
  }

  private @Nullable String country() throws IOException {
    String value = string(Text.FREE);
    if (value != null && !Values.isCountry(value)) {
      invalid("an ISO 3166-1 alpha-2 country code (two upper-case letters), or XK");
      return null;
    }
    return value;
  }

  // ---------------------------------------------------------------- the lead

  private @Nullable Lead lead() throws IOException {
    String id = null;
    Company company = null;
    Contact contact = null;
    String context = null;
    String source = null;
    Boolean demoRequested = null;
    Situation situation = null;
    List<Problem> problems = null;
    List<UrgencyTrigger> triggers = null;
    DecisionProcess decisionProcess = null;
    Map<String, String> attributes = null;
    Fields fields = fields(LEAD_NAMES);
    while (fields.next()) {
      switch (fields.name()) {
        case "id":
          id = string(Text.ID);
          if (id != null && leadId == null) {
            leadId = id;
          }
          break;
        case "company":
          company = object(FormatReader::company);
          break;
        case "contact":
          contact = object(FormatReader::contact);
          break;
        case "context":
          context = string(Text.FREE);
          break;
        case "source":
          source = string(Text.FREE);
          break;
        case "demoRequested":
          demoRequested = bool();
          break;
        case "situation":
          situation = object(FormatReader::situation);
          break;
        case "problems":
          problems = list(PROBLEM);
          break;
        case "triggers":
          triggers = list(URGENCY_TRIGGER);
          break;
        case "decisionProcess":
          decisionProcess = object(FormatReader::decisionProcess);
          break;
        case "attributes":
          attributes = attributes();
          break;
        default:
          unknown();
      }
    }
    if (id == null) {
      missing("id");
      return null;
    }
    if (failure != null) {
      return null;
    }
    try {
      Lead.Builder lead =
          Lead.builder()
              .id(id)
              .company(company)
              .contact(contact)
              .context(context)
              .source(source)
              .situation(situation)
              .decisionProcess(decisionProcess);
      if (demoRequested != null) {
        lead.demoRequested(demoRequested);
      }
      if (problems != null) {
        lead.problems(problems);
      }
      if (triggers != null) {
        lead.triggers(triggers);
      }
      if (attributes != null) {
        lead.attributes(attributes);
      }
      return lead.build();
    } catch (InvalidValueException e) {
      rejected(e);
      return null;
    }
  }

  private @Nullable Company company() throws IOException {
    String companyName = null;
    String industry = null;
    Integer employees = null;
    String country = null;
    Fields fields = fields(COMPANY_NAMES);
    while (fields.next()) {
      switch (fields.name()) {
        case "name":
          companyName = string(Text.FREE);
          break;
        case "industry":
          industry = string(Text.FREE);
          break;
        case "employees":
          employees = integer(0, Integer.MAX_VALUE);
          break;
        case "country":
          country = country();
          break;
        default:
          unknown();
      }
    }
    if (failure != null) {
      return null;
    }
    try {
      return Company.builder()
          .name(companyName)
          .industry(industry)
          .employees(employees)
          .country(country)
          .build();
    } catch (InvalidValueException e) {
      rejected(e);
      return null;
    }
  }

  private @Nullable Contact contact() throws IOException {
    String personName = null;
    String title = null;
    String email = null;
    String phone = null;
    Fields fields = fields(CONTACT_NAMES);
    while (fields.next()) {
      switch (fields.name()) {
        case "name":
          personName = string(Text.FREE);
          break;
        case "title":
          title = string(Text.FREE);
          break;
        case "email":
          email = string(Text.FREE);
          break;
        case "phone":
          phone = string(Text.FREE);
          break;
        default:
          unknown();
      }
    }
    if (failure != null) {
      return null;
    }
    try {
      return Contact.builder().name(personName).title(title).email(email).phone(phone).build();
    } catch (InvalidValueException e) {
      rejected(e);
      return null;
    }
  }

  private @Nullable Situation situation() throws IOException {
    String summary = null;
    List<InstalledBaseItem> installedBase = null;
    Integer teamSize = null;
    Integer inPlaceSince = null;
    Fields fields = fields(SITUATION_NAMES);
    while (fields.next()) {
      switch (fields.name()) {
        case "summary":
          summary = string(Text.FREE);
          break;
        case "installedBase":
          installedBase = list(INSTALLED_BASE_ITEM);
          break;
        case "teamSize":
          teamSize = integer(0, Integer.MAX_VALUE);
          break;
        case "inPlaceSince":
          inPlaceSince = integer(1000, 9999);
          break;
        default:
          unknown();
      }
    }
    if (failure != null) {
      return null;
    }
    try {
      Situation.Builder situation =
          Situation.builder().summary(summary).teamSize(teamSize).inPlaceSince(inPlaceSince);
      if (installedBase != null) {
        situation.installedBase(installedBase);
      }
      return situation.build();
    } catch (InvalidValueException e) {
      rejected(e);
      return null;
    }
  }

  private @Nullable InstalledBaseItem installedBaseItem() throws IOException {
    String itemName = null;
    String supplier = null;
    Integer quantity = null;
    BigDecimal ageYears = null;
    Fields fields = fields(INSTALLED_BASE_ITEM_NAMES);
    while (fields.next()) {
      switch (fields.name()) {
        case "name":
          itemName = string(Text.NON_BLANK);
          break;
        case "supplier":
          supplier = string(Text.FREE);
          break;
        case "quantity":
          quantity = integer(1, Integer.MAX_VALUE);
          break;
        case "ageYears":
          ageYears = decimal();
          break;
        default:
          unknown();
      }
    }
    if (itemName == null) {
      missing("name");
      return null;
    }
    if (failure != null) {
      return null;
    }
    try {
      return InstalledBaseItem.builder()
          .name(itemName)
          .supplier(supplier)
          .quantity(quantity)
          .ageYears(ageYears)
          .build();
    } catch (InvalidValueException e) {
      rejected(e);
      return null;
    }
  }

  private @Nullable Problem problem() throws IOException {
    String statement = null;
    Visibility visibility = null;
    ProblemCategory category = null;
    Cost cost = null;
    Frequency frequency = null;
    TimeLost timeLost = null;
    Boolean addressable = null;
    Basis basis = null;
    Fields fields = fields(PROBLEM_NAMES);
    while (fields.next()) {
      switch (fields.name()) {
        case "statement":
          statement = string(Text.NON_BLANK);
          break;
        case "visibility":
          visibility = enumValue(VISIBILITIES);
          break;
        case "category":
          category = enumValue(CATEGORIES);
          break;
        case "cost":
          cost = object(FormatReader::cost);
          break;
        case "frequency":
          frequency = object(FormatReader::frequency);
          break;
        case "timeLost":
          timeLost = object(FormatReader::timeLost);
          break;
        case "addressable":
          addressable = bool();
          break;
        case "basis":
          basis = enumValue(BASES);
          break;
        default:
          unknown();
      }
    }
    if (statement == null) {
      missing("statement");
      return null;
    }
    if (failure != null) {
      return null;
    }
    try {
      Problem.Builder problem =
          Problem.builder()
              .statement(statement)
              .visibility(visibility)
              .category(category)
              .cost(cost)
              .frequency(frequency)
              .timeLost(timeLost)
              .addressable(addressable);
      if (basis != null) {
        problem.basis(basis);
      }
      return problem.build();
    } catch (InvalidValueException e) {
      rejected(e);
      return null;
    }
  }

  private @Nullable Cost cost() throws IOException {
    BigDecimal amount = null;
    String currency = null;
    Per per = null;
    Fields fields = fields(COST_NAMES);
    while (fields.next()) {
      switch (fields.name()) {
        case "amount":
          amount = decimal();
          break;
        case "currency":
          currency = currency();
          break;
        case "per":
          per = enumValue(PERS);
          break;
        default:
          unknown();
      }
    }
    if (amount == null) {
      missing("amount");
    }
    if (currency == null) {
      missing("currency");
    }
    if (amount == null || currency == null || failure != null) {
      return null;
    }
    try {
      return Cost.of(amount, currency, per == null ? Per.OCCURRENCE : per);
    } catch (InvalidValueException e) {
      rejected(e);
      return null;
    }
  }

  private @Nullable Frequency frequency() throws IOException {
    Integer count = null;
    Per per = null;
    Fields fields = fields(FREQUENCY_NAMES);
    while (fields.next()) {
      switch (fields.name()) {
        case "count":
          count = integer(0, Integer.MAX_VALUE);
          break;
        case "per":
          per = enumValue(PERIODS);
          break;
        default:
          unknown();
      }
    }
    if (count == null) {
      missing("count");
    }
    if (per == null) {
      missing("per");
    }
    if (count == null || per == null || failure != null) {
      return null;
    }
    try {
      return Frequency.of(count, per);
    } catch (InvalidValueException e) {
      rejected(e);
      return null;
    }
  }

  private @Nullable TimeLost timeLost() throws IOException {
    BigDecimal hours = null;
    Per per = null;
    Fields fields = fields(TIME_LOST_NAMES);
    while (fields.next()) {
      switch (fields.name()) {
        case "hours":
          hours = decimal();
          break;
        case "per":
          per = enumValue(PERS);
          break;
        default:
          unknown();
      }
    }
    if (hours == null) {
      missing("hours");
      return null;
    }
    if (failure != null) {
      return null;
    }
    try {
      return TimeLost.of(hours, per == null ? Per.OCCURRENCE : per);
    } catch (InvalidValueException e) {
      rejected(e);
      return null;
    }
  }

  private @Nullable Money money() throws IOException {
    BigDecimal amount = null;
    String currency = null;
    Fields fields = fields(MONEY_NAMES);
    while (fields.next()) {
      switch (fields.name()) {
        case "amount":
          amount = decimal();
          break;
        case "currency":
          currency = currency();
          break;
        default:
          unknown();
      }
    }
    if (amount == null) {
      missing("amount");
    }
    if (currency == null) {
      missing("currency");
    }
    if (amount == null || currency == null || failure != null) {
      return null;
    }
    try {
      return Money.of(amount, currency);
    } catch (InvalidValueException e) {
      rejected(e);
      return null;
    }
  }

  private @Nullable UrgencyTrigger trigger() throws IOException {
    TriggerKind kind = null;
    TriggerCause cause = null;
    String description = null;
    LocalDate date = null;
    String consequence = null;
    Basis basis = null;
    Fields fields = fields(TRIGGER_NAMES);
    while (fields.next()) {
      switch (fields.name()) {
        case "kind":
          kind = enumValue(TRIGGER_KINDS);
          break;
        case "cause":
          cause = enumValue(TRIGGER_CAUSES);
          break;
        case "description":
          description = string(Text.NON_BLANK);
          break;
        case "date":
          date = date();
          break;
        case "consequence":
          consequence = string(Text.FREE);
          break;
        case "basis":
          basis = enumValue(BASES);
          break;
        default:
          unknown();
      }
    }
    if (kind == null) {
      missing("kind");
    }
    if (description == null) {
      missing("description");
    }
    if (kind == null || description == null || failure != null) {
      return null;
    }
    try {
      UrgencyTrigger.Builder trigger =
          UrgencyTrigger.builder()
              .kind(kind)
              .cause(cause)
              .description(description)
              .date(date)
              .consequence(consequence);
      if (basis != null) {
        trigger.basis(basis);
      }
      return trigger.build();
    } catch (InvalidValueException e) {
      rejected(e);
      return null;
    }
  }

  private @Nullable DecisionProcess decisionProcess() throws IOException {
    List<Stakeholder> stakeholders = null;
    String process = null;
    String timeline = null;
    LocalDate decisionBy = null;
    Fields fields = fields(DECISION_PROCESS_NAMES);
    while (fields.next()) {
      switch (fields.name()) {
        case "stakeholders":
          stakeholders = list(STAKEHOLDER);
          break;
        case "process":
          process = string(Text.FREE);
          break;
        case "timeline":
          timeline = string(Text.FREE);
          break;
        case "decisionBy":
          decisionBy = date();
          break;
        default:
          unknown();
      }
    }
    if (failure != null) {
      return null;
    }
    try {
      DecisionProcess.Builder decision =
          DecisionProcess.builder().process(process).timeline(timeline).decisionBy(decisionBy);
      if (stakeholders != null) {
        decision.stakeholders(stakeholders);
      }
      return decision.build();
    } catch (InvalidValueException e) {
      rejected(e);
      return null;
    }
  }

  private @Nullable Stakeholder stakeholder() throws IOException {
    String personName = null;
    String title = null;
    StakeholderGroup group = null;
    List<Role> roles = null;
    Money approvesAbove = null;
    Boolean firstContact = null;
    Basis basis = null;
    Fields fields = fields(STAKEHOLDER_NAMES);
    while (fields.next()) {
      switch (fields.name()) {
        case "name":
          personName = string(Text.FREE);
          break;
        case "title":
          title = string(Text.FREE);
          break;
        case "group":
          group = enumValue(GROUPS);
          break;
        case "roles":
          roles = list(ROLE);
          break;
        case "approvesAbove":
          approvesAbove = object(FormatReader::money);
          break;
        case "firstContact":
          firstContact = bool();
          break;
        case "basis":
          basis = enumValue(BASES);
          break;
        default:
          unknown();
      }
    }
    if (failure != null) {
      return null;
    }
    try {
      Stakeholder.Builder stakeholder =
          Stakeholder.builder()
              .name(personName)
              .title(title)
              .group(group)
              .approvesAbove(approvesAbove);
      if (roles != null) {
        stakeholder.roles(roles);
      }
      if (firstContact != null) {
        stakeholder.firstContact(firstContact);
      }
      if (basis != null) {
        stakeholder.basis(basis);
      }
      return stakeholder.build();
    } catch (InvalidValueException e) {
      rejected(e);
      return null;
    }
  }

  // ---------------------------------------------------------------- the result

  private @Nullable QualificationResult result() throws IOException {
    String resultLeadId = null;
    Verdict verdict = null;
    LocalDate asOf = null;
    List<CriterionFinding> criteria = null;
    List<Warning> warnings = null;
    LocalDate revisitOn = null;
    List<String> nextQuestions = null;
    String qualifier = null;
    Fields fields = fields(RESULT_NAMES);
    while (fields.next()) {
      switch (fields.name()) {
        case "leadId":
          resultLeadId = string(Text.NON_BLANK);
          break;
        case "verdict":
          verdict = enumValue(VERDICTS);
          break;
        case "asOf":
          asOf = date();
          break;
        case "criteria":
          criteria = list(FINDING);
          break;
        case "warnings":
          warnings = list(WARNING);
          break;
        case "revisitOn":
          revisitOn = date();
          break;
        case "nextQuestions":
          nextQuestions = list(QUESTION);
          break;
        case "qualifier":
          qualifier = string(Text.NON_BLANK);
          break;
        default:
          unknown();
      }
    }
    if (resultLeadId == null) {
      missing("leadId");
    }
    if (verdict == null) {
      missing("verdict");
    }
    if (asOf == null) {
      missing("asOf");
    }
    if (criteria == null) {
      missing("criteria");
    }
    if (qualifier == null) {
      missing("qualifier");
    }
    if (resultLeadId == null
        || verdict == null
        || asOf == null
        || criteria == null
        || qualifier == null
        || failure != null) {
      return null;
    }
    try {
      QualificationResult.Builder result =
          QualificationResult.builder()
              .leadId(resultLeadId)
              .verdict(verdict)
              .asOf(asOf)
              .findings(criteria)
              .revisitOn(revisitOn)
              .qualifierId(qualifier);
      if (warnings != null) {
        result.warnings(warnings);
      }
      if (nextQuestions != null) {
        result.nextQuestions(nextQuestions);
      }
      return result.build();
    } catch (InvalidValueException e) {
      rejected(e);
      return null;
    }
  }

  private @Nullable CriterionFinding finding() throws IOException {
    String criterion = null;
    Boolean met = null;
    String reason = null;
    String message = null;
    Fields fields = fields(FINDING_NAMES);
    while (fields.next()) {
      switch (fields.name()) {
        case "criterion":
          criterion = string(Text.CODE);
          break;
        case "met":
          met = bool();
          break;
        case "reason":
          reason = string(Text.CODE);
          break;
        case "message":
          message = string(Text.NON_BLANK);
          break;
        default:
          unknown();
      }
    }
    if (criterion == null) {
      missing("criterion");
    }
    if (met == null) {
      missing("met");
    } else if (met) {
      if (reason != null) {
        fail(INVALID_VALUE, path.pointer("reason"), "expected no reason when the criterion is met");
      }
      if (message != null) {
        fail(INVALID_VALUE, path.pointer("message"),
            "expected no message when the criterion is met");
      }
    } else {
      if (reason == null) {
        missing("reason");
      }
      if (message == null) {
        missing("message");
      }
    }
    if (criterion == null || met == null || failure != null) {
      return null;
    }
    try {
      if (met) {
        return CriterionFinding.met(criterion);
      }
      return reason == null || message == null
          ? null
          : CriterionFinding.unmet(criterion, reason, message);
    } catch (InvalidValueException e) {
      rejected(e);
      return null;
    }
  }

  private @Nullable Warning warning() throws IOException {
    String code = null;
    String message = null;
    Fields fields = fields(WARNING_NAMES);
    while (fields.next()) {
      switch (fields.name()) {
        case "code":
          code = string(Text.CODE);
          break;
        case "message":
          message = string(Text.NON_BLANK);
          break;
        default:
          unknown();
      }
    }
    if (code == null) {
      missing("code");
    }
    if (message == null) {
      missing("message");
    }
    if (code == null || message == null || failure != null) {
      return null;
    }
    try {
      return Warning.of(code, message);
    } catch (InvalidValueException e) {
      rejected(e);
      return null;
    }
  }
}
