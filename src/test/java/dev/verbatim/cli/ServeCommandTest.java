package dev.verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.TypeConversionException;

/** {@code verbatim serve}'s options; the running server is tested in ServeProcessTest. */
class ServeCommandTest {
  @Test
  void badOptionsAreUsageErrors() {
    assertThat(CliRun.run("serve", "--threads", "0").status()).isEqualTo(2);
    assertThat(CliRun.run("serve", "--port", "70000").status()).isEqualTo(2);
    assertThat(CliRun.run("serve", "--queue", "-1").status()).isEqualTo(2);
    assertThat(CliRun.run("serve", "--timeout", "0").status()).isEqualTo(2);
    CliRun badSize = CliRun.run("serve", "--max-body", "lots");
    assertThat(badSize.status()).isEqualTo(2);
    assertThat(badSize.err()).contains("'lots' is not a size");
  }

  @Test
  void aPortInUseFailsTheRunWithOneLine() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      CliRun run = CliRun.run("serve", "--port", String.valueOf(taken.getLocalPort()));

      assertThat(run.status()).isEqualTo(1);
      assertThat(run.errLines()).singleElement().asString()
          .startsWith("verbatim: BindException");
    }
  }

  @Test
  void sizesAreBytesOrDecimalKilobytesAndMegabytes() {
    ServeCommand.ByteSize size = new ServeCommand.ByteSize();

    assertThat(size.convert("1000")).isEqualTo(1_000L);
    assertThat(size.convert("1000B")).isEqualTo(1_000L);
    assertThat(size.convert("512KB")).isEqualTo(512_000L);
    assertThat(size.convert("5MB")).isEqualTo(5_000_000L);
    assertThat(size.convert("5 mb")).isEqualTo(5_000_000L);
    assertThatThrownBy(() -> size.convert("5GB")).isInstanceOf(TypeConversionException.class);
    assertThatThrownBy(() -> size.convert("99999999999999MB"))
        .isInstanceOf(TypeConversionException.class);
  }

  @Test
  void helpListsTheOptions() {
    CliRun run = CliRun.run("serve", "--help");

    assertThat(run.status()).isZero();
    assertThat(run.out()).contains("--port", "--host", "--threads", "--queue", "--max-body",
        "--timeout", "--fast", "127.0.0.1", "9000");
  }
}
