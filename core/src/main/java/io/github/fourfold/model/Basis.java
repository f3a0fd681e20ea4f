package io.github.fourfold.model;

/** Whether a fact came from the lead or was only assumed by the rep; assumed facts never count towards a criterion. */
public enum Basis {
  /** The lead said it. */
  STATED,
  /** The rep assumed it; the lead did not say it. */
  ASSUMED
}
