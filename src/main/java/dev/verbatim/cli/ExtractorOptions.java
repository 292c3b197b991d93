package dev.verbatim.cli;

import dev.verbatim.DetectionRule;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * The options every command that runs the extractor shares ({@code --verbose}, {@code --fast},
 * {@code --disable-rule}), declared once and mixed into each command. Not thread-safe; one instance
 * per command.
 */
final class ExtractorOptions {
  @Option(names = "--verbose",
      description = "Show CoreNLP's start-up messages and stack traces of failed documents.")
  boolean verbose;

  @Option(names = "--fast",
      description = "The fast profile: no dependency parsing (several times faster; finds fewer "
          + "indirect statements).")
  boolean fast;

  @Option(names = "--disable-rule", paramLabel = "ID", split = ",", converter = RuleId.class,
      description = "Switch a detection rule off (repeat the option or separate ids by commas): the "
          + "statements it would find are not made. The ids (that-clause, inverted-cue, "
          + "adjacent-cue-after, uncued-quotation, ...) are listed in docs/records.md.")
  List<DetectionRule> disabledRules = new ArrayList<>();

  /** Reads a detection rule's id; an unknown id is a usage error that lists the ids. */
  static final class RuleId implements ITypeConverter<DetectionRule> {
    @Override
    public DetectionRule convert(String value) {
      try {
        return DetectionRule.fromId(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }
}
