package dev.verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The release bundle's POSIX launcher, {@code src/bin/verbatim}, in a bundle laid out as the zip
 * is (bin/, lib/ with every jar): it makes the class-data sharing archive from lib's class list on
 * its first run and uses it after, and it runs the same with the archive missing, corrupt, made
 * for other jars, or switched off, never printing the JVM's messages about it among the results;
 * and it runs a small job with the quick JIT compiler only, a large one with both.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class LauncherTest {
  /** The jars {@code verbatim --version} needs (CoreNLP's models and Spark are left out). */
  private static final Pattern RUNTIME_JARS = Pattern.compile(
      "(picocli|slf4j-api|slf4j-simple|guava|failureaccess|jackson-(core|databind|annotations)"
          + "|stanford-corenlp|jsoup|jwarc|commons-lang3)-[0-9][0-9.]*(-jre)?\\.jar");

  @TempDir Path bundle;
  private Path lib;

  @BeforeEach
  void layOutABundle() throws IOException {
    assumeTrue(!System.getProperty("os.name").toLowerCase(java.util.Locale.ROOT).contains("win")
        && Files.isExecutable(Path.of("/bin/sh")), "needs a POSIX shell");
    Path bin = Files.createDirectories(bundle.resolve("bin"));
    Files.copy(Path.of("src/bin/verbatim"), bin.resolve("verbatim"));
    lib = Files.createDirectories(bundle.resolve("lib"));
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      Path p = Path.of(entry);
      if (Files.isRegularFile(p) && RUNTIME_JARS.matcher(p.getFileName().toString()).matches()) {
        Files.copy(p, lib.resolve(p.getFileName()));
      } else if (p.endsWith("classes") && Files.isDirectory(p.resolve("dev/verbatim/cli"))) {
        jarClasses(p, lib.resolve("verbatim.jar"));
      }
    }
    Files.writeString(lib.resolve("verbatim.classlist"),
        "dev/verbatim/cli/Main\npicocli/CommandLine\n", StandardCharsets.UTF_8);
  }

  @Test
  void makesTheArchiveOnceAndRunsTheSameWithOrWithoutIt() throws Exception {
    Run off = run(Map.of("VERBATIM_CDS", "off"));
    assertThat(off.status).isZero();
    assertThat(off.out).startsWith("verbatim ");
    assertThat(lib.resolve("verbatim.jsa")).doesNotExist();

    Run first = run(Map.of());
    assertThat(lib.resolve("verbatim.jsa")).isNotEmptyFile();
    assertThat(lib.resolve("verbatim.jsa.made")).isNotEmptyFile();
    assertThat(first).isEqualTo(off);

    long made = Files.getLastModifiedTime(lib.resolve("verbatim.jsa")).toMillis();
    Run second = run(Map.of("VERBATIM_OPTS", "-Xmx256m -Xlog:class+load=info:file="
        + bundle.resolve("classes.log")));
    assertThat(second.status).isZero();
    assertThat(second.out).isEqualTo(off.out);
    assertThat(Files.getLastModifiedTime(lib.resolve("verbatim.jsa")).toMillis()).isEqualTo(made);
    assertThat(Files.readString(bundle.resolve("classes.log")))
        .containsPattern("dev\\.verbatim\\.cli\\.Main source: shared objects file");
  }

  @Test
  void aCorruptArchiveIsSkippedSilently() throws Exception {
    Run off = run(Map.of("VERBATIM_CDS", "off"));
    run(Map.of());
    Path jsa = lib.resolve("verbatim.jsa");
    jsa.toFile().setWritable(true);
    Files.write(jsa, new byte[] {1, 2, 3, 4});

    assertThat(run(Map.of())).isEqualTo(off);
  }

  @Test
  void anArchiveForOtherJarsIsMadeAgain() throws Exception {
    run(Map.of());
    Files.writeString(lib.resolve("verbatim.jsa.made"), "another java and class path\n");
    long before = Files.size(lib.resolve("verbatim.jsa"));

    Run again = run(Map.of());

    assertThat(again.status).isZero();
    assertThat(again.err).isEmpty();
    assertThat(Files.readString(lib.resolve("verbatim.jsa.made"))).contains(lib.toString())
        .contains("picocli");
    assertThat(Files.size(lib.resolve("verbatim.jsa"))).isEqualTo(before);
  }

  @Test
  void withoutAClassListNoArchiveIsMade() throws Exception {
    Files.delete(lib.resolve("verbatim.classlist"));

    Run run = run(Map.of());

    assertThat(run.status).isZero();
    assertThat(run.out).startsWith("verbatim ");
    assertThat(run.err).isEmpty();
    try (Stream<Path> files = Files.list(lib)) {
      assertThat(files.map(p -> p.getFileName().toString())).noneMatch(f -> f.contains(".jsa"));
    }
  }

  @Test
  void aSmallJobRunsWithTheQuickCompilerOnly() throws Exception {
    Path article = Files.writeString(bundle.resolve("short.txt"),
        "\"We will reopen the bridge in May,\" the engineer said.\n", StandardCharsets.UTF_8);
    Path folder = Files.createDirectories(bundle.resolve("articles"));
    Files.copy(article, folder.resolve("a.txt"));

    assertThat(tieredStopAtLevel(Map.of(), "extract", "--version", article.toString()))
        .isEqualTo(1);
    assertThat(tieredStopAtLevel(Map.of(), "extract", "--fast", "--version", folder.toString()))
        .isEqualTo(1);
    assertThat(tieredStopAtLevel(Map.of(), "report", "--version", article.toString()))
        .isEqualTo(1);
  }

  @Test
  void aLargeJobStandardInputAndOtherCommandsKeepBothCompilers() throws Exception {
    Path big = bundle.resolve("big.txt");
    Files.writeString(big, "\"The bridge opens in May,\" she said.\n".repeat(20_000),
        StandardCharsets.UTF_8);
    Path small = Files.writeString(bundle.resolve("small.txt"), "\"Yes,\" he said.\n",
        StandardCharsets.UTF_8);

    assertThat(Files.size(big)).isGreaterThan(512 * 1024);
    assertThat(tieredStopAtLevel(Map.of(), "extract", "--version", big.toString(),
        small.toString())).isEqualTo(4);
    assertThat(tieredStopAtLevel(Map.of(), "extract", "--version")).isEqualTo(4);
    assertThat(tieredStopAtLevel(Map.of(), "serve", "--version")).isEqualTo(4);
    assertThat(tieredStopAtLevel(Map.of("VERBATIM_JIT", "full"), "extract", "--version",
        small.toString())).isEqualTo(4);
    assertThat(tieredStopAtLevel(Map.of("VERBATIM_JIT", "quick"), "extract", "--version",
        big.toString())).isEqualTo(1);
  }

  /** The JIT tier the launcher's JVM stops at, read from its final flags. */
  private int tieredStopAtLevel(Map<String, String> env, String... args) throws Exception {
    Map<String, String> all = new HashMap<>(env);
    all.put("VERBATIM_CDS", "off");
    all.put("VERBATIM_OPTS", "-Xmx256m -XX:+PrintFlagsFinal");
    Run run = run(all, args);
    assertThat(run.status).isZero();
    Matcher m = Pattern.compile("\\bTieredStopAtLevel\\s+=\\s+(\\d+)")
        .matcher(run.out);
    assertThat(m.find()).as("the JVM's flags in %s", run.out.length()).isTrue();
    return Integer.parseInt(m.group(1));
  }

  private record Run(int status, String out, String err) {}

  private Run run(Map<String, String> env) throws Exception {
    return run(env, "--version");
  }

  private Run run(Map<String, String> env, String... args) throws Exception {
    List<String> command = new ArrayList<>(
        List.of("/bin/sh", bundle.resolve("bin/verbatim").toString()));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
    pb.environment().remove("VERBATIM_CDS");
    pb.environment().remove("VERBATIM_OPTS");
    pb.environment().remove("VERBATIM_JIT");
    pb.environment().putAll(env);
    Path out = bundle.resolve("out.txt");
    Path err = bundle.resolve("err.txt");
    Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
    return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
  }

  /** Verbatim's classes (not the packed models, which --version does not need) as a jar. */
  private static void jarClasses(Path classes, Path jar) throws IOException {
    try (OutputStream o = Files.newOutputStream(jar);
        JarOutputStream out = new JarOutputStream(o);
        Stream<Path> files = Files.walk(classes)) {
      for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
        String name = classes.relativize(f).toString().replace(File.separatorChar, '/');
        if (name.startsWith("dev/verbatim/nlp/packed/")) {
          continue;
        }
        out.putNextEntry(new JarEntry(name));
        Files.copy(f, out);
        out.closeEntry();
      }
    }
  }
}
