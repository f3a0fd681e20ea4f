@NullMarked
package io.github.fourfold.benchmarks.report;

import org.jspecify.annotations.NullMarked;
