package dev.verbatim.spark;

import dev.verbatim.html.ExtractedPage;
import dev.verbatim.warc.ArchivedPage;
import dev.verbatim.warc.WarcEntry;
import dev.verbatim.warc.WarcPages;
import dev.verbatim.warc.WarcProblem;
import dev.verbatim.warc.WarcTally;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * Reads one WARC file in a Spark task, lazily, one {@link CitationSchema#WARC_ENTRIES} row per
 * HTML page (its id the record's {@code WARC-Target-URI}, its text the extracted article) and per
 * unreadable record (its id the file, its error naming the byte offset). It holds the Hadoop
 * settings as a plain map, since Hadoop's {@code Configuration} is not serialisable.
 */
final class ReadWarcFile implements FlatMapFunction<String, Row> {
  private static final long serialVersionUID = 1L;

  private final HashMap<String, String> hadoopSettings;

  ReadWarcFile(Configuration hadoop) {
    this.hadoopSettings = new HashMap<>();
    for (Map.Entry<String, String> e : hadoop) {
      hadoopSettings.put(e.getKey(), e.getValue());
    }
  }

  @Override
  public Iterator<Row> call(String file) throws IOException {
    Configuration hadoop = new Configuration(false);
    hadoopSettings.forEach(hadoop::set);
    Path path = new Path(file);
    FileSystem fs = path.getFileSystem(hadoop);
    HadoopChannel channel = new HadoopChannel(fs.open(path), fs.getFileStatus(path).getLen());
    Iterator<WarcEntry> entries = WarcPages.entries(channel, new WarcTally());
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        boolean more = entries.hasNext();
        if (!more && channel.isOpen()) {
          try {
            channel.close();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
        return more;
      }

      @Override
      public Row next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return row(file, entries.next());
      }
    };
  }

  static Row row(String file, WarcEntry entry) {
    if (entry instanceof WarcProblem problem) {
      return RowFactory.create(file, null, null, null, null, null, file + ": " + problem);
    }
    ArchivedPage archived = (ArchivedPage) entry;
    ExtractedPage page = archived.extract();
    return RowFactory.create(archived.uri(), page.text(), page.url().orElse(null),
        page.title().orElse(null), page.byline().orElse(null), page.published().orElse(null),
        null);
  }
}
