package io.github.fourfold.json.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.jspecify.annotations.Nullable;

/** The coordinates a binding's build wrote into its {@code version.properties} resource. */
public final class BuildInfo {
  private final String groupId;
  private final String artifactId;
  private final String version;

  private BuildInfo(String groupId, String artifactId, String version) {
    this.groupId = groupId;
    this.artifactId = artifactId;
    this.version = version;
  }

  /**
   * Reads {@code version.properties} next to a class.
   *
   * @param anchor the class whose package holds the resource
   * @return the coordinates, or null outside a built jar
   */
  public static @Nullable BuildInfo of(Class<?> anchor) {
    Properties properties = new Properties();
    try (InputStream in = anchor.getResourceAsStream("version.properties")) {
      if (in == null) {
        return null;
      }
      properties.load(in);
    } catch (IOException e) {
      return null;
    }
    String version = properties.getProperty("version", "");
    if (version.isEmpty() || version.startsWith("$")) {
      return null;
    }
    return new BuildInfo(
        properties.getProperty("groupId", ""), properties.getProperty("artifactId", ""), version);
  }

  /** The group id. */
  public String groupId() {
    return groupId;
  }

  /** The artifact id. */
  public String artifactId() {
    return artifactId;
  }

  /** The version. */
  public String version() {
    return version;
  }
}
