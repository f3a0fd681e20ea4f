/**
 * Fourfold core: the lead model, the {@link io.github.fourfold.Qualifier} API with the default
 * four-question rule, and what a rep gets back (questions, handoff note, call plan).
 *
 * <p>Only the API packages are exported; {@code io.github.fourfold.internal} stays hidden.
 */
@org.jspecify.annotations.NullMarked
module io.github.fourfold {
  requires static transitive org.jspecify;
  // Compile-time only: Immutables' annotations and the JDK's @Generated on generated classes.
  requires static org.immutables.value.annotations;
  requires static java.compiler;

  exports io.github.fourfold;
  exports io.github.fourfold.model;
  exports io.github.fourfold.report;
  exports io.github.fourfold.rules;
  // Shared value rules, so the JSON reader checks exactly what the model checks; not an API.
  exports io.github.fourfold.internal to
      io.github.fourfold.json,
      io.github.fourfold.kafka.streams;

  uses io.github.fourfold.QualifierProvider;

  provides io.github.fourfold.QualifierProvider with
      io.github.fourfold.internal.rule.FourQuestionProvider;
}
