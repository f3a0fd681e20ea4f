/** Turns JMH's JSON results into the table of ns/lead, B/lead and ratios in the README. */
@NullMarked
package io.github.fourfold.benchmarks.report;

import org.jspecify.annotations.NullMarked;
