/** Runnable examples of Fourfold, one package per scenario. */
@NullMarked
package io.github.fourfold.examples;

import org.jspecify.annotations.NullMarked;
