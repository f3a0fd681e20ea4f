/**
 * JMH benchmarks of the default qualifier side by side with a hand-written floor and Easy Rules,
 * all over the same seeded leads. Not published; run them with {@code benchmarks/run.sh}.
 */
@NullMarked
package io.github.fourfold.benchmarks;

import org.jspecify.annotations.NullMarked;
