package io.github.fourfold.benchmarks.rules;

import io.github.fourfold.model.Lead;
import java.util.HashMap;
import java.util.Map;
import org.jeasy.rules.api.Facts;
import org.jeasy.rules.api.Rules;
import org.jeasy.rules.api.RulesEngine;
import org.jeasy.rules.api.RulesEngineParameters;
import org.jeasy.rules.core.DefaultRulesEngine;
import org.jeasy.rules.mvel.MVELRule;
import org.jspecify.annotations.Nullable;

/**
 * The ICP check as Easy Rules MVEL rules, Easy Rules' way to rules without Java: each rule's
 * condition and action are MVEL expressions, as a rule file would hold them. The first rule that
 * fires wins (the engine skips the rest), which gives the same precedence as the ordered checks.
 */
public final class MvelIcpRules {
  private final Rules rules = new Rules(
      rule("competitor", 1,
          "lead.attributes().get(\"crm.accountType\") != null"
              + " && lead.attributes().get(\"crm.accountType\").equalsIgnoreCase(\"competitor\")",
          "ICP_COMPETITOR"),
      rule("industry unknown", 2,
          "lead.company() == null || lead.company().industry() == null || lead.company().industry().isBlank()",
          "ICP_FIT_UNKNOWN"),
      rule("industry", 3,
          "!([\"manufacturing\", \"food processing\", \"packaging\"]"
              + ".contains(lead.company().industry().strip().toLowerCase()))",
          "ICP_INDUSTRY_MISMATCH"),
      rule("size", 4,
          "lead.company().employees() != null && lead.company().employees() < 20",
          "ICP_TOO_SMALL"));
  private final RulesEngine engine = new DefaultRulesEngine(new RulesEngineParameters().skipOnFirstAppliedRule(true));

  private static MVELRule rule(String name, int priority, String when, String reason) {
    return new MVELRule().name(name).priority(priority).when(when).then("outcome.put(\"reason\", \"" + reason + "\");");
  }

  /**
   * The reason the ICP check fails, or null when the lead fits.
   *
   * @param lead the lead
   * @return the reason code, or null
   */
  public @Nullable String reason(Lead lead) {
    Facts facts = new Facts();
    Map<String, String> outcome = new HashMap<>(4);
    facts.put("lead", lead);
    facts.put("outcome", outcome);
    engine.fire(rules, facts);
    return outcome.get("reason");
  }
}
