/** The article's conveyor-belt lead, built in Java, qualified and printed. */
@NullMarked
package io.github.fourfold.examples.conveyorbelt;

import org.jspecify.annotations.NullMarked;
