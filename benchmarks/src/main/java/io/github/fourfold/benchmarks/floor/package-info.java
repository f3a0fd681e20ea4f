/** The floor: the default rule hand-written as an if-chain over plain Java records. */
@NullMarked
package io.github.fourfold.benchmarks.floor;

import org.jspecify.annotations.NullMarked;
