package io.github.fourfold.json.internal;

import static io.github.fourfold.json.internal.Property.optional;
import static io.github.fourfold.json.internal.Property.required;

import io.github.fourfold.Criterion;
import io.github.fourfold.CriterionFinding;
import io.github.fourfold.QualificationResult;
import io.github.fourfold.ReasonCode;
import io.github.fourfold.Verdict;
import io.github.fourfold.Warning;
import io.github.fourfold.WarningCode;
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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The JSON format, version 1, described once: every wire type with its properties in the order of
 * the format's tables. This is the only place a property name is written; the reader, the writer,
 * JSON Pointer masking and both Jackson bindings work from it.
 */
public final class Format {
  private Format() {}

  // ---------------------------------------------------------------- value types

  static final ValueType<String> TEXT = ValueType.of("string", r -> r.text(), Format::writeText);
  static final ValueType<String> NON_BLANK =
      ValueType.of("string", r -> r.nonBlank(), Format::writeText);
  static final ValueType<String> ID = ValueType.of("string", r -> r.id(), Format::writeText);
  static final ValueType<String> CODE = ValueType.of("string", r -> r.code(), Format::writeText);
  static final ValueType<String> CURRENCY =
      ValueType.of("string", r -> r.currency(), Format::writeText);
  static final ValueType<String> COUNTRY =
      ValueType.of("string", r -> r.country(), Format::writeText);
  static final ValueType<Integer> COUNT = integer(0, Integer.MAX_VALUE);
  static final ValueType<Integer> POSITIVE = integer(1, Integer.MAX_VALUE);
  static final ValueType<Integer> YEAR = integer(1000, 9999);
  static final ValueType<BigDecimal> DECIMAL =
      ValueType.of(
          "number", r -> r.decimal(), (w, v, p) -> w.sink().decimal(v, Values.decimalText(v)));
  static final ValueType<Boolean> BOOLEAN =
      ValueType.of("boolean", r -> r.bool(), (w, v, p) -> w.sink().bool(v));
  static final ValueType<LocalDate> DATE =
      ValueType.of("string", r -> r.date(), (w, v, p) -> w.sink().string(v.toString()));

  static final ValueType<Per> PER = enumOf(Per.values());
  /** A frequency's period: every {@link Per} but OCCURRENCE. */
  static final ValueType<Per> PERIOD =
      enumOf(new Per[] {Per.DAY, Per.WEEK, Per.MONTH, Per.QUARTER, Per.YEAR});
  static final ValueType<Basis> BASIS = enumOf(Basis.values());

  private static void writeText(FormatWriter w, String value, String property)
      throws java.io.IOException {
    w.checkText(property, value);
    w.sink().string(value);
  }

  private static ValueType<Integer> integer(int min, int max) {
    return ValueType.of("integer", r -> r.integer(min, max), (w, v, p) -> w.sink().number(v));
  }

  private static <E extends Enum<E>> ValueType<E> enumOf(E[] allowed) {
    String names = FormatReader.names(allowed);
    return ValueType.of(
        "string", r -> r.enumValue(allowed, names), (w, v, p) -> w.sink().string(v.name()));
  }

  // ---------------------------------------------------------------- the lead

  /** An amount of money. */
  private static final Property<Money, BigDecimal> MONEY_AMOUNT =
      required("amount", DECIMAL, Money::amount);
  private static final Property<Money, String> MONEY_CURRENCY =
      required("currency", CURRENCY, Money::currency);
  public static final ObjectType<Money> MONEY =
      ObjectType.of(
          "money",
          v -> Money.of(v.present(MONEY_AMOUNT), v.present(MONEY_CURRENCY)),
          MONEY_AMOUNT,
          MONEY_CURRENCY);

  private static final Property<Cost, BigDecimal> COST_AMOUNT =
      required("amount", DECIMAL, Cost::amount);
  private static final Property<Cost, String> COST_CURRENCY =
      required("currency", CURRENCY, Cost::currency);
  private static final Property<Cost, Per> COST_PER =
      optional("per", PER, Cost::per).omitting(Per.OCCURRENCE);
  /** A problem's cost. */
  public static final ObjectType<Cost> COST =
      ObjectType.of(
          "cost",
          v ->
              Cost.of(
                  v.present(COST_AMOUNT),
                  v.present(COST_CURRENCY),
                  v.getOr(COST_PER, Per.OCCURRENCE)),
          COST_AMOUNT,
          COST_CURRENCY,
          COST_PER);

  private static final Property<Frequency, Integer> FREQUENCY_COUNT =
      required("count", COUNT, Frequency::count);
  private static final Property<Frequency, Per> FREQUENCY_PER =
      required("per", PERIOD, Frequency::per);
  /** How often a problem happens. */
  public static final ObjectType<Frequency> FREQUENCY =
      ObjectType.of(
          "frequency",
          v -> Frequency.of(v.present(FREQUENCY_COUNT), v.present(FREQUENCY_PER)),
          FREQUENCY_COUNT,
          FREQUENCY_PER);

  private static final Property<TimeLost, BigDecimal> TIME_LOST_HOURS =
      required("hours", DECIMAL, TimeLost::hours);
  private static final Property<TimeLost, Per> TIME_LOST_PER =
      optional("per", PER, TimeLost::per).omitting(Per.OCCURRENCE);
  /** The time a problem costs. */
  public static final ObjectType<TimeLost> TIME_LOST =
      ObjectType.of(
          "timeLost",
          v -> TimeLost.of(v.present(TIME_LOST_HOURS), v.getOr(TIME_LOST_PER, Per.OCCURRENCE)),
          TIME_LOST_HOURS,
          TIME_LOST_PER);

  /** The lead's company. */
  public static final ObjectType<Company> COMPANY =
      ObjectType.built(
          "company",
          Company::builder,
          Company.Builder::build,
          optional("name", TEXT, Company::name).set(Company.Builder::name),
          optional("industry", TEXT, Company::industry).set(Company.Builder::industry),
          optional("employees", COUNT, Company::employees).set(Company.Builder::employees),
          optional("country", COUNTRY, Company::country).set(Company.Builder::country));

  /** The lead's contact person. */
  public static final ObjectType<Contact> CONTACT =
      ObjectType.built(
          "contact",
          Contact::builder,
          Contact.Builder::build,
          optional("name", TEXT, Contact::name).set(Contact.Builder::name),
          optional("title", TEXT, Contact::title).set(Contact.Builder::title),
          optional("email", TEXT, Contact::email).set(Contact.Builder::email),
          optional("phone", TEXT, Contact::phone).set(Contact.Builder::phone));

  /** One item of the installed base. */
  public static final ObjectType<InstalledBaseItem> INSTALLED_BASE_ITEM =
      ObjectType.built(
          "installedBaseItem",
          InstalledBaseItem::builder,
          InstalledBaseItem.Builder::build,
          required("name", NON_BLANK, InstalledBaseItem::name)
              .set(InstalledBaseItem.Builder::name),
          optional("supplier", TEXT, InstalledBaseItem::supplier)
              .set(InstalledBaseItem.Builder::supplier),
          optional("quantity", POSITIVE, InstalledBaseItem::quantity)
              .set(InstalledBaseItem.Builder::quantity),
          optional("ageYears", DECIMAL, InstalledBaseItem::ageYears)
              .set(InstalledBaseItem.Builder::ageYears));

  /** The lead's situation. */
  public static final ObjectType<Situation> SITUATION =
      ObjectType.built(
          "situation",
          Situation::builder,
          Situation.Builder::build,
          optional("summary", TEXT, Situation::summary).set(Situation.Builder::summary),
          optional("installedBase", ValueType.listOf(INSTALLED_BASE_ITEM), Situation::installedBase)
              .set(Situation.Builder::installedBase),
          optional("teamSize", COUNT, Situation::teamSize).set(Situation.Builder::teamSize),
          optional("inPlaceSince", YEAR, Situation::inPlaceSince)
              .set(Situation.Builder::inPlaceSince));

  /** A problem. */
  public static final ObjectType<Problem> PROBLEM =
      ObjectType.built(
          "problem",
          Problem::builder,
          Problem.Builder::build,
          required("statement", NON_BLANK, Problem::statement).set(Problem.Builder::statement),
          optional("visibility", enumOf(Visibility.values()), Problem::visibility)
              .set(Problem.Builder::visibility),
          optional("category", enumOf(ProblemCategory.values()), Problem::category)
              .set(Problem.Builder::category),
          optional("cost", COST, Problem::cost).set(Problem.Builder::cost),
          optional("frequency", FREQUENCY, Problem::frequency).set(Problem.Builder::frequency),
          optional("timeLost", TIME_LOST, Problem::timeLost).set(Problem.Builder::timeLost),
          optional("addressable", BOOLEAN, Problem::addressable)
              .set(Problem.Builder::addressable),
          optional("basis", BASIS, Problem::basis).set(Problem.Builder::basis)
              .omitting(Basis.STATED));

  /** An urgency trigger. */
  public static final ObjectType<UrgencyTrigger> URGENCY_TRIGGER =
      ObjectType.built(
          "urgencyTrigger",
          UrgencyTrigger::builder,
          UrgencyTrigger.Builder::build,
          required("kind", enumOf(TriggerKind.values()), UrgencyTrigger::kind)
              .set(UrgencyTrigger.Builder::kind),
          optional("cause", enumOf(TriggerCause.values()), UrgencyTrigger::cause)
              .set(UrgencyTrigger.Builder::cause),
          required("description", NON_BLANK, UrgencyTrigger::description)
              .set(UrgencyTrigger.Builder::description),
          optional("date", DATE, UrgencyTrigger::date).set(UrgencyTrigger.Builder::date),
          optional("consequence", TEXT, UrgencyTrigger::consequence)
              .set(UrgencyTrigger.Builder::consequence),
          optional("basis", BASIS, UrgencyTrigger::basis).set(UrgencyTrigger.Builder::basis)
              .omitting(Basis.STATED));

  /** A stakeholder in the decision. */
  public static final ObjectType<Stakeholder> STAKEHOLDER =
      ObjectType.built(
          "stakeholder",
          Stakeholder::builder,
          Stakeholder.Builder::build,
          optional("name", TEXT, Stakeholder::name).set(Stakeholder.Builder::name),
          optional("title", TEXT, Stakeholder::title).set(Stakeholder.Builder::title),
          optional("group", enumOf(StakeholderGroup.values()), Stakeholder::group)
              .set(Stakeholder.Builder::group),
          optional(
                  "roles",
                  ValueType.listOf(enumOf(Role.values())),
                  (Stakeholder s) -> List.copyOf(s.roles()))
              .set(Stakeholder.Builder::roles),
          optional("approvesAbove", MONEY, Stakeholder::approvesAbove)
              .set(Stakeholder.Builder::approvesAbove),
          optional("firstContact", BOOLEAN, Stakeholder::firstContact)
              .set(Stakeholder.Builder::firstContact)
              .omitting(false),
          optional("basis", BASIS, Stakeholder::basis).set(Stakeholder.Builder::basis)
              .omitting(Basis.STATED));

  /** The decision process. */
  public static final ObjectType<DecisionProcess> DECISION_PROCESS =
      ObjectType.built(
          "decisionProcess",
          DecisionProcess::builder,
          DecisionProcess.Builder::build,
          optional("stakeholders", ValueType.listOf(STAKEHOLDER), DecisionProcess::stakeholders)
              .set(DecisionProcess.Builder::stakeholders),
          optional("process", TEXT, DecisionProcess::process)
              .set(DecisionProcess.Builder::process),
          optional("timeline", TEXT, DecisionProcess::timeline)
              .set(DecisionProcess.Builder::timeline),
          optional("decisionBy", DATE, DecisionProcess::decisionBy)
              .set(DecisionProcess.Builder::decisionBy));

  /** A lead: the root of {@code lead.schema.json}. */
  public static final ObjectType<Lead> LEAD =
      ObjectType.built(
          "lead",
          Lead::builder,
          Lead.Builder::build,
          required("id", ID, Lead::id).set(Lead.Builder::id).leadId(),
          optional("company", COMPANY, Lead::company).set(Lead.Builder::company),
          optional("contact", CONTACT, Lead::contact).set(Lead.Builder::contact),
          optional("context", TEXT, Lead::context).set(Lead.Builder::context),
          optional("source", TEXT, Lead::source).set(Lead.Builder::source),
          optional("demoRequested", BOOLEAN, Lead::demoRequested)
              .set(Lead.Builder::demoRequested)
              .omitting(false),
          optional("situation", SITUATION, Lead::situation).set(Lead.Builder::situation),
          optional("problems", ValueType.listOf(PROBLEM), Lead::problems)
              .set(Lead.Builder::problems),
          optional("triggers", ValueType.listOf(URGENCY_TRIGGER), Lead::triggers)
              .set(Lead.Builder::triggers),
          optional("decisionProcess", DECISION_PROCESS, Lead::decisionProcess)
              .set(Lead.Builder::decisionProcess),
          optional("attributes", ValueType.ATTRIBUTES, Lead::attributes)
              .set(Lead.Builder::attributes));

  // ---------------------------------------------------------------- the result

  private static final Property<CriterionFinding, String> FINDING_CRITERION =
      required("criterion", CODE, CriterionFinding::criterionCode);
  private static final Property<CriterionFinding, Boolean> FINDING_MET =
      required("met", BOOLEAN, CriterionFinding::met);
  private static final Property<CriterionFinding, String> FINDING_REASON =
      optional("reason", CODE, CriterionFinding::reasonCode);
  private static final Property<CriterionFinding, String> FINDING_MESSAGE =
      optional("message", NON_BLANK, CriterionFinding::message);
  /** A finding about one criterion: a reason and a message exactly when it is not met. */
  public static final ObjectType<CriterionFinding> FINDING =
      ObjectType.of(
              "finding",
              v ->
                  v.present(FINDING_MET)
                      ? CriterionFinding.met(v.present(FINDING_CRITERION))
                      : CriterionFinding.unmet(
                          v.present(FINDING_CRITERION),
                          v.present(FINDING_REASON),
                          v.present(FINDING_MESSAGE)),
              FINDING_CRITERION,
              FINDING_MET,
              FINDING_REASON,
              FINDING_MESSAGE)
          .rule(Format::checkFinding);

  private static void checkFinding(Slots v, FormatReader reader) {
    Boolean met = v.get(FINDING_MET);
    if (met == null) {
      return;
    }
    if (met) {
      if (v.get(FINDING_REASON) != null) {
        reader.invalid(FINDING_REASON, "no reason when the criterion is met");
      }
      if (v.get(FINDING_MESSAGE) != null) {
        reader.invalid(FINDING_MESSAGE, "no message when the criterion is met");
      }
    } else {
      if (v.get(FINDING_REASON) == null) {
        reader.missing(FINDING_REASON);
      }
      if (v.get(FINDING_MESSAGE) == null) {
        reader.missing(FINDING_MESSAGE);
      }
    }
  }

  private static final Property<Warning, String> WARNING_CODE =
      required("code", CODE, Warning::code);
  private static final Property<Warning, String> WARNING_MESSAGE =
      required("message", NON_BLANK, Warning::message);
  /** A warning about the input. */
  public static final ObjectType<Warning> WARNING =
      ObjectType.of(
          "warning",
          v -> Warning.of(v.present(WARNING_CODE), v.present(WARNING_MESSAGE)),
          WARNING_CODE,
          WARNING_MESSAGE);

  /** A qualification result: the root of {@code qualification-result.schema.json}. */
  public static final ObjectType<QualificationResult> RESULT =
      ObjectType.built(
          "result",
          QualificationResult::builder,
          QualificationResult.Builder::build,
          required("leadId", NON_BLANK, QualificationResult::leadId)
              .set(QualificationResult.Builder::leadId),
          required("verdict", enumOf(Verdict.values()), QualificationResult::verdict)
              .set(QualificationResult.Builder::verdict),
          required("asOf", DATE, QualificationResult::asOf)
              .set(QualificationResult.Builder::asOf),
          required("criteria", ValueType.listOf(FINDING), QualificationResult::findings)
              .set(QualificationResult.Builder::findings),
          optional("warnings", ValueType.listOf(WARNING), QualificationResult::warnings)
              .set(QualificationResult.Builder::warnings),
          optional("revisitOn", DATE, QualificationResult::revisitOn)
              .set(QualificationResult.Builder::revisitOn),
          optional("nextQuestions", ValueType.listOf(NON_BLANK), QualificationResult::nextQuestions)
              .set(QualificationResult.Builder::nextQuestions),
          required("qualifier", NON_BLANK, QualificationResult::qualifierId)
              .set(QualificationResult.Builder::qualifierId));

  // ---------------------------------------------------------------- every type

  /** Every object type of the format. */
  public static final List<ObjectType<?>> OBJECT_TYPES =
      List.of(
          LEAD, COMPANY, CONTACT, SITUATION, INSTALLED_BASE_ITEM, PROBLEM, COST, FREQUENCY,
          TIME_LOST, MONEY, URGENCY_TRIGGER, DECISION_PROCESS, STAKEHOLDER, RESULT, FINDING,
          WARNING);

  /** A model class with the value type that reads and writes it on its own. */
  public static final class Described<T> {
    private final Class<T> type;
    private final ValueType<T> valueType;

    Described(Class<T> type, ValueType<T> valueType) {
      this.type = type;
      this.valueType = valueType;
    }

    /** The model class. */
    public Class<T> type() {
      return type;
    }

    /** How a value of it is read and written. */
    public ValueType<T> valueType() {
      return valueType;
    }
  }

  /** Every core type a binding registers: the object types and the enums. */
  public static final List<Described<?>> TYPES = types();

  private static List<Described<?>> types() {
    List<Described<?>> types = new ArrayList<>();
    types.add(new Described<>(Lead.class, LEAD));
    types.add(new Described<>(Company.class, COMPANY));
    types.add(new Described<>(Contact.class, CONTACT));
    types.add(new Described<>(Situation.class, SITUATION));
    types.add(new Described<>(InstalledBaseItem.class, INSTALLED_BASE_ITEM));
    types.add(new Described<>(Problem.class, PROBLEM));
    types.add(new Described<>(Cost.class, COST));
    types.add(new Described<>(Frequency.class, FREQUENCY));
    types.add(new Described<>(TimeLost.class, TIME_LOST));
    types.add(new Described<>(Money.class, MONEY));
    types.add(new Described<>(UrgencyTrigger.class, URGENCY_TRIGGER));
    types.add(new Described<>(DecisionProcess.class, DECISION_PROCESS));
    types.add(new Described<>(Stakeholder.class, STAKEHOLDER));
    types.add(new Described<>(QualificationResult.class, RESULT));
    types.add(new Described<>(CriterionFinding.class, FINDING));
    types.add(new Described<>(Warning.class, WARNING));
    addEnum(types, Basis.class);
    addEnum(types, Visibility.class);
    addEnum(types, ProblemCategory.class);
    addEnum(types, Per.class);
    addEnum(types, TriggerKind.class);
    addEnum(types, TriggerCause.class);
    addEnum(types, StakeholderGroup.class);
    addEnum(types, Role.class);
    addEnum(types, Verdict.class);
    addEnum(types, Criterion.class);
    addEnum(types, ReasonCode.class);
    addEnum(types, WarningCode.class);
    return Collections.unmodifiableList(types);
  }

  private static <E extends Enum<E>> void addEnum(List<Described<?>> types, Class<E> type) {
    types.add(new Described<>(type, enumOf(type.getEnumConstants())));
  }
}
