package io.github.fourfold.model;

/** Which side of the buying organisation a stakeholder speaks for. */
public enum StakeholderGroup {
  /** Technical deciders (engineering, maintenance). */
  TECHNICAL,
  /** Commercial deciders (procurement, finance). */
  COMMERCIAL,
  /** End users (operators, plant managers). */
  END_USER,
  /** Executives who sign. */
  EXECUTIVE
}
