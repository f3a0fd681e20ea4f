package io.github.fourfold.jackson3.internal;

import io.github.fourfold.json.internal.BuildInfo;
import tools.jackson.core.Version;
import tools.jackson.core.util.VersionUtil;

/** This artifact's version for Jackson 3's module listings, from the build's resource. */
public final class ModuleVersion {
  /** The version, or {@link Version#unknownVersion()} outside a built jar. */
  public static final Version VERSION = load();

  private ModuleVersion() {}

  private static Version load() {
    BuildInfo build = BuildInfo.of(ModuleVersion.class);
    if (build == null) {
      return Version.unknownVersion();
    }
    return VersionUtil.parseVersion(build.version(), build.groupId(), build.artifactId());
  }
}
