package dev.verbatim.cli;

import picocli.CommandLine.Option;

/**
 * The options every command that runs the extractor shares ({@code --verbose}, {@code --fast}),
 * declared once and mixed into each command. Not thread-safe; one instance per command.
 */
final class ExtractorOptions {
  @Option(names = "--verbose",
      description = "Show CoreNLP's start-up messages and stack traces of failed documents.")
  boolean verbose;

  @Option(names = "--fast",
      description = "The fast profile: no dependency parsing (several times faster; finds fewer "
          + "indirect statements).")
  boolean fast;
}
