/** The four criteria as Easy Rules 4.1 rules: lambda rules on {@code Facts}, and annotated rule classes. */
@NullMarked
package io.github.fourfold.benchmarks.easyrules;

import org.jspecify.annotations.NullMarked;
