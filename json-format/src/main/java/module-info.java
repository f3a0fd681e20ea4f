/**
 * The Fourfold JSON format independent of any JSON library: its error codes and reader options
 * (exported), and the format described once with the one reader and writer that both Jackson
 * bindings run on (exported to those bindings only).
 */
@org.jspecify.annotations.NullMarked
module io.github.fourfold.json {
  requires transitive io.github.fourfold;
  requires static transitive org.jspecify;
  // Compile-time only: Immutables' annotations and the JDK's @Generated on generated classes.
  requires static org.immutables.value.annotations;
  requires static java.compiler;

  exports io.github.fourfold.json;
  exports io.github.fourfold.json.internal to
      io.github.fourfold.jackson,
      io.github.fourfold.jackson3;
}
