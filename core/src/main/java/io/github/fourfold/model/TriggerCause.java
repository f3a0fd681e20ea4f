package io.github.fourfold.model;

/** The article's examples of what causes an urgency trigger. */
public enum TriggerCause {
  /** An audit. */
  AUDIT,
  /** A contract that ends. */
  CONTRACT_END,
  /** New legislation. */
  LEGISLATION,
  /** A machine or system broke down. */
  BREAKDOWN,
  /** A large customer was lost. */
  CUSTOMER_LOST,
  /** A takeover or merger. */
  ACQUISITION,
  /** A new order. */
  NEW_ORDER,
  /** An expansion. */
  EXPANSION,
  /** A new product. */
  NEW_PRODUCT,
  /** Anything else. */
  OTHER
}
