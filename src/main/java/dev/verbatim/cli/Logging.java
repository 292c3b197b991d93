package dev.verbatim.cli;

/**
 * Sets up the command line's SLF4J binding (slf4j-simple) before anything logs: messages go to
 * standard error without thread names, and only warnings and errors show unless {@code --verbose}
 * was given, in which case CoreNLP's start-up messages and Verbatim's timings show too. Settings
 * the user passed as {@code -Dorg.slf4j.simpleLogger.*} system properties win.
 */
final class Logging {
  static final String LEVEL = "org.slf4j.simpleLogger.defaultLogLevel";

  private Logging() {}

  /**
   * Configures the binding; call once, before the first logger is made.
   *
   * @param args the command-line arguments, searched for {@code --verbose}
   */
  static void configure(String... args) {
    boolean verbose = false;
    for (String arg : args) {
      if (arg.equals("--")) {
        break;
      }
      verbose |= arg.equals("--verbose");
    }
    setIfAbsent(LEVEL, verbose ? "info" : "warn");
    setIfAbsent("org.slf4j.simpleLogger.logFile", "System.err");
    setIfAbsent("org.slf4j.simpleLogger.showThreadName", "false");
    setIfAbsent("org.slf4j.simpleLogger.showShortLogName", "true");
  }

  private static void setIfAbsent(String key, String value) {
    if (System.getProperty(key) == null) {
      System.setProperty(key, value);
    }
  }
}
