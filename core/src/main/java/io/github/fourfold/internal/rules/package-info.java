/**
 * The implementation of rule definitions: the table of the lead's JSON format that paths are
 * resolved against, the checks of a definition, and the compiled evaluation tree.
 */
@NullMarked
package io.github.fourfold.internal.rules;

import org.jspecify.annotations.NullMarked;
