package io.github.fourfold.model;

/** The three kinds of urgency trigger the article names. */
public enum TriggerKind {
  /** Something must be done by a date (an audit, a contract that ends, new legislation). */
  DEADLINE,
  /** Something already happened (a breakdown, a lost customer, an acquisition). */
  EVENT,
  /** A chance opens (a new order, an expansion, a new product). */
  OPPORTUNITY
}
