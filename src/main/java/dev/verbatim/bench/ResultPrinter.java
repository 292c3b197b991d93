package dev.verbatim.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Writes and reads the one line a worker prints on standard output. */
final class ResultPrinter {
  /** Marks the result line among whatever else reaches standard output. */
  static final String PREFIX = "BENCH-RESULT ";
  private static final ObjectMapper JSON = new ObjectMapper();

  private ResultPrinter() {}

  static void print(BenchResult result) {
    try {
      System.out.println(PREFIX + JSON.writeValueAsString(result));
      System.out.flush();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  static BenchResult parse(String line) throws JsonProcessingException {
    return JSON.readValue(line.substring(PREFIX.length()), BenchResult.class);
  }
}
