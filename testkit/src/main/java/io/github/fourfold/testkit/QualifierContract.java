package io.github.fourfold.testkit;

import io.github.fourfold.Qualifier;
import io.github.fourfold.testkit.internal.ContractChecks;
import io.github.fourfold.testkit.internal.PropertyRunner;
import io.github.fourfold.testkit.internal.PropertyRunner.LeadCheck;
import org.junit.jupiter.api.Test;

/**
 * Checks that a qualifier keeps the contract every Fourfold qualifier must keep: implement it in
 * a test class and return your qualifier.
 *
 * <pre>{@code
 * final class MyQualifierTest implements QualifierContract<MyQualifier> {
 *   @Override
 *   public MyQualifier qualifier() {
 *     return new MyQualifier();
 *   }
 * }
 * }</pre>
 *
 * <p>Each test runs the qualifier on {@link #leads()} generated leads from {@link #seed()} and
 * checks one invariant of the rule's reference, {@code docs/qualification-rule.md} in the
 * project:
 *
 * <ol>
 *   <li><b>Total</b>: it returns a result for the lead and date, and never throws, also as of
 *       0001-01-01 and 9999-12-31.
 *   <li><b>Deterministic</b>: an equal lead on the same date gives an equal result, also after
 *       qualifying another lead in between.
 *   <li><b>Order-free</b>: reversing, rotating or shuffling problems, triggers or stakeholders
 *       changes neither the verdict, nor any finding or its message, nor the warnings, nor
 *       {@code revisitOn}.
 *   <li><b>Blind to personal data</b>: replacing the names, e-mail addresses and phone numbers of
 *       the contact and stakeholders, and the wording of every free text (titles, company name
 *       and industry, context, source, summary, installed base, statements, descriptions,
 *       consequences, process, timeline), with other text of the same blankness does not change
 *       the verdict. Ids, numbers, dates, enums and {@code attributes} are kept.
 * </ol>
 *
 * <p>It also checks that results never quote personal data, and that one instance called from
 * several threads at once gives the same results as from one thread.
 *
 * <p>A failure names the property, the seed and the lead's position, shows the lead shrunk to
 * what still fails (personal data masked), and prints Java that rebuilds the shrunk lead as the
 * qualifier got it (generated test data in full), which fails when you run it. Three
 * leads in four are judged as of {@link #generator()}'s date; the fourth as of a leap day, a month
 * end, a year end, 0001-01-01 or 9999-12-31 in turn. To leave a check out, override its method
 * and annotate it {@code @Disabled("why")}.
 *
 * @param <Q> the qualifier's type
 */
public interface QualifierContract<Q extends Qualifier> {
  /** The seed of the lead stream unless {@link #seed()} says otherwise. */
  long DEFAULT_SEED = 20_270_301L;

  /** How many leads each property checks unless {@link #leads()} says otherwise. */
  int DEFAULT_LEADS = 2_000;

  /**
   * The qualifier to check. Called once per test; it may return a new instance or a shared one.
   *
   * @return the qualifier
   */
  Q qualifier();

  /**
   * The seed of the generated leads. {@link #DEFAULT_SEED} unless the system property
   * {@code fourfold.testkit.seed} sets another (to explore more leads without editing code).
   *
   * @return the seed
   */
  default long seed() {
    return Long.getLong("fourfold.testkit.seed", DEFAULT_SEED);
  }

  /**
   * How many leads each property checks. {@link #DEFAULT_LEADS} unless the system property
   * {@code fourfold.testkit.leads} sets another.
   *
   * @return the number of leads, at least 1
   */
  default int leads() {
    return Integer.getInteger("fourfold.testkit.leads", DEFAULT_LEADS);
  }

  /**
   * Where the leads come from; {@link LeadGenerator#ofDefaults()} unless overridden: to match
   * the horizon your qualifier is configured with, or to reach the code that reads attributes or
   * the company, e.g.
   * {@code LeadGenerator.builder().attribute("crm.budget", "25000", "none").build()} (see
   * {@link LeadGenerator.Builder#attribute(String, String...)}).
   *
   * @return the generator
   */
  default LeadGenerator generator() {
    return LeadGenerator.ofDefaults();
  }

  /** Invariant 1, total: a result for every valid lead and date, never an exception. */
  @Test
  default void qualify_returnsResultForEveryLeadAndDate() {
    Q q = qualifier();
    run("Invariant 1 (total): qualify returns a result for the lead and date and never throws",
        q, ContractChecks.total(q));
  }

  /** Invariant 2, deterministic: the same lead and date give an equal result. */
  @Test
  default void qualify_isDeterministic() {
    Q q = qualifier();
    run("Invariant 2 (deterministic): the same lead and asOf give an equal result", q,
        ContractChecks.deterministic(q));
  }

  /** Invariant 3, order-free: reordering problems, triggers or stakeholders changes nothing. */
  @Test
  default void qualify_ignoresOrderOfProblemsTriggersAndStakeholders() {
    Q q = qualifier();
    run("Invariant 3 (order-free): reordering problems, triggers or stakeholders changes neither"
            + " the verdict, the findings, the warnings nor revisitOn",
        q, ContractChecks.orderFree(q));
  }

  /** Invariant 4, blind to personal data: names, contact details and wording do not count. */
  @Test
  default void qualify_ignoresPersonalDataAndWording() {
    Q q = qualifier();
    run("Invariant 4 (blind to personal data): names, e-mails, phones and the wording of free"
            + " text (other than blank versus non-blank) do not change the verdict",
        q, ContractChecks.blindToPersonalData(q));
  }

  /** Results never quote the contact's or a stakeholder's name, e-mail address or phone. */
  @Test
  default void qualify_neverQuotesPersonalData() {
    Q q = qualifier();
    run("No result quotes personal data: messages, warnings and questions never contain the"
            + " contact's or a stakeholder's name, e-mail or phone",
        q, ContractChecks.neverQuotesPersonalData(q));
  }

  /** Thread safety: one instance called from several threads at once gives the same results. */
  @Test
  default void qualify_isThreadSafe() {
    ContractChecks.threadSafe(qualifier(), generator(), "generator()", seed(), leads());
  }

  private void run(String property, Q q, LeadCheck check) {
    new PropertyRunner(property, q, generator(), "generator()", seed(), leads()).run(check);
  }
}
