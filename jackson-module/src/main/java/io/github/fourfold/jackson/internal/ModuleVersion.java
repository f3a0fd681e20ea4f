package io.github.fourfold.jackson.internal;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.util.VersionUtil;
import io.github.fourfold.json.internal.BuildInfo;

/** The module's version, from a resource the build fills in (as Jackson's PackageVersion does). */
public final class ModuleVersion {
  /** The version of this artifact, or {@link Version#unknownVersion()} outside a built jar. */
  public static final Version VERSION = load();

  private ModuleVersion() {}

  private static Version load() {
    BuildInfo build = BuildInfo.of(ModuleVersion.class);
    return build == null
        ? Version.unknownVersion()
        : VersionUtil.parseVersion(build.version(), build.groupId(), build.artifactId());
  }
}
