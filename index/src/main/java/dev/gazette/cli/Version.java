package dev.gazette.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** What {@code gazette --version} prints: the Maven project version the build wrote into {@code version.properties}, and the Java running it. */
final class Version implements IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {"gazette " + number(), "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")"};
  }

  /** The version this tool was built as. */
  static String number() {
    try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        throw new IllegalStateException("version.properties is missing from the build");
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
