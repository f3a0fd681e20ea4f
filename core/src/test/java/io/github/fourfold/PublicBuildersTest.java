package io.github.fourfold;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Modifier;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every public builder hides the class Immutables generates for it: when that superclass is not
 * public, Javadoc documents the inherited builder methods (with their generated comments) as the
 * builder's own and never names the generated class. A public superclass turns them into a bare
 * list of names under a type the reader cannot see ({@code scripts/CheckJavadoc.java} checks the
 * published pages themselves).
 */
final class PublicBuildersTest {

  @Test
  void publicBuilders_extendNoPublicGeneratedClass() throws Exception {
    List<Class<?>> builders = CoreClasses.all().stream()
        .filter(type -> type.getSimpleName().equals("Builder")
            && !type.getPackageName().contains(".internal")
            && Modifier.isPublic(type.getModifiers())
            && Modifier.isPublic(type.getEnclosingClass().getModifiers()))
        .collect(Collectors.toList());

    assertThat(builders)
        .extracting(Class::getName)
        .contains("io.github.fourfold.model.Lead$Builder",
            "io.github.fourfold.QualificationResult$Builder",
            "io.github.fourfold.report.HandoffOptions$Builder");
    assertThat(builders)
        .allSatisfy(builder -> assertThat(Modifier.isPublic(builder.getSuperclass().getModifiers()))
            .as("%s extends the public %s", builder.getName(), builder.getSuperclass().getName())
            .isFalse());
  }
}
