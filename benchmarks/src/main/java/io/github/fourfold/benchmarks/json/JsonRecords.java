package io.github.fourfold.benchmarks.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.github.fourfold.benchmarks.floor.PlainLead;
import io.github.fourfold.model.Basis;
import io.github.fourfold.model.Per;
import io.github.fourfold.model.ProblemCategory;
import io.github.fourfold.model.Role;
import io.github.fourfold.model.StakeholderGroup;
import io.github.fourfold.model.TriggerCause;
import io.github.fourfold.model.TriggerKind;
import io.github.fourfold.model.Visibility;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The floor of the JSON benchmarks: the lead format (version 1) as plain Java records, bound by a
 * plain Jackson 2 {@code ObjectMapper} with unknown properties ignored. Amounts and hours are
 * {@link BigDecimal}, dates {@link LocalDate}, enums Fourfold's own enums (their names are the
 * format's spellings). No validation, no defaults, no limits beyond Jackson's own: what a CRM
 * would write for itself, and the least any reader of this format has to do.
 *
 * <p>Dates are bound by a small deserializer ({@code LocalDate.parse} of the string) instead of
 * jackson-datatype-jsr310, which would do the same for this format; it keeps the module's
 * dependencies to what the build already has.
 */
public final class JsonRecords {
  private JsonRecords() {}

  /** A lead document. */
  public record JsonLead(
      @Nullable String id,
      @Nullable Company company,
      @Nullable Contact contact,
      @Nullable String context,
      @Nullable String source,
      boolean demoRequested,
      @Nullable Situation situation,
      @Nullable List<Problem> problems,
      @Nullable List<Trigger> triggers,
      @Nullable DecisionProcess decisionProcess,
      @Nullable Map<String, String> attributes) {}

  /** The lead's organisation. */
  public record Company(
      @Nullable String name, @Nullable String industry, @Nullable Integer employees, @Nullable String country) {}

  /** The first contact person. */
  public record Contact(
      @Nullable String name, @Nullable String title, @Nullable String email, @Nullable String phone) {}

  /** Question 1. */
  public record Situation(
      @Nullable String summary,
      @Nullable List<InstalledBaseItem> installedBase,
      @Nullable Integer teamSize,
      @Nullable Integer inPlaceSince) {}

  /** A machine or system in use. */
  public record InstalledBaseItem(
      @Nullable String name, @Nullable String supplier, @Nullable Integer quantity, @Nullable BigDecimal ageYears) {}

  /** Question 2. */
  public record Problem(
      @Nullable String statement,
      @Nullable Visibility visibility,
      @Nullable ProblemCategory category,
      @Nullable Cost cost,
      @Nullable Frequency frequency,
      @Nullable TimeLost timeLost,
      @Nullable Boolean addressable,
      @Nullable Basis basis) {}

  /** Money plus {@code per}. */
  public record Cost(@Nullable BigDecimal amount, @Nullable String currency, @Nullable Per per) {}

  /** How often. */
  public record Frequency(int count, @Nullable Per per) {}

  /** Time lost. */
  public record TimeLost(@Nullable BigDecimal hours, @Nullable Per per) {}

  /** Question 3. */
  public record Trigger(
      @Nullable TriggerKind kind,
      @Nullable TriggerCause cause,
      @Nullable String description,
      @Nullable LocalDate date,
      @Nullable String consequence,
      @Nullable Basis basis) {}

  /** Question 4. */
  public record DecisionProcess(
      @Nullable List<Stakeholder> stakeholders,
      @Nullable String process,
      @Nullable String timeline,
      @Nullable LocalDate decisionBy) {}

  /** A person in the decision. */
  public record Stakeholder(
      @Nullable String name,
      @Nullable String title,
      @Nullable StakeholderGroup group,
      @Nullable Set<Role> roles,
      @Nullable Money approvesAbove,
      boolean firstContact,
      @Nullable Basis basis) {}

  /** Money. */
  public record Money(@Nullable BigDecimal amount, @Nullable String currency) {}

  /** {@code "2027-09-15"} as a {@link LocalDate}. */
  static final class LocalDateDeserializer extends StdScalarDeserializer<LocalDate> {
    private static final long serialVersionUID = 1L;

    LocalDateDeserializer() {
      super(LocalDate.class);
    }

    @Override
    public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      return LocalDate.parse(p.getText());
    }
  }

  /**
   * A plain reader of lead documents: a default {@code ObjectMapper}, unknown properties ignored.
   *
   * @return the reader, bound to {@link JsonLead}
   */
  public static ObjectReader reader() {
    ObjectMapper mapper = new ObjectMapper()
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .registerModule(new SimpleModule().addDeserializer(LocalDate.class, new LocalDateDeserializer()));
    return mapper.readerFor(JsonLead.class);
  }

  // -------------------------------------------------------------- checking, not timed

  /**
   * The bound document as a {@link PlainLead}, with the format's defaults applied (absent list
   * empty, basis STATED, per OCCURRENCE), so that it can be compared with the lead it was written
   * from: the check that the floor parses the same fields.
   *
   * @param lead a bound document
   * @return the same lead as plain records
   */
  public static PlainLead toPlain(JsonLead lead) {
    List<PlainLead.Problem> problems = new ArrayList<>();
    for (Problem p : orEmpty(lead.problems())) {
      Cost c = p.cost();
      Frequency f = p.frequency();
      TimeLost t = p.timeLost();
      problems.add(new PlainLead.Problem(
          req(p.statement()), p.visibility(), p.category(),
          c == null ? null : new PlainLead.Cost(req(c.amount()), req(c.currency()), per(c.per())),
          f == null ? null : new PlainLead.Frequency(f.count(), req(f.per())),
          t == null ? null : new PlainLead.TimeLost(req(t.hours()), per(t.per())),
          p.addressable(), basis(p.basis())));
    }
    List<PlainLead.Trigger> triggers = new ArrayList<>();
    for (Trigger t : orEmpty(lead.triggers())) {
      triggers.add(new PlainLead.Trigger(
          req(t.kind()), t.cause(), req(t.description()), t.date(), t.consequence(), basis(t.basis())));
    }
    Company company = lead.company();
    Contact contact = lead.contact();
    Situation situation = lead.situation();
    DecisionProcess decision = lead.decisionProcess();
    Map<String, String> attributes = lead.attributes();
    return new PlainLead(
        req(lead.id()),
        company == null ? null : new PlainLead.Company(company.name(), company.industry(), company.employees(), company.country()),
        contact == null ? null : new PlainLead.Contact(contact.name(), contact.title(), contact.email(), contact.phone()),
        lead.context(),
        lead.source(),
        lead.demoRequested(),
        situation == null ? null : situation(situation),
        List.copyOf(problems),
        List.copyOf(triggers),
        decision == null ? null : decision(decision),
        attributes == null ? Map.of() : Map.copyOf(attributes));
  }

  private static PlainLead.Situation situation(Situation s) {
    List<PlainLead.InstalledBaseItem> items = new ArrayList<>();
    for (InstalledBaseItem i : orEmpty(s.installedBase())) {
      items.add(new PlainLead.InstalledBaseItem(req(i.name()), i.supplier(), i.quantity(), i.ageYears()));
    }
    return new PlainLead.Situation(s.summary(), List.copyOf(items), s.teamSize(), s.inPlaceSince());
  }

  private static PlainLead.Decision decision(DecisionProcess d) {
    List<PlainLead.Stakeholder> stakeholders = new ArrayList<>();
    for (Stakeholder s : orEmpty(d.stakeholders())) {
      Money m = s.approvesAbove();
      Set<Role> roles = s.roles();
      stakeholders.add(new PlainLead.Stakeholder(
          s.name(), s.title(), s.group(), roles == null ? Set.of() : Set.copyOf(roles),
          m == null ? null : new PlainLead.Money(req(m.amount()), req(m.currency())),
          s.firstContact(), basis(s.basis())));
    }
    return new PlainLead.Decision(List.copyOf(stakeholders), d.process(), d.timeline(), d.decisionBy());
  }

  private static <T> List<T> orEmpty(@Nullable List<T> list) {
    return list == null ? List.of() : list;
  }

  private static Basis basis(@Nullable Basis basis) {
    return basis == null ? Basis.STATED : basis;
  }

  private static Per per(@Nullable Per per) {
    return per == null ? Per.OCCURRENCE : per;
  }

  private static <T> T req(@Nullable T value) {
    if (value == null) {
      throw new IllegalStateException("a required value is missing");
    }
    return value;
  }
}
