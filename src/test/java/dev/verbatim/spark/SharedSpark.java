package dev.verbatim.spark;

import org.apache.spark.sql.SparkSession;

/**
 * The one Spark session of the test run: local[2], no UI, two shuffle partitions. Started on
 * first use; Spark's shutdown hook stops it when the JVM exits.
 */
final class SharedSpark {
  private SharedSpark() {}

  private static final class Holder {
    static final SparkSession SESSION = SparkSession.builder()
        .appName("verbatim-tests")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .getOrCreate();
  }

  static SparkSession session() {
    return Holder.SESSION;
  }
}
