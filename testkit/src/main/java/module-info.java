/**
 * Fourfold testkit: seeded generators of valid leads and JUnit Jupiter contract tests that any
 * {@link io.github.fourfold.Qualifier} can be checked against.
 *
 * <p>Only {@code io.github.fourfold.testkit} is exported; its internals stay hidden.
 */
@org.jspecify.annotations.NullMarked
module io.github.fourfold.testkit {
  requires transitive io.github.fourfold;
  requires transitive org.junit.jupiter.api;
  requires static transitive org.jspecify;

  exports io.github.fourfold.testkit;
}
