package io.github.fourfold.jackson.internal;

import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.fasterxml.jackson.databind.module.SimpleSerializers;
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

/** The serializers and deserializers the module registers: one of each per core type. */
public final class FormatTypes {
  private FormatTypes() {}

  /** The serializers of every core type. */
  public static SimpleSerializers serializers() {
    SimpleSerializers s = new SimpleSerializers();
    s.addSerializer(Lead.class, new FormatSerializer<>(Lead.class, FormatWriter::lead));
    s.addSerializer(Company.class, new FormatSerializer<>(Company.class, FormatWriter::company));
    s.addSerializer(Contact.class, new FormatSerializer<>(Contact.class, FormatWriter::contact));
    s.addSerializer(
        Situation.class, new FormatSerializer<>(Situation.class, FormatWriter::situation));
    s.addSerializer(
        InstalledBaseItem.class,
        new FormatSerializer<>(InstalledBaseItem.class, FormatWriter::installedBaseItem));
    s.addSerializer(Problem.class, new FormatSerializer<>(Problem.class, FormatWriter::problem));
    s.addSerializer(Cost.class, new FormatSerializer<>(Cost.class, FormatWriter::cost));
    s.addSerializer(
        Frequency.class, new FormatSerializer<>(Frequency.class, FormatWriter::frequency));
    s.addSerializer(TimeLost.class, new FormatSerializer<>(TimeLost.class, FormatWriter::timeLost));
    s.addSerializer(Money.class, new FormatSerializer<>(Money.class, FormatWriter::money));
    s.addSerializer(
        UrgencyTrigger.class, new FormatSerializer<>(UrgencyTrigger.class, FormatWriter::trigger));
    s.addSerializer(
        DecisionProcess.class,
        new FormatSerializer<>(DecisionProcess.class, FormatWriter::decisionProcess));
    s.addSerializer(
        Stakeholder.class, new FormatSerializer<>(Stakeholder.class, FormatWriter::stakeholder));
    s.addSerializer(
        QualificationResult.class,
        new FormatSerializer<>(QualificationResult.class, FormatWriter::result));
    s.addSerializer(
        CriterionFinding.class, new FormatSerializer<>(CriterionFinding.class, FormatWriter::finding));
    s.addSerializer(Warning.class, new FormatSerializer<>(Warning.class, FormatWriter::warning));
    forEachEnum(new EnumVisitor() {
      @Override
      public <E extends Enum<E>> void visit(Class<E> type) {
        s.addSerializer(type, new FormatSerializer<E>(type, FormatWriter::enumValue));
      }
    });
    return s;
  }

  /** The deserializers of every core type, reading with the given settings. */
  public static SimpleDeserializers deserializers(ReadSettings settings) {
    SimpleDeserializers d = new SimpleDeserializers();
    add(d, Lead.class, settings, FormatReader.LEAD);
    add(d, Company.class, settings, FormatReader.COMPANY);
    add(d, Contact.class, settings, FormatReader.CONTACT);
    add(d, Situation.class, settings, FormatReader.SITUATION);
    add(d, InstalledBaseItem.class, settings, FormatReader.INSTALLED_BASE_ITEM);
    add(d, Problem.class, settings, FormatReader.PROBLEM);
    add(d, Cost.class, settings, FormatReader.COST);
    add(d, Frequency.class, settings, FormatReader.FREQUENCY);
    add(d, TimeLost.class, settings, FormatReader.TIME_LOST);
    add(d, Money.class, settings, FormatReader.MONEY);
    add(d, UrgencyTrigger.class, settings, FormatReader.URGENCY_TRIGGER);
    add(d, DecisionProcess.class, settings, FormatReader.DECISION_PROCESS);
    add(d, Stakeholder.class, settings, FormatReader.STAKEHOLDER);
    add(d, QualificationResult.class, settings, FormatReader.RESULT);
    add(d, CriterionFinding.class, settings, FormatReader.FINDING);
    add(d, Warning.class, settings, FormatReader.WARNING);
    forEachEnum(new EnumVisitor() {
      @Override
      public <E extends Enum<E>> void visit(Class<E> type) {
        E[] values = type.getEnumConstants();
        add(d, type, settings, r -> r.enumValue(values));
      }
    });
    return d;
  }

  private static <T> void add(
      SimpleDeserializers d, Class<T> type, ReadSettings settings, FormatReader.Kind<T> kind) {
    d.addDeserializer(type, new FormatDeserializer<>(type, settings, kind));
  }

  /** Something to do for each enum type of the core. */
  private interface EnumVisitor {
    <E extends Enum<E>> void visit(Class<E> type);
  }

  private static void forEachEnum(EnumVisitor visitor) {
    visitor.visit(Basis.class);
    visitor.visit(Visibility.class);
    visitor.visit(ProblemCategory.class);
    visitor.visit(Per.class);
    visitor.visit(TriggerKind.class);
    visitor.visit(TriggerCause.class);
    visitor.visit(StakeholderGroup.class);
    visitor.visit(Role.class);
    visitor.visit(Verdict.class);
    visitor.visit(Criterion.class);
    visitor.visit(ReasonCode.class);
    visitor.visit(WarningCode.class);
  }
}
