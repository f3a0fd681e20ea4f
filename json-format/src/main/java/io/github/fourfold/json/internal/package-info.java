/**
 * The format described once, and the one reader and writer driven by that description, over a
 * small token source and sink that each Jackson binding adapts. Not an API: exported only to the
 * binding modules, and anything here may change in any release.
 */
@NullMarked
package io.github.fourfold.json.internal;

import org.jspecify.annotations.NullMarked;
