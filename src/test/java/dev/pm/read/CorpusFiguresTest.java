package dev.pm.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pm.parse.HangGuardLimits;
import dev.pm.parse.PostMortemParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * pm's incident figures on every document of {@code corpus/real} against the hand count in {@code
 * read/corpus-count/<organisation>-durations.tsv}: for each of duration, MTTD, MTTA, MTTR, start
 * and end, the first figure the document states (for the duration, else end minus start).
 *
 * <p>A figure read wrongly is worse than none, so every wrong or extra figure is a difference; the
 * ones pm still has are listed with their reason in {@code corpus-figures/known-differences.tsv},
 * and the test fails on a difference not listed (a regression) and on a listed one that is gone
 * (take it off). Figures pm misses are counted, and the count may only fall ({@link #MAX_MISSED}).
 */
class CorpusFiguresTest {

  private static final Path COUNTS = Path.of("src/test/resources/read/corpus-count");
  private static final Path CORPUS = Path.of("src/test/resources/corpus/real");
  private static final List<String> KINDS =
      List.of("duration", "mttd", "mtta", "mttr", "start", "end");

  /** Figures the documents state that pm does not read yet: lower it as the reader learns. */
  private static final int MAX_MISSED = 23;

  @Test
  void pmReadsTheFiguresPeopleCounted() throws IOException {
    Map<String, Map<String, String>> counted = counted();
    PostMortemParser parser = new PostMortemParser(HangGuardLimits.LIMITS);
    DocumentReader reader = BuiltInReader.create();
    TreeSet<String> differences = new TreeSet<>();
    TreeSet<String> missedFigures = new TreeSet<>(); // printed, to show what to learn next
    TreeSet<String> fromTimeline = new TreeSet<>(); // printed, to be checked by eye
    Map<String, int[]> tally = new LinkedHashMap<>(); // kind -> stated, right, wrong, missed, extra
    KINDS.forEach(k -> tally.put(k, new int[5]));
    List<Path> files;
    try (Stream<Path> all = Files.list(CORPUS)) {
      files = all.filter(p -> p.toString().endsWith(".md")).sorted().toList();
    }
    for (Path file : files) {
      String name = file.getFileName().toString();
      Reading reading = reader.read(parser.read(file, name)).reading();
      Map<String, String> want = counted.getOrDefault(name, Map.of());
      for (String kind : KINDS) {
        String expected = want.get(kind);
        String got = read(reading, kind);
        int[] t = tally.get(kind);
        if (expected != null) {
          t[0]++;
        }
        if (expected != null && expected.equals(got)) {
          t[1]++;
        } else if (expected != null && got == null) {
          t[3]++;
          missedFigures.add(name + "\t" + kind + "\tmissed " + expected);
        } else if (expected != null) {
          t[2]++;
          differences.add(name + "\t" + kind + "\twrong " + got + " not " + expected);
        } else if (got != null && fromTimeline(reading, kind)) {
          // The hand count records only what a document states, "not what could be computed
          // from a timeline" (corpus-count/README.md): a start and end read from the timeline's
          // onset and resolution entries are not counted there, so they are no extra; where the
          // hand count does state the figure they are compared above like any other.
          fromTimeline.add(name + "\t" + kind + "\tfrom the timeline " + got);
        } else if (got != null) {
          t[4]++;
          differences.add(name + "\t" + kind + "\textra " + got);
        }
      }
    }
    StringBuilder summary = new StringBuilder("kind\tstated\tright\twrong\tmissed\textra\n");
    tally.forEach(
        (k, t) ->
            summary
                .append(k)
                .append('\t')
                .append(t[0])
                .append('\t')
                .append(t[1])
                .append('\t')
                .append(t[2])
                .append('\t')
                .append(t[3])
                .append('\t')
                .append(t[4])
                .append('\n'));
    System.out.print(summary);
    differences.forEach(System.out::println);
    missedFigures.forEach(System.out::println);
    fromTimeline.forEach(System.out::println);
    // AssertJ names both sides: figures not listed (a regression) and listed ones that are gone
    // (take them off).
    assertThat(differences)
        .as("wrong or extra figures against corpus-figures/known-differences.tsv")
        .containsExactlyInAnyOrderElementsOf(known());
    int missed = tally.values().stream().mapToInt(t -> t[3]).sum();
    assertThat(missed)
        .as("stated figures pm does not read\n" + summary)
        .isLessThanOrEqualTo(MAX_MISSED);
  }

  private static List<String> known() throws IOException {
    return Files.readAllLines(
            Path.of("src/test/resources/read/corpus-figures/known-differences.tsv"))
        .stream()
        .filter(l -> !l.isBlank() && !l.startsWith("#"))
        .map(l -> String.join("\t", List.of(l.split("\t")).subList(0, 3)))
        .toList();
  }

  /**
   * Whether pm computed the figure from the timeline's onset and resolution entries: the start, the
   * end, and the duration between them.
   */
  private static boolean fromTimeline(Reading reading, String kind) {
    IncidentTimes times = reading.times();
    return switch (kind) {
      case "start" -> times.startFromTimeline();
      case "end" -> times.endFromTimeline();
      case "duration" ->
          (times.startFromTimeline() || times.endFromTimeline())
              && reading.computedFigures().contains("duration");
      default -> false;
    };
  }

  /** What pm reads, in the hand count's form: whole minutes, or a date-time to the minute. */
  private static String read(Reading reading, String kind) {
    if (kind.equals("start") || kind.equals("end")) {
      return (kind.equals("start") ? reading.times().start() : reading.times().end())
          .map(CorpusFiguresTest::minute)
          .orElse(null);
    }
    if (!kind.equals("duration") && reading.computedFigures().contains(kind)) {
      return null; // the hand count has only what documents state; MTTx from the timeline is
      // measured by fixtures
    }
    Duration d = reading.figures().get(kind);
    return d == null ? null : Long.toString(Math.round(d.toSeconds() / 60.0));
  }

  private static String minute(LocalDateTime t) {
    return t.withSecond(0).withNano(0).toString();
  }

  /**
   * The first figure of each kind per file; a duration not stated is end minus start when both are.
   */
  private static Map<String, Map<String, String>> counted() throws IOException {
    Map<String, Map<String, String>> all = new TreeMap<>();
    try (Stream<Path> files = Files.list(COUNTS)) {
      for (Path tsv :
          files.filter(p -> p.toString().endsWith("-durations.tsv")).sorted().toList()) {
        List<String[]> rows = new ArrayList<>();
        List<String> lines = Files.readAllLines(tsv);
        lines.subList(1, lines.size()).forEach(l -> rows.add(l.split("\t", -1)));
        rows.sort(
            (a, b) ->
                a[0].equals(b[0])
                    ? Integer.compare(Integer.parseInt(a[1]), Integer.parseInt(b[1]))
                    : a[0].compareTo(b[0]));
        for (String[] f : rows) {
          String value = f[2].equals("start") || f[2].equals("end") ? localMinute(f[4]) : f[4];
          all.computeIfAbsent(f[0], k -> new LinkedHashMap<>()).putIfAbsent(f[2], value);
        }
      }
    }
    for (Map<String, String> figures : all.values()) {
      if (!figures.containsKey("duration")
          && figures.get("start") != null
          && figures.get("end") != null) {
        long minutes =
            Duration.between(
                    LocalDateTime.parse(figures.get("start")),
                    LocalDateTime.parse(figures.get("end")))
                .toMinutes();
        figures.put("duration", Long.toString(minutes));
      }
    }
    return all;
  }

  /**
   * {@code 2019-02-05T08:47-08:00} or {@code 2022-12-13T18:52Z} as written: the local date-time to
   * the minute.
   */
  private static String localMinute(String written) {
    if (written.isEmpty()) {
      return null;
    }
    String local = written.replaceFirst("(Z|[+-]\\d{2}:\\d{2})$", "");
    if (!local.contains("T")) {
      local += "T00:00"; // a date only: pm reads it as the start of the day
    }
    return minute(LocalDateTime.parse(local));
  }
}
