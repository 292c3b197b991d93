package dev.verbatim.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** Reads the version Maven records in the jar ({@code META-INF/maven/.../pom.properties}). */
final class VersionProvider implements IVersionProvider {
  private static final String POM_PROPERTIES =
      "/META-INF/maven/dev.verbatim/verbatim/pom.properties";

  @Override
  public String[] getVersion() {
    return new String[] {"verbatim " + version(), "Licence: GPL-3.0-or-later"};
  }

  static String version() {
    try (InputStream in = VersionProvider.class.getResourceAsStream(POM_PROPERTIES)) {
      if (in != null) {
        Properties properties = new Properties();
        properties.load(in);
        return properties.getProperty("version", "(unknown version)");
      }
    } catch (IOException e) {
      // fall through: a development build has no recorded version either
    }
    return "(development build)";
  }
}
