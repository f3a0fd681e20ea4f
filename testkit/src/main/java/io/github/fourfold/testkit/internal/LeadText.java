package io.github.fourfold.testkit.internal;

import io.github.fourfold.model.Company;
import io.github.fourfold.model.Contact;
import io.github.fourfold.model.Cost;
import io.github.fourfold.model.DecisionProcess;
import io.github.fourfold.model.Frequency;
import io.github.fourfold.model.InstalledBaseItem;
import io.github.fourfold.model.Lead;
import io.github.fourfold.model.Money;
import io.github.fourfold.model.Problem;
import io.github.fourfold.model.Situation;
import io.github.fourfold.model.Stakeholder;
import io.github.fourfold.model.TimeLost;
import io.github.fourfold.model.UrgencyTrigger;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Writes a lead for a failure message: only the values that are set, in the model's builder
 * vocabulary, with personal data masked as {@code ***} (a blank value is shown, since it says
 * nothing about a person), blank and invisible code points escaped, and long text cut.
 */
public final class LeadText {
  private static final int MAX_TEXT = 60;

  private LeadText() {}

  /** The lead, compactly. */
  public static String describe(Lead lead) {
    Fields f = new Fields("Lead");
    f.text("id", lead.id());
    Company company = lead.company();
    if (company != null) {
      Fields c = new Fields("Company");
      c.text("name", company.name());
      c.text("industry", company.industry());
      c.value("employees", company.employees());
      c.value("country", company.country());
      f.raw("company", c.end());
    }
    Contact contact = lead.contact();
    if (contact != null) {
      Fields c = new Fields("Contact");
      c.personal("name", contact.name());
      c.text("title", contact.title());
      c.personal("email", contact.email());
      c.personal("phone", contact.phone());
      f.raw("contact", c.end());
    }
    f.text("context", lead.context());
    f.text("source", lead.source());
    if (lead.demoRequested()) {
      f.value("demoRequested", true);
    }
    Situation situation = lead.situation();
    if (situation != null) {
      Fields s = new Fields("Situation");
      s.text("summary", situation.summary());
      s.list("installedBase", situation.installedBase(), LeadText::item);
      s.value("teamSize", situation.teamSize());
      s.value("inPlaceSince", situation.inPlaceSince());
      f.raw("situation", s.end());
    }
    f.list("problems", lead.problems(), LeadText::problem);
    f.list("triggers", lead.triggers(), LeadText::trigger);
    DecisionProcess process = lead.decisionProcess();
    if (process != null) {
      Fields d = new Fields("DecisionProcess");
      d.list("stakeholders", process.stakeholders(), LeadText::stakeholder);
      d.text("process", process.process());
      d.text("timeline", process.timeline());
      d.value("decisionBy", process.decisionBy());
      f.raw("decisionProcess", d.end());
    }
    if (!lead.attributes().isEmpty()) {
      StringBuilder map = new StringBuilder("{");
      for (Map.Entry<String, String> e : lead.attributes().entrySet()) {
        if (map.length() > 1) {
          map.append(", ");
        }
        map.append(quote(e.getKey())).append('=').append(quote(e.getValue()));
      }
      f.raw("attributes", map.append('}').toString());
    }
    return f.end();
  }

  private static String item(InstalledBaseItem item) {
    Fields f = new Fields("InstalledBaseItem");
    f.text("name", item.name());
    f.text("supplier", item.supplier());
    f.value("quantity", item.quantity());
    f.value("ageYears", item.ageYears());
    return f.end();
  }

  private static String problem(Problem p) {
    Fields f = new Fields("Problem");
    f.text("statement", p.statement());
    f.value("visibility", p.visibility());
    f.value("category", p.category());
    Cost cost = p.cost();
    if (cost != null) {
      f.raw("cost", cost.amount() + " " + cost.currency() + " per " + cost.per());
    }
    Frequency frequency = p.frequency();
    if (frequency != null) {
      f.raw("frequency", frequency.count() + " per " + frequency.per());
    }
    TimeLost timeLost = p.timeLost();
    if (timeLost != null) {
      f.raw("timeLost", timeLost.hours() + " h per " + timeLost.per());
    }
    f.value("addressable", p.addressable());
    f.value("basis", p.basis());
    return f.end();
  }

  /** One trigger, compactly. */
  public static String describe(UrgencyTrigger t) {
    return trigger(t);
  }

  private static String trigger(UrgencyTrigger t) {
    Fields f = new Fields("UrgencyTrigger");
    f.value("kind", t.kind());
    f.value("cause", t.cause());
    f.text("description", t.description());
    f.value("date", t.date());
    f.text("consequence", t.consequence());
    f.value("basis", t.basis());
    return f.end();
  }

  private static String stakeholder(Stakeholder s) {
    Fields f = new Fields("Stakeholder");
    f.personal("name", s.name());
    f.text("title", s.title());
    f.value("group", s.group());
    if (!s.roles().isEmpty()) {
      f.raw("roles", s.roles().toString());
    }
    Money threshold = s.approvesAbove();
    if (threshold != null) {
      f.raw("approvesAbove", threshold.amount() + " " + threshold.currency());
    }
    if (s.firstContact()) {
      f.value("firstContact", true);
    }
    f.value("basis", s.basis());
    return f.end();
  }

  /** A string literal with invisible and blank code points escaped, cut after 60 code points. */
  static String quote(String text) {
    StringBuilder out = new StringBuilder("\"");
    int total = text.codePointCount(0, text.length());
    int shown = 0;
    for (int i = 0; i < text.length() && shown < MAX_TEXT; shown++) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (cp == '"' || cp == '\\') {
        out.append('\\').appendCodePoint(cp);
      } else if (cp == ' ' || (cp > ' ' && cp < 0x7F)) {
        out.appendCodePoint(cp);
      } else if (Character.isLetterOrDigit(cp) && !Character.isIdentifierIgnorable(cp)) {
        out.appendCodePoint(cp);
      } else if (cp > 0xFFFF) {
        out.appendCodePoint(cp); // emoji and other supplementary characters print fine
      } else {
        out.append(String.format("\\u%04X", cp));
      }
    }
    out.append('"');
    if (total > shown) {
      out.append("…(").append(total).append(" code points)");
    }
    return out.toString();
  }

  /** Collects {@code name=value} pairs of set values. */
  private static final class Fields {
    private final StringBuilder out;
    private boolean first = true;

    Fields(String type) {
      out = new StringBuilder(type).append('{');
    }

    void text(String name, @Nullable String value) {
      if (value != null) {
        raw(name, quote(value));
      }
    }

    void personal(String name, @Nullable String value) {
      if (value != null) {
        raw(name, SpecOracle.isBlank(value) ? quote(value) : "***");
      }
    }

    void value(String name, @Nullable Object value) {
      if (value != null) {
        raw(name, String.valueOf(value));
      }
    }

    <T> void list(String name, List<T> values, Function<T, String> describe) {
      if (values.isEmpty()) {
        return;
      }
      StringBuilder list = new StringBuilder("[");
      for (T value : values) {
        if (list.length() > 1) {
          list.append(", ");
        }
        list.append(describe.apply(value));
      }
      raw(name, list.append(']').toString());
    }

    void raw(String name, String value) {
      if (!first) {
        out.append(", ");
      }
      first = false;
      out.append(name).append('=').append(value);
    }

    String end() {
      return out.append('}').toString();
    }
  }
}
