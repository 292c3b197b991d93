package dev.verbatim.nlp;

import java.io.Serializable;
import java.util.AbstractMap;
import java.util.Map;
import java.util.Set;

/**
 * The distributional-similarity lexicon of the packed tagger, as the tagger's {@code Distsim}
 * objects hold it: a placeholder serialized into the packed model in place of CoreNLP's 530,000
 * entry map, which reads through to the one {@link CompactLexicon} the packed models share. The
 * packed tagger therefore comes out of deserialization complete, and nothing has to write
 * CoreNLP's final {@code Distsim.lexicon} field. Read-only and thread-safe.
 */
final class SharedLexicon extends AbstractMap<String, String> implements Serializable {
  private static final long serialVersionUID = 1L;

  private static Map<String, String> lexicon() {
    return PackedModels.sharedLexicon();
  }

  @Override
  public String get(Object key) {
    return lexicon().get(key);
  }

  @Override
  public boolean containsKey(Object key) {
    return lexicon().containsKey(key);
  }

  @Override
  public int size() {
    return lexicon().size();
  }

  @Override
  public boolean isEmpty() {
    return lexicon().isEmpty();
  }

  @Override
  public Set<Map.Entry<String, String>> entrySet() {
    return lexicon().entrySet();
  }

  @Override
  public boolean equals(Object o) {
    return o == this || lexicon().equals(o);
  }

  @Override
  public int hashCode() {
    return lexicon().hashCode();
  }
}
