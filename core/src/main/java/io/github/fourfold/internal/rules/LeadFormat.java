package io.github.fourfold.internal.rules;

import io.github.fourfold.internal.rules.Field.Type;
import io.github.fourfold.model.Basis;
import io.github.fourfold.model.Company;
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

/**
 * The lead's JSON format as rules read it: wire names, the type of each field, and the model
 * accessor that reads it. Paths are resolved against this table once, when a definition is
 * built; evaluating a lead then only calls these accessors.
 */
final class LeadFormat {
  private static final String PERSONAL = "personal data, which rules never read";

  /** The lead itself. */
  static final Field LEAD = lead();

  private LeadFormat() {}

  private static Field lead() {
    Field company = Field.of(Type.OBJECT, l -> ((Lead) l).company())
        .with("name", Field.of(Type.PROSE, c -> ((Company) c).name()))
        .with("industry", Field.of(Type.TEXT, c -> ((Company) c).industry()))
        .with("employees", Field.of(Type.INTEGER, c -> ((Company) c).employees()))
        .with("country", Field.of(Type.TEXT, c -> ((Company) c).country()));
    Field item = Field.of(Type.OBJECT, null)
        .with("name", Field.of(Type.PROSE, i -> ((InstalledBaseItem) i).name()))
        .with("supplier", Field.of(Type.TEXT, i -> ((InstalledBaseItem) i).supplier()))
        .with("quantity", Field.of(Type.INTEGER, i -> ((InstalledBaseItem) i).quantity()))
        .with("ageYears", Field.of(Type.DECIMAL, i -> ((InstalledBaseItem) i).ageYears()));
    Field situation = Field.of(Type.OBJECT, l -> ((Lead) l).situation())
        .with("summary", Field.of(Type.PROSE, s -> ((Situation) s).summary()))
        .with("installedBase", Field.listOf(item, s -> ((Situation) s).installedBase()))
        .with("teamSize", Field.of(Type.INTEGER, s -> ((Situation) s).teamSize()))
        .with("inPlaceSince", Field.of(Type.INTEGER, s -> ((Situation) s).inPlaceSince()));
    Field cost = Field.of(Type.MONEY, p -> ((Problem) p).cost())
        .with("amount", Field.of(Type.AMOUNT, c -> ((Cost) c).amount()))
        .with("currency", Field.of(Type.TEXT, c -> ((Cost) c).currency()))
        .with("per", Field.enumOf(Per.values(), c -> ((Cost) c).per()));
    Field problem = Field.of(Type.OBJECT, null)
        .with("statement", Field.of(Type.PROSE, p -> ((Problem) p).statement()))
        .with("visibility", Field.enumOf(Visibility.values(), p -> ((Problem) p).visibility()))
        .with("category", Field.enumOf(ProblemCategory.values(), p -> ((Problem) p).category()))
        .with("cost", cost)
        .with("frequency", Field.of(Type.OBJECT, p -> ((Problem) p).frequency())
            .with("count", Field.of(Type.INTEGER, f -> ((Frequency) f).count()))
            .with("per", Field.enumOf(Per.values(), f -> ((Frequency) f).per())))
        .with("timeLost", Field.of(Type.OBJECT, p -> ((Problem) p).timeLost())
            .with("hours", Field.of(Type.DECIMAL, t -> ((TimeLost) t).hours()))
            .with("per", Field.enumOf(Per.values(), t -> ((TimeLost) t).per())))
        .with("addressable", Field.of(Type.BOOLEAN, p -> ((Problem) p).addressable()))
        .with("basis", Field.enumOf(Basis.values(), p -> ((Problem) p).basis()));
    Field trigger = Field.of(Type.OBJECT, null)
        .with("kind", Field.enumOf(TriggerKind.values(), t -> ((UrgencyTrigger) t).kind()))
        .with("cause", Field.enumOf(TriggerCause.values(), t -> ((UrgencyTrigger) t).cause()))
        .with("description", Field.of(Type.PROSE, t -> ((UrgencyTrigger) t).description()))
        .with("date", Field.of(Type.DATE, t -> ((UrgencyTrigger) t).date()))
        .with("consequence", Field.of(Type.PROSE, t -> ((UrgencyTrigger) t).consequence()))
        .with("basis", Field.enumOf(Basis.values(), t -> ((UrgencyTrigger) t).basis()));
    Field approvesAbove = Field.of(Type.MONEY, s -> ((Stakeholder) s).approvesAbove())
        .with("amount", Field.of(Type.AMOUNT, m -> ((Money) m).amount()))
        .with("currency", Field.of(Type.TEXT, m -> ((Money) m).currency()));
    Field stakeholder = Field.of(Type.OBJECT, null)
        .with("name", Field.refused(PERSONAL))
        .with("title", Field.of(Type.PROSE, s -> ((Stakeholder) s).title()))
        .with("group", Field.enumOf(StakeholderGroup.values(), s -> ((Stakeholder) s).group()))
        .with("roles", Field.listOf(Field.enumOf(Role.values(), null), s -> ((Stakeholder) s).roles()))
        .with("approvesAbove", approvesAbove)
        .with("firstContact", Field.of(Type.BOOLEAN, s -> ((Stakeholder) s).firstContact()))
        .with("basis", Field.enumOf(Basis.values(), s -> ((Stakeholder) s).basis()));
    Field process = Field.of(Type.OBJECT, l -> ((Lead) l).decisionProcess())
        .with("stakeholders", Field.listOf(stakeholder, d -> ((DecisionProcess) d).stakeholders()))
        .with("process", Field.of(Type.PROSE, d -> ((DecisionProcess) d).process()))
        .with("timeline", Field.of(Type.PROSE, d -> ((DecisionProcess) d).timeline()))
        .with("decisionBy", Field.of(Type.DATE, d -> ((DecisionProcess) d).decisionBy()));
    return Field.of(Type.OBJECT, null)
        .with("id", Field.refused("the lead's id, which says nothing about the lead"))
        .with("company", company)
        .with("contact", Field.refused(PERSONAL))
        .with("context", Field.of(Type.PROSE, l -> ((Lead) l).context()))
        .with("source", Field.of(Type.TEXT, l -> ((Lead) l).source()))
        .with("demoRequested", Field.of(Type.BOOLEAN, l -> ((Lead) l).demoRequested()))
        .with("situation", situation)
        .with("problems", Field.listOf(problem, l -> ((Lead) l).problems()))
        .with("triggers", Field.listOf(trigger, l -> ((Lead) l).triggers()))
        .with("decisionProcess", process)
        .with("attributes", Field.of(Type.ATTRIBUTES, l -> ((Lead) l).attributes()));
  }
}
