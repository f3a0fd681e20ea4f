package io.github.fourfold;

/**
 * The article's pitfalls, as stable warning codes. Warnings never change a verdict; they tell the
 * rep what to watch out for. Declared in the order in which they are reported.
 */
public enum WarningCode {
  /** A demo was requested before the lead is sales-qualified ("too fast to the demo"). */
  DEMO_BEFORE_QUALIFIED,
  /** Some problem, trigger or stakeholder was assumed, not stated ("assume instead of ask"). */
  ASSUMPTION,
  /** Only the first contact is known in the decision ("only talking to the first contact"). */
  SINGLE_THREADED,
  /** The only urgency is a deadline with no stated consequence ("what happens if not?"). */
  DEADLINE_WITHOUT_CONSEQUENCE
}
