/** The ICP check three ways (hand-written, rule definition, Easy Rules MVEL) and its leads. */
@NullMarked
package io.github.fourfold.benchmarks.rules;

import org.jspecify.annotations.NullMarked;
