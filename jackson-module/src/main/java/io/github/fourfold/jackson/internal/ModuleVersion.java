package io.github.fourfold.jackson.internal;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.util.VersionUtil;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The module's version, from a resource the build fills in (as Jackson's PackageVersion does). */
public final class ModuleVersion {
  /** The version of this artifact, or {@link Version#unknownVersion()} outside a built jar. */
  public static final Version VERSION = load();

  private ModuleVersion() {}

  private static Version load() {
    Properties properties = new Properties();
    try (InputStream in = ModuleVersion.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        return Version.unknownVersion();
      }
      properties.load(in);
    } catch (IOException e) {
      return Version.unknownVersion();
    }
    String version = properties.getProperty("version", "");
    String groupId = properties.getProperty("groupId", "");
    String artifactId = properties.getProperty("artifactId", "");
    if (version.isEmpty() || version.startsWith("$")) {
      return Version.unknownVersion();
    }
    return VersionUtil.parseVersion(version, groupId, artifactId);
  }
}
