package dev.verbatim.testing;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

/**
 * The code blocks of the project's Markdown guides, and Java examples from them compiled and run
 * against the code as it is, so that the examples users copy are the ones that work.
 */
public final class DocSnippets {
  private static final Pattern FENCE = Pattern.compile("(?ms)^```([A-Za-z]*)\\n(.*?)^```[ \\t]*$");
  private static final String CLASS_NAME = "DocSnippet";

  private DocSnippets() {}

  /**
   * A fenced code block of a Markdown file.
   *
   * @param language the word after the opening fence, empty when none
   * @param body the lines between the fences, each ending in a line break
   * @param start where the opening fence starts in the file
   * @param end where the block ends in the file, after its closing fence
   */
  public record Block(String language, String body, int start, int end) {}

  /**
   * @param markdown a guide, relative to the project folder ({@code README.md},
   *     {@code docs/records.md})
   * @return its text
   */
  public static String read(String markdown) {
    try {
      return Files.readString(Path.of(markdown), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * @param text Markdown
   * @return its fenced code blocks, in order
   */
  public static List<Block> blocks(String text) {
    List<Block> out = new ArrayList<>();
    Matcher m = FENCE.matcher(text);
    while (m.find()) {
      out.add(new Block(m.group(1), m.group(2), m.start(), m.end()));
    }
    return out;
  }

  /**
   * Compiles a Java example as a guide shows it, {@code import} lines first and then statements,
   * as the body of a method, and runs it.
   *
   * @param snippet the example
   * @return what it printed on standard output
   */
  public static String run(String snippet) {
    StringBuilder imports = new StringBuilder();
    StringBuilder body = new StringBuilder();
    for (String line : snippet.split("\n", -1)) {
      (line.startsWith("import ") ? imports : body).append(line).append('\n');
    }
    String source = imports + "public class " + CLASS_NAME + " {\n"
        + "  public static void run() throws Exception {\n" + body + "  }\n}\n";
    Path out;
    try {
      out = Files.createTempDirectory("doc-snippet");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    compile(source, out);
    PrintStream console = System.out;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    try (URLClassLoader loader = new URLClassLoader(new URL[] {out.toUri().toURL()},
        DocSnippets.class.getClassLoader());
        PrintStream capture = new PrintStream(printed, true, StandardCharsets.UTF_8)) {
      System.setOut(capture);
      loader.loadClass(CLASS_NAME).getMethod("run").invoke(null);
    } catch (InvocationTargetException e) {
      throw new AssertionError("the example threw " + e.getCause(), e.getCause());
    } catch (ReflectiveOperationException | IOException e) {
      throw new AssertionError(e);
    } finally {
      System.setOut(console);
    }
    return printed.toString(StandardCharsets.UTF_8);
  }

  private static void compile(String source, Path out) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    JavaFileObject file = new SimpleJavaFileObject(
        java.net.URI.create("string:///" + CLASS_NAME + ".java"), JavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return source;
      }
    };
    StringWriter messages = new StringWriter();
    List<String> options = List.of("-classpath", classPath(), "-d", out.toString(),
        "-proc:none", "--release", "17");
    boolean ok = javac.getTask(messages, null, null, options, null, List.of(file)).call();
    if (!ok) {
      throw new AssertionError("the example does not compile:\n" + messages + "\n" + source);
    }
  }

  /** The test class path, with the entries of a manifest-only jar (as surefire may use) spelled out. */
  private static String classPath() {
    Set<String> entries = new LinkedHashSet<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      entries.add(entry);
      if (!entry.endsWith(".jar") || !Files.isRegularFile(Path.of(entry))) {
        continue;
      }
      try (JarFile jar = new JarFile(entry)) {
        Manifest manifest = jar.getManifest();
        String more = manifest == null ? null : manifest.getMainAttributes().getValue("Class-Path");
        if (more == null) {
          continue;
        }
        Path base = Path.of(entry).toAbsolutePath().getParent();
        for (String ref : more.trim().split("\\s+")) {
          entries.add(ref.startsWith("file:")
              ? Path.of(java.net.URI.create(ref)).toString()
              : base.resolve(ref).toString());
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return String.join(File.pathSeparator, entries);
  }
}
