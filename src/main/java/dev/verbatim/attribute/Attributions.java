package dev.verbatim.attribute;

import static com.google.common.base.Preconditions.checkArgument;

import dev.verbatim.detect.Detected;
import dev.verbatim.detect.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The attribution stage's state for one document: its statements in document order and, for each,
 * its {@link Attribution}. The pipeline makes it from what detection found and passes it to the
 * sieves, the only ones to change it (they store new values in place of old ones); the stages after
 * read it. Confined to one extraction.
 */
public final class Attributions {
  private final List<Statement> statements;
  private final Attribution[] attributions;

  /**
   * Starts from what detection found: each statement with the speaker read beside it.
   *
   * @param found the statements, in document order
   */
  public Attributions(List<Detected> found) {
    this.statements = new ArrayList<>(found.size());
    this.attributions = new Attribution[found.size()];
    for (int i = 0; i < found.size(); i++) {
      statements.add(found.get(i).statement());
      attributions[i] = Attribution.of(found.get(i));
    }
  }

  /**
   * Returns the number of statements.
   *
   * @return the number of statements
   */
  public int size() {
    return statements.size();
  }

  /**
   * Returns the statements, in document order (a read-only view).
   *
   * @return the statements
   */
  public List<Statement> statements() {
    return Collections.unmodifiableList(statements);
  }

  /**
   * Returns a statement.
   *
   * @param i its index in document order
   * @return the statement
   */
  public Statement statement(int i) {
    return statements.get(i);
  }

  /**
   * Returns a statement's attribution.
   *
   * @param i the statement's index in document order
   * @return its attribution
   */
  public Attribution get(int i) {
    return attributions[i];
  }

  /**
   * Returns the index of the statement whose speaker mention decides statement {@code i}'s speaker:
   * the statement it takes its speaker from, else itself.
   *
   * @param i a statement's index
   * @return the index of its source
   */
  public int source(int i) {
    int from = attributions[i].speakerFrom();
    return from >= 0 ? from : i;
  }

  /** Records a statement's new attribution. */
  void set(int i, Attribution a) {
    attributions[i] = a;
  }

  /** Stores a changed copy of a statement (a cue a sieve found) in place of the old one. */
  void replace(int i, Statement changed) {
    checkArgument(changed.span().equals(statements.get(i).span()), "a copy of the same statement");
    statements.set(i, changed);
  }
}
