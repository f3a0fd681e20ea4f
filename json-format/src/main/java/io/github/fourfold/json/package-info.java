/**
 * What the Fourfold JSON format means independent of any JSON library: its stable error codes and
 * its reader options. The Jackson 2 and Jackson 3 bindings both use these types.
 */
@NullMarked
package io.github.fourfold.json;

import org.jspecify.annotations.NullMarked;
