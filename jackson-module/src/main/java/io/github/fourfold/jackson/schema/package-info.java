/** The JSON Schemas of the Fourfold JSON format. */
@NullMarked
package io.github.fourfold.jackson.schema;

import org.jspecify.annotations.NullMarked;
