package io.github.fourfold.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of every Fourfold value type.
 *
 * <p>Generated classes and their builders stay package-private ({@code overshadowImplementation});
 * users only see the abstract type, its nested {@code Builder} and its factories. Broken
 * invariants and missing required values surface as
 * {@link io.github.fourfold.InvalidValueException}, never as the generator's own exception types.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    jdkOnly = true,
    // List.copyOf keeps lists that are already unmodifiable instead of copying them again.
    jdk9Collections = true,
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    // The generated builder is package-private too: the public Builder nested in each abstract
    // type extends it, so Javadoc documents the builder methods (with the generated comments) as
    // that Builder's own, and never names the generated class. Calls and method handles reach
    // these methods through the public Builder; core reflection (Method.invoke) from another
    // package does not, as the methods are declared final in the package-private class.
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    overshadowImplementation = true,
    defaults = @Value.Immutable(copy = true, prehash = false),
    nullableAnnotation = "org.jspecify.annotations.Nullable",
    redactedMask = "***",
    // Only the JDK's @Generated: modules that depend on core then see no annotation whose
    // class is missing from their class path (value-annotations is compile-only).
    allowedClasspathAnnotations = {javax.annotation.processing.Generated.class},
    throwForInvalidImmutableState = io.github.fourfold.InvalidValueException.class,
    throwForNullPointer = io.github.fourfold.InvalidValueException.class)
public @interface ValueStyle {}
