package dev.pm.stats;

import dev.pm.cache.ResultCache;
import dev.pm.io.InputFile;
import dev.pm.model.ParseProblem;
import dev.pm.model.PostMortem;
import dev.pm.parse.ParserOnDemand;
import dev.pm.parse.PostMortemParser;
import dev.pm.read.DocumentReader;
import dev.pm.read.SchemaResolver;
import dev.pm.work.ParseWorkers;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads post-mortems for stats the way lint does: same parser, same schema choice, on the same
 * bounded workers. Files that cannot be read are reported to {@code skipped} and left out; they
 * never stop the summary.
 */
public final class StatsRun {

  private StatsRun() {}

  private record Outcome(PackedIncident record, String skipped) {}

  /** The records of the files that could be read, in file order. */
  public static List<IncidentRecord> run(
      List<InputFile> files,
      PostMortemParser parser,
      SchemaResolver resolver,
      int threads,
      Consumer<String> skipped) {
    List<IncidentRecord> records = new ArrayList<>();
    for (PackedIncident p :
        read(
            files,
            ParserOnDemand.of(parser),
            resolver,
            threads,
            skipped,
            ResultCache.disabled(),
            done -> {})) {
      records.add(p.unpack());
    }
    return records;
  }

  /**
   * As above, packed as each file is read (so that no file's reading or full record outlives its
   * worker), taking a file's record from {@code cache} when its bytes are unchanged; {@code
   * progress} is told how many files are done after each one. The parser is made only if a file is
   * not in the cache.
   */
  public static List<PackedIncident> read(
      List<InputFile> files,
      ParserOnDemand parser,
      SchemaResolver resolver,
      int threads,
      Consumer<String> skipped,
      ResultCache<IncidentRecord> cache,
      java.util.function.IntConsumer progress) {
    DocumentReader reader = new DocumentReader(resolver);
    List<Outcome> outcomes;
    try (ParseWorkers workers =
        new ParseWorkers(threads, parser.limits().parseTimeout().multipliedBy(2).plusSeconds(1))
            .reportingTo(progress)) {
      outcomes =
          workers.map(
              files,
              file -> cached(file, parser, reader, cache),
              file -> new Outcome(null, file.displayPath() + ": reading it took too long"),
              (file, e) -> new Outcome(null, file.displayPath() + ": pm failed on it (" + e + ")"));
    }
    List<PackedIncident> records = new ArrayList<>();
    for (Outcome o : outcomes) {
      if (o.record() != null) {
        records.add(o.record());
      } else {
        skipped.accept(o.skipped());
      }
    }
    return records;
  }

  private static Outcome cached(
      InputFile file,
      ParserOnDemand parser,
      DocumentReader reader,
      ResultCache<IncidentRecord> cache) {
    long limit = parser.limits().maxFileBytes();
    ResultCache.Lookup<IncidentRecord> lookup = cache.lookup(file, limit);
    if (lookup.value().isPresent()) {
      return new Outcome(PackedIncident.of(lookup.value().get()), null);
    }
    PostMortem doc = parser.get().read(file.path(), file.displayPath());
    if (!doc.isReadable()) {
      return new Outcome(null, file.displayPath() + ": " + whyUnreadable(doc));
    }
    IncidentRecord record = IncidentRecord.of(reader.read(doc).reading());
    // Only records are stored: a file skipped as unreadable may have run out of time, which is not
    // a property of its bytes.
    cache.store(file, lookup, record, limit);
    return new Outcome(PackedIncident.of(record), null);
  }

  private static String whyUnreadable(PostMortem doc) {
    return doc.problems().stream()
        .filter(p -> p.kind() == ParseProblem.Kind.UNREADABLE)
        .map(p -> "line " + p.at().line() + ": " + p.message())
        .findFirst()
        .orElse("unreadable");
  }
}
