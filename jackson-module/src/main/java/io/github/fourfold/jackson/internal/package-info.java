/**
 * Internals of the Jackson module: the streaming reader and writer of the JSON format and the
 * Jackson adapters around them. Not an API: anything here may change in any release.
 */
@NullMarked
package io.github.fourfold.jackson.internal;

import org.jspecify.annotations.NullMarked;
