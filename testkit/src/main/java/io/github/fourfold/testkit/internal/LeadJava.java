package io.github.fourfold.testkit.internal;

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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Java source that rebuilds a lead: one expression of builder calls, with fully qualified type
 * names so it compiles without imports. Every string is escaped to ASCII.
 */
public final class LeadJava {
  private static final String MODEL = "io.github.fourfold.model.";

  private final StringBuilder out = new StringBuilder(512);

  private LeadJava() {}

  /** The expression that rebuilds {@code lead}, with its personal data as it is. */
  public static String of(Lead lead) {
    LeadJava java = new LeadJava();
    java.lead(lead);
    return java.out.toString();
  }

  private void lead(Lead lead) {
    out.append(MODEL).append("Lead.builder()");
    call("id", lead.id());
    Company company = lead.company();
    if (company != null) {
      open("company", "Company");
      call("name", company.name());
      call("industry", company.industry());
      value("employees", company.employees());
      call("country", company.country());
      close();
    }
    Contact contact = lead.contact();
    if (contact != null) {
      open("contact", "Contact");
      call("name", contact.name());
      call("title", contact.title());
      call("email", contact.email());
      call("phone", contact.phone());
      close();
    }
    call("context", lead.context());
    call("source", lead.source());
    if (lead.demoRequested()) {
      out.append(".demoRequested(true)");
    }
    Situation situation = lead.situation();
    if (situation != null) {
      open("situation", "Situation");
      call("summary", situation.summary());
      for (InstalledBaseItem item : situation.installedBase()) {
        open("addInstalledBase", "InstalledBaseItem");
        call("name", item.name());
        call("supplier", item.supplier());
        value("quantity", item.quantity());
        decimal("ageYears", item.ageYears());
        close();
      }
      value("teamSize", situation.teamSize());
      value("inPlaceSince", situation.inPlaceSince());
      close();
    }
    for (Problem problem : lead.problems()) {
      problem(problem);
    }
    for (UrgencyTrigger trigger : lead.triggers()) {
      open("addTriggers", "UrgencyTrigger");
      constant("kind", trigger.kind());
      constant("cause", trigger.cause());
      call("description", trigger.description());
      date("date", trigger.date());
      call("consequence", trigger.consequence());
      basis(trigger.basis());
      close();
    }
    DecisionProcess process = lead.decisionProcess();
    if (process != null) {
      open("decisionProcess", "DecisionProcess");
      for (Stakeholder s : process.stakeholders()) {
        stakeholder(s);
      }
      call("process", process.process());
      call("timeline", process.timeline());
      date("decisionBy", process.decisionBy());
      close();
    }
    for (Map.Entry<String, String> e : lead.attributes().entrySet()) {
      out.append(".putAttributes(").append(literal(e.getKey())).append(", ").append(literal(e.getValue()))
          .append(')');
    }
    out.append(".build()");
  }

  private void problem(Problem problem) {
    open("addProblems", "Problem");
    call("statement", problem.statement());
    constant("visibility", problem.visibility());
    constant("category", problem.category());
    Cost cost = problem.cost();
    if (cost != null) {
      out.append(".cost(").append(MODEL).append("Cost.of(").append(decimal(cost.amount())).append(", ")
          .append(literal(cost.currency())).append(", ").append(per(cost.per())).append("))");
    }
    Frequency frequency = problem.frequency();
    if (frequency != null) {
      out.append(".frequency(").append(MODEL).append("Frequency.of(").append(frequency.count()).append(", ")
          .append(per(frequency.per())).append("))");
    }
    TimeLost timeLost = problem.timeLost();
    if (timeLost != null) {
      out.append(".timeLost(").append(MODEL).append("TimeLost.of(").append(decimal(timeLost.hours()))
          .append(", ").append(per(timeLost.per())).append("))");
    }
    Boolean addressable = problem.addressable();
    if (addressable != null) {
      out.append(".addressable(").append(addressable).append(')');
    }
    basis(problem.basis());
    close();
  }

  private void stakeholder(Stakeholder s) {
    open("addStakeholders", "Stakeholder");
    call("name", s.name());
    call("title", s.title());
    constant("group", s.group());
    for (Role role : s.roles()) {
      out.append(".addRoles(").append(MODEL).append("Role.").append(role.name()).append(')');
    }
    Money threshold = s.approvesAbove();
    if (threshold != null) {
      out.append(".approvesAbove(").append(MODEL).append("Money.of(").append(decimal(threshold.amount()))
          .append(", ").append(literal(threshold.currency())).append("))");
    }
    if (s.firstContact()) {
      out.append(".firstContact(true)");
    }
    basis(s.basis());
    close();
  }

  private void open(String method, String type) {
    out.append('.').append(method).append('(').append(MODEL).append(type).append(".builder()");
  }

  private void close() {
    out.append(".build())");
  }

  private void call(String method, @Nullable String text) {
    if (text != null) {
      out.append('.').append(method).append('(').append(literal(text)).append(')');
    }
  }

  private void value(String method, @Nullable Integer number) {
    if (number != null) {
      out.append('.').append(method).append('(').append(number).append(')');
    }
  }

  private void decimal(String method, @Nullable BigDecimal number) {
    if (number != null) {
      out.append('.').append(method).append('(').append(decimal(number)).append(')');
    }
  }

  private void date(String method, @Nullable LocalDate date) {
    if (date != null) {
      out.append('.').append(method).append("(java.time.LocalDate.of(").append(date.getYear()).append(", ")
          .append(date.getMonthValue()).append(", ").append(date.getDayOfMonth()).append("))");
    }
  }

  private void constant(String method, @Nullable Enum<?> value) {
    if (value != null) {
      out.append('.').append(method).append('(').append(MODEL).append(value.getDeclaringClass().getSimpleName())
          .append('.').append(value.name()).append(')');
    }
  }

  private void basis(Basis basis) {
    if (basis != Basis.STATED) {
      constant("basis", basis);
    }
  }

  private static String per(Per per) {
    return MODEL + "Per." + per.name();
  }

  private static String decimal(BigDecimal number) {
    return "new java.math.BigDecimal(\"" + number.toString() + "\")";
  }

  /** A Java string literal: printable ASCII as is, everything else as a {@code \\uXXXX} escape. */
  static String literal(String text) {
    StringBuilder s = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\') {
        s.append('\\').append(c);
      } else if (c == '\n') {
        s.append("\\n"); // a unicode escape of a line end would end the literal
      } else if (c == '\r') {
        s.append("\\r");
      } else if (c >= ' ' && c < 0x7F) {
        s.append(c);
      } else {
        s.append(String.format("\\u%04x", (int) c));
      }
    }
    return s.append('"').toString();
  }
}
