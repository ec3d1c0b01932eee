package dev.pm.bench;

import dev.pm.model.PostMortem;
import dev.pm.model.SourceFile;
import dev.pm.parse.ParseLimits;
import dev.pm.parse.PostMortemParser;
import dev.pm.read.BuiltInReader;
import dev.pm.read.DocumentReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The per-file cost of reading (issue 15) on the 131 real post-mortems of corpus/real, warm:
 * parsing them (flexmark, front matter, the model) and reading the parsed documents (the schema
 * chosen as lint chooses it, then action items, timeline, figures, start and end). Both in one run,
 * so the ratio read/parse holds on a loaded machine where absolute times do not.
 *
 * <pre>java -cp TEST_CLASSPATH org.openjdk.jmh.Main ReadingBenchmark -f 1 -wi 3 -i 5</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ReadingBenchmark {

  private final List<SourceFile> sources = new ArrayList<>();
  private final List<PostMortem> parsed = new ArrayList<>();
  private PostMortemParser parser;
  private DocumentReader reader;

  @Setup
  public void setUp() throws IOException {
    parser = new PostMortemParser(ParseLimits.DEFAULT);
    reader = BuiltInReader.create();
    try (Stream<Path> files = Files.list(Path.of("src/test/resources/corpus/real"))) {
      for (Path file : files.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
        SourceFile source =
            new SourceFile(file, file.getFileName().toString(), Files.readString(file));
        sources.add(source);
        parsed.add(parser.parse(source));
      }
    }
  }

  /** Parsing all 131 documents. */
  @Benchmark
  public void parseCorpus(Blackhole out) {
    for (SourceFile source : sources) {
      out.consume(parser.parse(source));
    }
  }

  /** Reading all 131 parsed documents. */
  @Benchmark
  public void readCorpus(Blackhole out) {
    for (PostMortem doc : parsed) {
      out.consume(reader.read(doc));
    }
  }
}
