/**
 * JMH micro-benchmarks, compiled and run only in the Maven {@code bench} profile
 * ({@code mvn -B -Pbench -DskipTests verify}); never part of {@code mvn verify}.
 */
package dev.verbatim.bench.jmh;
