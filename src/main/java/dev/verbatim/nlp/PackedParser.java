package dev.verbatim.nlp;

import edu.stanford.nlp.parser.nndep.Classifier;
import edu.stanford.nlp.parser.nndep.Config;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Method;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/**
 * CoreNLP's neural dependency parser model in a binary form that loads in a fraction of the time.
 *
 * <p>CoreNLP's {@code english_UD.gz} is text: 77,000 words, 52 tags and 42 labels with their
 * embeddings, a 1,000 × 2,400 first layer and the list of pre-computed features, about 10 million
 * numbers written with four decimals, which {@link DependencyParser#loadFromModelFile} reads with
 * {@code Float.parseFloat} one by one (1.3 s, the longest of all the models). The build ({@link
 * PackedModels#main}) loads that model with CoreNLP's own code and writes what it read: the three
 * vocabularies, the matrices as raw floats, the pre-computed feature list and the two dimensions
 * the file sets; {@link #read} reads them back in bulk and gives them to CoreNLP's own code as its
 * loader does (a {@link DependencyParser} built from the same properties, its private vocabularies
 * and feature list set, its {@code generateIDs} run, a {@link Classifier} built with its public
 * constructor, its {@code initialize} run). The build reads the file back and checks that every
 * value equals the one CoreNLP read.
 *
 * <p>One thing differs on purpose: CoreNLP's {@code initialize} pre-computes the hidden-layer
 * contributions of the 20,000 most frequent input features (160 MB of {@code double}s, 0.4 s),
 * and a parser read from here does not, unless {@link #preCompute} is called: {@link
 * FastDependencyParser} computes each of those rows the first time a sentence needs it, with the
 * same arithmetic. Whoever parses with CoreNLP's own {@code predict} calls {@link #preCompute}
 * first.
 *
 * <p>{@link FastPath#PACKED_PARSER} checks, by fingerprint, that CoreNLP's classes are laid out as
 * this loader expects; otherwise CoreNLP's model file is read.
 */
final class PackedParser {
  private static final int MAGIC = 0x56445031; // "VDP1"

  /** The vocabularies, matrices and dimensions of a loaded parser, shared read-only. */
  record Data(String language, String tlp, int hiddenSize, int embeddingSize,
      List<String> words, List<String> pos, List<String> labels, int[] preComputed,
      float[][] e, float[][] w1, float[] b1, float[][] w2) {}

  private PackedParser() {}

  /**
   * Writes CoreNLP's default parser model in this binary form and checks that it reads back to
   * exactly what CoreNLP read.
   *
   * @param out where to write
   * @throws IOException if writing fails
   * @throws ReflectiveOperationException if CoreNLP's parser is not laid out as expected
   */
  static void pack(OutputStream out) throws IOException, ReflectiveOperationException {
    DependencyParser parser =
        DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL, new Properties());
    Data data = dataOf(parser);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(32 << 20);
    write(new DataOutputStream(bytes), data);
    Data back = read(new java.io.ByteArrayInputStream(bytes.toByteArray()));
    if (!same(data, back)) {
      throw new IllegalStateException("The packed parser does not read back as written");
    }
    DependencyParser rebuilt = parser(back);
    if (!same(dataOf(rebuilt), data)) {
      throw new IllegalStateException("The packed parser does not rebuild CoreNLP's parser");
    }
    bytes.writeTo(out);
  }

  /** What a loaded parser holds that its model file set. */
  @SuppressWarnings("unchecked")
  static Data dataOf(DependencyParser parser) throws ReflectiveOperationException {
    Config config = (Config) Internals.get(DependencyParser.class, "config", parser);
    Classifier classifier =
        (Classifier) Internals.get(DependencyParser.class, "classifier", parser);
    List<Integer> pre =
        (List<Integer>) Internals.get(DependencyParser.class, "preComputed", parser);
    return new Data(String.valueOf(config.language), config.tlp.getClass().getName(),
        config.hiddenSize, config.embeddingSize,
        List.copyOf((List<String>) Internals.get(DependencyParser.class, "knownWords", parser)),
        List.copyOf((List<String>) Internals.get(DependencyParser.class, "knownPos", parser)),
        List.copyOf((List<String>) Internals.get(DependencyParser.class, "knownLabels", parser)),
        pre.stream().mapToInt(Integer::intValue).toArray(),
        classifier.getE(), classifier.getW1(), classifier.getb1(), classifier.getW2());
  }

  /** Whether two parsers' data are equal, value for value (floats bit for bit). */
  static boolean same(Data a, Data b) {
    return a.language().equals(b.language()) && a.tlp().equals(b.tlp())
        && a.hiddenSize() == b.hiddenSize() && a.embeddingSize() == b.embeddingSize()
        && a.words().equals(b.words()) && a.pos().equals(b.pos())
        && a.labels().equals(b.labels()) && Arrays.equals(a.preComputed(), b.preComputed())
        && Arrays.deepEquals(a.e(), b.e()) && Arrays.deepEquals(a.w1(), b.w1())
        && Arrays.equals(a.b1(), b.b1()) && Arrays.deepEquals(a.w2(), b.w2());
  }

  static void write(DataOutputStream out, Data d) throws IOException {
    out.writeInt(MAGIC);
    out.writeUTF(d.language());
    out.writeUTF(d.tlp());
    out.writeInt(d.hiddenSize());
    out.writeInt(d.embeddingSize());
    for (List<String> list : List.of(d.words(), d.pos(), d.labels())) {
      writeStrings(out, list);
    }
    ByteBuffer ints = ByteBuffer.allocate(d.preComputed().length * 4)
        .order(ByteOrder.LITTLE_ENDIAN);
    ints.asIntBuffer().put(d.preComputed());
    out.writeInt(d.preComputed().length);
    out.write(ints.array());
    writeMatrix(out, d.e());
    writeMatrix(out, d.w1());
    writeMatrix(out, new float[][] {d.b1()});
    writeMatrix(out, d.w2());
    out.flush();
  }

  /** Reads what {@link #write} wrote. */
  static Data read(InputStream in) throws IOException {
    DataInputStream data = new DataInputStream(in);
    if (data.readInt() != MAGIC) {
      throw new IOException("Not Verbatim's packed parser");
    }
    String language = data.readUTF();
    String tlp = data.readUTF();
    int hidden = data.readInt();
    int embedding = data.readInt();
    List<String> words = readStrings(data);
    List<String> pos = readStrings(data);
    List<String> labels = readStrings(data);
    int n = data.readInt();
    int[] pre = new int[n];
    ByteBuffer.wrap(readBytes(data, n * 4L)).order(ByteOrder.LITTLE_ENDIAN).asIntBuffer()
        .get(pre);
    float[][] e = readMatrix(data);
    float[][] w1 = readMatrix(data);
    float[][] b1 = readMatrix(data);
    float[][] w2 = readMatrix(data);
    if (b1.length != 1) {
      throw new IOException("Corrupt packed parser: bias");
    }
    return new Data(language, tlp, hidden, embedding, words, pos, labels, pre, e, w1, b1[0], w2);
  }

  /**
   * Builds a parser from {@code d} as CoreNLP's loader does from its model file, without the
   * pre-computed contributions (see {@link #preCompute}).
   *
   * @throws ReflectiveOperationException if CoreNLP's parser is not laid out as expected
   * @throws IllegalStateException if CoreNLP's defaults differ from the packed parser's
   */
  static DependencyParser parser(Data d) throws ReflectiveOperationException {
    DependencyParser parser = new DependencyParser(new Properties());
    Config config = (Config) Internals.get(DependencyParser.class, "config", parser);
    if (!String.valueOf(config.language).equals(d.language())
        || !config.tlp.getClass().getName().equals(d.tlp())) {
      throw new IllegalStateException("CoreNLP's parser defaults (" + config.language + ", "
          + config.tlp.getClass().getName() + ") differ from the packed model's (" + d.language()
          + ", " + d.tlp() + ")");
    }
    Internals.set(DependencyParser.class, "knownWords", parser, new ArrayList<>(d.words()));
    Internals.set(DependencyParser.class, "knownPos", parser, new ArrayList<>(d.pos()));
    Internals.set(DependencyParser.class, "knownLabels", parser, new ArrayList<>(d.labels()));
    invoke(parser, "generateIDs");
    List<Integer> pre = new ArrayList<>(d.preComputed().length);
    for (int p : d.preComputed()) {
      pre.add(p);
    }
    Internals.set(DependencyParser.class, "preComputed", parser, pre);
    config.hiddenSize = d.hiddenSize();
    config.embeddingSize = d.embeddingSize();
    Classifier classifier = new Classifier(config, d.e(), d.w1(), d.b1(), d.w2(), pre);
    Internals.set(DependencyParser.class, "classifier", parser, classifier);
    // CoreNLP's initialize builds the transition system and, when numPreComputed > 0, fills the
    // classifier's pre-computed contributions; the classifier has already taken its list of
    // features to pre-compute, so the setting is lifted while initialize runs, then restored.
    int numPreComputed = config.numPreComputed;
    config.numPreComputed = 0;
    try {
      Method initialize = DependencyParser.class.getDeclaredMethod("initialize", boolean.class);
      initialize.setAccessible(true);
      initialize.invoke(parser, false);
    } finally {
      config.numPreComputed = numPreComputed;
    }
    return parser;
  }

  /**
   * Fills a parser's pre-computed contributions with CoreNLP's own code, as CoreNLP's loader
   * does, if they are not there yet.
   *
   * @param parser a parser built by {@link #parser}
   * @throws ReflectiveOperationException if CoreNLP's parser is not laid out as expected
   */
  static void preCompute(DependencyParser parser) throws ReflectiveOperationException {
    Config config = (Config) Internals.get(DependencyParser.class, "config", parser);
    Classifier classifier =
        (Classifier) Internals.get(DependencyParser.class, "classifier", parser);
    if (config.numPreComputed > 0 && Internals.get(Classifier.class, "saved", classifier) == null) {
      classifier.preCompute();
    }
  }

  /**
   * What this loader relies on in CoreNLP's parser classes: their fields (the ones it sets and
   * the ones {@code initialize} and the classifier's constructor read) and the two private
   * methods it calls.
   */
  static Fingerprint fingerprint() {
    return Fingerprint.ofClasses(DependencyParser.class, Classifier.class, Config.class)
        .methods(DependencyParser.class, "generateIDs", "initialize", "loadModelFile");
  }

  private static void invoke(DependencyParser parser, String method)
      throws ReflectiveOperationException {
    Method m = DependencyParser.class.getDeclaredMethod(method);
    m.setAccessible(true);
    m.invoke(parser);
  }

  private static void writeStrings(DataOutputStream out, List<String> strings)
      throws IOException {
    int chars = 0;
    for (String s : strings) {
      chars += s.length();
    }
    ByteBuffer b = ByteBuffer.allocate(strings.size() * 4 + chars * 2)
        .order(ByteOrder.LITTLE_ENDIAN);
    for (String s : strings) {
      b.putInt(s.length());
    }
    for (String s : strings) {
      for (int i = 0; i < s.length(); i++) {
        b.putChar(s.charAt(i));
      }
    }
    out.writeInt(strings.size());
    out.writeInt(chars);
    out.write(b.array());
  }

  private static List<String> readStrings(DataInputStream in) throws IOException {
    int n = in.readInt();
    int chars = in.readInt();
    if (n < 0 || chars < 0) {
      throw new IOException("Corrupt packed parser: strings");
    }
    ByteBuffer b = ByteBuffer.wrap(readBytes(in, n * 4L + chars * 2L))
        .order(ByteOrder.LITTLE_ENDIAN);
    int[] lengths = new int[n];
    b.asIntBuffer().get(lengths);
    b.position(n * 4);
    char[] text = new char[chars];
    b.asCharBuffer().get(text);
    List<String> out = new ArrayList<>(n);
    int at = 0;
    for (int length : lengths) {
      if (length < 0 || at + length > chars) {
        throw new IOException("Corrupt packed parser: strings");
      }
      out.add(new String(text, at, length));
      at += length;
    }
    if (at != chars) {
      throw new IOException("Corrupt packed parser: strings");
    }
    return out;
  }

  private static void writeMatrix(DataOutputStream out, float[][] m) throws IOException {
    int columns = m.length == 0 ? 0 : m[0].length;
    ByteBuffer b = ByteBuffer.allocate(m.length * columns * 4).order(ByteOrder.LITTLE_ENDIAN);
    for (float[] row : m) {
      if (row.length != columns) {
        throw new IllegalArgumentException("a ragged matrix");
      }
      b.asFloatBuffer().put(row);
      b.position(b.position() + columns * 4);
    }
    out.writeInt(m.length);
    out.writeInt(columns);
    out.write(b.array());
  }

  private static float[][] readMatrix(DataInputStream in) throws IOException {
    int rows = in.readInt();
    int columns = in.readInt();
    if (rows < 0 || columns < 0) {
      throw new IOException("Corrupt packed parser: matrix");
    }
    ByteBuffer b = ByteBuffer.wrap(readBytes(in, (long) rows * columns * 4))
        .order(ByteOrder.LITTLE_ENDIAN);
    java.nio.FloatBuffer f = b.asFloatBuffer();
    float[][] m = new float[rows][columns];
    for (float[] row : m) {
      f.get(row);
    }
    return m;
  }

  private static byte[] readBytes(DataInputStream in, long n) throws IOException {
    if (n > Integer.MAX_VALUE - 16) {
      throw new IOException("Corrupt packed parser: a block of " + n + " bytes");
    }
    byte[] bytes = new byte[(int) n];
    in.readFully(bytes);
    return bytes;
  }
}
