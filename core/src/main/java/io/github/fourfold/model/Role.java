package io.github.fourfold.model;

/** What a stakeholder does in the buying decision. */
public enum Role {
  /** Makes the (technical) selection. */
  SELECTS,
  /** Negotiates the terms. */
  NEGOTIATES,
  /** Approves and signs. */
  APPROVES,
  /** Uses what is bought. */
  USES,
  /** Influences the decision. */
  INFLUENCES
}
