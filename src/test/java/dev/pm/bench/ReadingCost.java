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
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The per-file cost of the reading layer (issue 15) without JMH: for every Markdown file of the
 * folders given, the time to parse it, and the time to parse it and read it, each the median of
 * {@code ROUNDS} timings. The two are timed alternately, file by file, and the order swaps each
 * round, so load from other processes on a shared machine falls on both alike; the ratio of the two
 * medians per file is the figure to read, not the absolute times.
 *
 * <pre>java -cp TEST_CLASSPATH dev.pm.bench.ReadingCost ROUNDS FOLDER...</pre>
 *
 * Prints one line per folder: files, median per-file parse and parse+read in microseconds, the
 * median and the 90th percentile of the per-file ratio, and the ratio of the summed medians.
 */
public final class ReadingCost {

  private ReadingCost() {}

  public static void main(String[] args) throws IOException {
    int rounds = Integer.parseInt(args[0]);
    PostMortemParser parser = new PostMortemParser(ParseLimits.DEFAULT);
    DocumentReader reader = BuiltInReader.create();
    System.out.println(
        "folder\tfiles\tparse_us_median\tparse_read_us_median\tratio_median\tratio_p90\tratio_of_sums");
    for (String folder : Arrays.asList(args).subList(1, args.length)) {
      List<SourceFile> sources = sources(Path.of(folder));
      // Warm-up: the JIT compiles both paths before anything is timed.
      for (int i = 0; i < 3; i++) {
        for (SourceFile source : sources) {
          reader.read(parser.parse(source));
        }
      }
      long[][] parse = new long[sources.size()][rounds];
      long[][] both = new long[sources.size()][rounds];
      long sink = 0;
      for (int r = 0; r < rounds; r++) {
        for (int f = 0; f < sources.size(); f++) {
          SourceFile source = sources.get(f);
          for (int half = 0; half < 2; half++) {
            boolean parseOnly = (half == 0) == (r % 2 == 0);
            long t0 = System.nanoTime();
            PostMortem doc = parser.parse(source);
            if (!parseOnly) {
              sink += reader.read(doc).reading().actionItems().size();
            }
            long t = System.nanoTime() - t0;
            sink += doc.hashCode() & 1;
            (parseOnly ? parse : both)[f][r] = t;
          }
        }
      }
      double[] ratios = new double[sources.size()];
      double[] parseMedians = new double[sources.size()];
      double[] bothMedians = new double[sources.size()];
      double parseSum = 0;
      double bothSum = 0;
      for (int f = 0; f < sources.size(); f++) {
        parseMedians[f] = median(parse[f]);
        bothMedians[f] = median(both[f]);
        ratios[f] = bothMedians[f] / parseMedians[f];
        parseSum += parseMedians[f];
        bothSum += bothMedians[f];
      }
      Arrays.sort(ratios);
      System.out.printf(
          Locale.ROOT,
          "%s\t%d\t%.0f\t%.0f\t%.2f\t%.2f\t%.2f%n",
          folder,
          sources.size(),
          medianOf(parseMedians),
          medianOf(bothMedians),
          ratios[ratios.length / 2],
          ratios[(int) (ratios.length * 0.9)],
          bothSum / parseSum);
      if (sink == 42) {
        System.out.println(); // keeps the work observable
      }
    }
  }

  private static List<SourceFile> sources(Path folder) throws IOException {
    List<SourceFile> out = new ArrayList<>();
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
        out.add(new SourceFile(file, file.getFileName().toString(), Files.readString(file)));
      }
    }
    return out;
  }

  private static double median(long[] nanos) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2] / 1000.0;
  }

  private static double medianOf(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
