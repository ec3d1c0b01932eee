package dev.pm.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/**
 * The version from the Maven-filtered {@code version.properties}, and the commit pm was built from
 * from {@code build.properties} (written by the build's {@code src/dist/commit.sh}).
 */
public final class VersionProvider implements CommandLine.IVersionProvider {

  public static String version() {
    return property("/dev/pm/version.properties", "version");
  }

  public static String commit() {
    return property("/dev/pm/build.properties", "commit");
  }

  private static String property(String resource, String key) {
    Properties p = new Properties();
    try (InputStream in = VersionProvider.class.getResourceAsStream(resource)) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      return "unknown";
    }
    return p.getProperty(key, "unknown");
  }

  @Override
  public String[] getVersion() {
    return new String[] {
      "pm " + version() + " (commit " + commit() + ")", "Java " + System.getProperty("java.version")
    };
  }
}
