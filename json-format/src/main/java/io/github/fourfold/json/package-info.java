/**
 * What the Fourfold JSON format means independent of any JSON library: its stable error codes and
 * its reader options, and the types for reading many leads from a stream and writing results as
 * NDJSON. The Jackson 2 and Jackson 3 bindings both use these types.
 */
@NullMarked
@ValueStyle
package io.github.fourfold.json;

import io.github.fourfold.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
