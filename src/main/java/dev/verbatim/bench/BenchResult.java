package dev.verbatim.bench;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What one benchmark process measured. A figure that was not measured is null. Times are wall-clock;
 * "warm" figures come after a full pass over the corpus.
 *
 * @param system what ran: {@code verbatim-default}, {@code verbatim-fast} or {@code corenlp-quote}
 * @param maxHeapMb the JVM's {@code -Xmx}, in MiB
 * @param documents the articles in the corpus
 * @param chars their total length
 * @param tokens their total number of tokens (CoreNLP's English tokenizer, the unit of every
 *     per-token figure)
 * @param citations what the system found in the corpus (citations or CoreNLP quotations)
 * @param loadMs building the extractor or pipeline: loading the models
 * @param coldStartMs from JVM start to the first result (the first article)
 * @param batchMs from JVM start to the last result of the first pass over the corpus
 * @param warmTokensPerSecond warm throughput of one thread, one article at a time
 * @param batch1TokensPerSecond the batch API with one thread
 * @param batch2TokensPerSecond the batch API with two threads (whole, not per thread)
 * @param smallDocChars the mean length of the small documents
 * @param smallDocMicrosPerToken warm time per token on small (about 10 KB) documents
 * @param bigDocChars the length of the big document
 * @param bigDocMicrosPerToken warm time per token on the big document (the small documents joined
 *     over and over)
 * @param peakHeapMb the heap pools' peak use, garbage included
 * @param peakLiveMb the most heap in use just after a collection
 * @param warmTokensPerCpuSecond warm throughput per second of this process's CPU time (all its
 *     threads, garbage collection included): unlike wall-clock figures, not lowered by other load
 *     on the machine
 * @param loadAverage the machine's load average over the last minute when the process ended
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BenchResult(
    String system,
    Long maxHeapMb,
    Integer documents,
    Long chars,
    Long tokens,
    Integer citations,
    Double loadMs,
    Double coldStartMs,
    Double batchMs,
    Double warmTokensPerSecond,
    Double batch1TokensPerSecond,
    Double batch2TokensPerSecond,
    Long smallDocChars,
    Double smallDocMicrosPerToken,
    Long bigDocChars,
    Double bigDocMicrosPerToken,
    Long peakHeapMb,
    Long peakLiveMb,
    Double warmTokensPerCpuSecond,
    Double loadAverage) {}
