package io.github.fourfold.model;

/** How a problem shows itself, in the article's two forms. */
public enum Visibility {
  /** Visible: downtime, quality problems, costs that are too high. */
  VISIBLE,
  /** Hidden: missed chances, risks that have not materialised yet. */
  HIDDEN
}
