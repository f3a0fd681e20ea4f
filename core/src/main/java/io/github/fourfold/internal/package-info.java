/**
 * Implementation details of Fourfold. Not an API: anything here may change in any release, and
 * the package is not exported to other modules.
 */
@NullMarked
package io.github.fourfold.internal;

import org.jspecify.annotations.NullMarked;
