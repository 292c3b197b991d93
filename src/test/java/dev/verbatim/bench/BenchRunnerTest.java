package dev.verbatim.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The bench's workers get this JVM's class-data sharing options and no others of its own. */
class BenchRunnerTest {
  @Test
  void passesOnTheLaunchersClassDataSharingOptionsOnly() {
    List<String> launcher = List.of("-Xshare:auto", "-XX:SharedArchiveFile=/opt/v/lib/verbatim.jsa",
        "-Xlog:cds=off", "-Xlog:cds+dynamic=off", "-Xlog:class+path=off", "-Xmx2g",
        "-Dverbatim.fastpaths=off", "-Xlog:gc");

    assertThat(BenchRunner.classDataSharing(launcher)).containsExactly("-Xshare:auto",
        "-XX:SharedArchiveFile=/opt/v/lib/verbatim.jsa", "-Xlog:cds=off", "-Xlog:cds+dynamic=off",
        "-Xlog:class+path=off");
    assertThat(BenchRunner.classDataSharing(List.of("-Xmx1g"))).isEmpty();
  }
}
