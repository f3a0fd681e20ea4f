package io.github.fourfold.jackson.internal;

import com.fasterxml.jackson.core.JsonGenerationException;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import io.github.fourfold.CriterionFinding;
import io.github.fourfold.QualificationResult;
import io.github.fourfold.Warning;
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
import io.github.fourfold.model.Role;
import io.github.fourfold.model.Situation;
import io.github.fourfold.model.Stakeholder;
import io.github.fourfold.model.TimeLost;
import io.github.fourfold.model.UrgencyTrigger;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The writer of the JSON format: every type's properties in the order of the format's tables,
 * absent values and empty lists left out, and values equal to their documented default left out
 * too ({@code demoRequested} and {@code firstContact} false, {@code basis} STATED, a cost's or
 * time loss's {@code per} OCCURRENCE), so that each value has one canonical form.
 */
public final class FormatWriter {
  /** Writes one value of a type as one JSON value. */
  @FunctionalInterface
  public interface Writer<T> {
    /**
     * Writes the value.
     *
     * @param generator where to write
     * @param value the value
     * @throws IOException when writing fails, or a text cannot be written as JSON
     */
    void write(JsonGenerator generator, T value) throws IOException;
  }

  private FormatWriter() {}

  /** Writes an enum value as its name. */
  public static void enumValue(JsonGenerator g, Enum<?> value) throws IOException {
    g.writeString(value.name());
  }

  // ---------------------------------------------------------------- the lead

  /** Writes a lead. */
  public static void lead(JsonGenerator g, Lead lead) throws IOException {
    g.writeStartObject();
    text(g, "id", lead.id());
    Company company = lead.company();
    if (company != null) {
      g.writeFieldName("company");
      company(g, company);
    }
    Contact contact = lead.contact();
    if (contact != null) {
      g.writeFieldName("contact");
      contact(g, contact);
    }
    text(g, "context", lead.context());
    text(g, "source", lead.source());
    if (lead.demoRequested()) {
      g.writeBooleanField("demoRequested", true);
    }
    Situation situation = lead.situation();
    if (situation != null) {
      g.writeFieldName("situation");
      situation(g, situation);
    }
    list(g, "problems", lead.problems(), FormatWriter::problem);
    list(g, "triggers", lead.triggers(), FormatWriter::trigger);
    DecisionProcess decisionProcess = lead.decisionProcess();
    if (decisionProcess != null) {
      g.writeFieldName("decisionProcess");
      decisionProcess(g, decisionProcess);
    }
    Map<String, String> attributes = lead.attributes();
    if (!attributes.isEmpty()) {
      g.writeFieldName("attributes");
      g.writeStartObject();
      for (Map.Entry<String, String> attribute : attributes.entrySet()) {
        checkText(g, "attributes", attribute.getKey());
        checkText(g, "attributes", attribute.getValue());
        g.writeStringField(attribute.getKey(), attribute.getValue());
      }
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  /** Writes a company. */
  public static void company(JsonGenerator g, Company company) throws IOException {
    g.writeStartObject();
    text(g, "name", company.name());
    text(g, "industry", company.industry());
    integer(g, "employees", company.employees());
    text(g, "country", company.country());
    g.writeEndObject();
  }

  /** Writes a contact. */
  public static void contact(JsonGenerator g, Contact contact) throws IOException {
    g.writeStartObject();
    text(g, "name", contact.name());
    text(g, "title", contact.title());
    text(g, "email", contact.email());
    text(g, "phone", contact.phone());
    g.writeEndObject();
  }

  /** Writes a situation. */
  public static void situation(JsonGenerator g, Situation situation) throws IOException {
    g.writeStartObject();
    text(g, "summary", situation.summary());
    list(g, "installedBase", situation.installedBase(), FormatWriter::installedBaseItem);
    integer(g, "teamSize", situation.teamSize());
    integer(g, "inPlaceSince", situation.inPlaceSince());
    g.writeEndObject();
  }

  /** Writes an installed-base item. */
  public static void installedBaseItem(JsonGenerator g, InstalledBaseItem item)
      throws IOException {
    g.writeStartObject();
    text(g, "name", item.name());
    text(g, "supplier", item.supplier());
    integer(g, "quantity", item.quantity());
    decimal(g, "ageYears", item.ageYears());
    g.writeEndObject();
  }

  /** Writes a problem. */
  public static void problem(JsonGenerator g, Problem problem) throws IOException {
    g.writeStartObject();
    text(g, "statement", problem.statement());
    enumField(g, "visibility", problem.visibility());
    enumField(g, "category", problem.category());
    Cost cost = problem.cost();
    if (cost != null) {
      g.writeFieldName("cost");
      cost(g, cost);
    }
    Frequency frequency = problem.frequency();
    if (frequency != null) {
      g.writeFieldName("frequency");
      frequency(g, frequency);
    }
    TimeLost timeLost = problem.timeLost();
    if (timeLost != null) {
      g.writeFieldName("timeLost");
      timeLost(g, timeLost);
    }
    Boolean addressable = problem.addressable();
    if (addressable != null) {
      g.writeBooleanField("addressable", addressable);
    }
    basis(g, problem.basis());
    g.writeEndObject();
  }

  /** Writes a cost. */
  public static void cost(JsonGenerator g, Cost cost) throws IOException {
    g.writeStartObject();
    decimal(g, "amount", cost.amount());
    text(g, "currency", cost.currency());
    if (cost.per() != Per.OCCURRENCE) {
      enumField(g, "per", cost.per());
    }
    g.writeEndObject();
  }

  /** Writes a frequency. */
  public static void frequency(JsonGenerator g, Frequency frequency) throws IOException {
    g.writeStartObject();
    g.writeNumberField("count", frequency.count());
    enumField(g, "per", frequency.per());
    g.writeEndObject();
  }

  /** Writes a time loss. */
  public static void timeLost(JsonGenerator g, TimeLost timeLost) throws IOException {
    g.writeStartObject();
    decimal(g, "hours", timeLost.hours());
    if (timeLost.per() != Per.OCCURRENCE) {
      enumField(g, "per", timeLost.per());
    }
    g.writeEndObject();
  }

  /** Writes an amount of money. */
  public static void money(JsonGenerator g, Money money) throws IOException {
    g.writeStartObject();
    decimal(g, "amount", money.amount());
    text(g, "currency", money.currency());
    g.writeEndObject();
  }

  /** Writes an urgency trigger. */
  public static void trigger(JsonGenerator g, UrgencyTrigger trigger) throws IOException {
    g.writeStartObject();
    enumField(g, "kind", trigger.kind());
    enumField(g, "cause", trigger.cause());
    text(g, "description", trigger.description());
    date(g, "date", trigger.date());
    text(g, "consequence", trigger.consequence());
    basis(g, trigger.basis());
    g.writeEndObject();
  }

  /** Writes a decision process. */
  public static void decisionProcess(JsonGenerator g, DecisionProcess decision)
      throws IOException {
    g.writeStartObject();
    list(g, "stakeholders", decision.stakeholders(), FormatWriter::stakeholder);
    text(g, "process", decision.process());
    text(g, "timeline", decision.timeline());
    date(g, "decisionBy", decision.decisionBy());
    g.writeEndObject();
  }

  /** Writes a stakeholder. */
  public static void stakeholder(JsonGenerator g, Stakeholder stakeholder) throws IOException {
    g.writeStartObject();
    text(g, "name", stakeholder.name());
    text(g, "title", stakeholder.title());
    enumField(g, "group", stakeholder.group());
    if (!stakeholder.roles().isEmpty()) {
      g.writeFieldName("roles");
      g.writeStartArray();
      for (Role role : stakeholder.roles()) {
        g.writeString(role.name());
      }
      g.writeEndArray();
    }
    Money approvesAbove = stakeholder.approvesAbove();
    if (approvesAbove != null) {
      g.writeFieldName("approvesAbove");
      money(g, approvesAbove);
    }
    if (stakeholder.firstContact()) {
      g.writeBooleanField("firstContact", true);
    }
    basis(g, stakeholder.basis());
    g.writeEndObject();
  }

  // ---------------------------------------------------------------- the result

  /** Writes a qualification result. */
  public static void result(JsonGenerator g, QualificationResult result) throws IOException {
    g.writeStartObject();
    text(g, "leadId", result.leadId());
    enumField(g, "verdict", result.verdict());
    date(g, "asOf", result.asOf());
    g.writeFieldName("criteria");
    g.writeStartArray();
    for (CriterionFinding finding : result.findings()) {
      finding(g, finding);
    }
    g.writeEndArray();
    list(g, "warnings", result.warnings(), FormatWriter::warning);
    date(g, "revisitOn", result.revisitOn());
    list(g, "nextQuestions", result.nextQuestions(), (out, question) -> {
      checkText(out, "nextQuestions", question);
      out.writeString(question);
    });
    text(g, "qualifier", result.qualifierId());
    g.writeEndObject();
  }

  /** Writes a criterion finding. */
  public static void finding(JsonGenerator g, CriterionFinding finding) throws IOException {
    g.writeStartObject();
    text(g, "criterion", finding.criterionCode());
    g.writeBooleanField("met", finding.met());
    text(g, "reason", finding.reasonCode());
    text(g, "message", finding.message());
    g.writeEndObject();
  }

  /** Writes a warning. */
  public static void warning(JsonGenerator g, Warning warning) throws IOException {
    g.writeStartObject();
    text(g, "code", warning.code());
    text(g, "message", warning.message());
    g.writeEndObject();
  }

  // ---------------------------------------------------------------- fields

  private static void text(JsonGenerator g, String property, @Nullable String value)
      throws IOException {
    if (value != null) {
      checkText(g, property, value);
      g.writeStringField(property, value);
    }
  }

  /**
   * Refuses text that JSON in UTF-8 cannot carry (the reader would reject it as malformed). The
   * message names the format's property, never the value.
   */
  private static void checkText(JsonGenerator g, String property, String value)
      throws JsonGenerationException {
    if (Values.hasUnpairedSurrogate(value)) {
      throw new JsonGenerationException(
          "Cannot write the text of '" + property + "': it has an unpaired surrogate, which"
              + " JSON in UTF-8 cannot carry",
          g);
    }
  }

  private static void integer(JsonGenerator g, String property, @Nullable Integer value)
      throws IOException {
    if (value != null) {
      g.writeNumberField(property, value.intValue());
    }
  }

  private static void decimal(JsonGenerator g, String property, @Nullable BigDecimal value)
      throws IOException {
    if (value != null) {
      g.writeFieldName(property);
      if (g instanceof TokenBuffer) {
        // convertValue() and valueToTree() buffer tokens: hand over the exact value, as a
        // buffered number text would be read back as a double.
        g.writeNumber(value);
      } else {
        g.writeNumber(Values.decimalText(value));
      }
    }
  }

  private static void date(JsonGenerator g, String property, @Nullable LocalDate value)
      throws IOException {
    if (value != null) {
      g.writeStringField(property, value.toString());
    }
  }

  private static void enumField(JsonGenerator g, String property, @Nullable Enum<?> value)
      throws IOException {
    if (value != null) {
      g.writeStringField(property, value.name());
    }
  }

  private static void basis(JsonGenerator g, Basis basis) throws IOException {
    if (basis != Basis.STATED) {
      enumField(g, "basis", basis);
    }
  }

  private static <T> void list(JsonGenerator g, String property, List<T> values, Writer<T> writer)
      throws IOException {
    if (values.isEmpty()) {
      return;
    }
    g.writeFieldName(property);
    g.writeStartArray();
    for (T value : values) {
      writer.write(g, value);
    }
    g.writeEndArray();
  }
}
