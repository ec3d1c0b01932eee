package dev.pm.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pm.model.TimelineEntry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Folders under {@code src/test/resources/read/} with a {@code figures.tsv}: the incident figures
 * counted by hand in {@code doc.md} (duration, mttd, mtta, mttr in minutes; start, end as {@code
 * YYYY-MM-DDTHH:MM}); a third column {@code computed} marks a figure computed from the start and
 * end or the timeline rather than stated. Exactly those are read: a figure not listed must not be
 * read, which is how each fixture shows what must NOT be taken. A {@code timeline.tsv} lists the
 * timeline entries (line, time) the same way, and an {@code incident.tsv} the incident's {@code
 * date} ({@code (none)} when no date may be read).
 */
class FiguresFixturesTest {

  @TestFactory
  Stream<DynamicTest> everyFixtureReadsTheFiguresCounted() throws IOException {
    List<Path> folders = ReadFixtures.foldersWith("figures.tsv");
    assertThat(folders).hasSizeGreaterThanOrEqualTo(7);
    return folders.stream()
        .map(
            folder ->
                DynamicTest.dynamicTest(
                    folder.getFileName().toString(),
                    () -> {
                      Reading reading = ReadFixtures.read(folder);
                      assertThat(read(reading))
                          .as("figures of " + folder)
                          .isEqualTo(expected(folder.resolve("figures.tsv")));
                      Path incident = folder.resolve("incident.tsv");
                      if (Files.exists(incident)) {
                        assertThat(reading.incident().date().map(Object::toString).orElse("(none)"))
                            .as("incident date of " + folder)
                            .isEqualTo(expected(incident).get("date"));
                      }
                      Path timeline = folder.resolve("timeline.tsv");
                      if (Files.exists(timeline)) {
                        List<String> got = new ArrayList<>();
                        for (TimelineEntry e : reading.timeline()) {
                          got.add(e.at().line() + "\t" + e.time().map(Object::toString).orElse(""));
                        }
                        List<String> lines = Files.readAllLines(timeline);
                        assertThat(got)
                            .as("timeline of " + folder)
                            .containsExactlyElementsOf(lines.subList(1, lines.size()));
                      }
                    }));
  }

  private static Map<String, String> read(Reading reading) {
    Map<String, String> got = new TreeMap<>();
    for (Map.Entry<String, Duration> f : reading.figures().entrySet()) {
      got.put(
          f.getKey(),
          f.getValue().toMinutes()
              + (reading.computedFigures().contains(f.getKey()) ? " computed" : ""));
    }
    reading.times().start().ifPresent(s -> got.put("start", s.toString()));
    reading.times().end().ifPresent(e -> got.put("end", e.toString()));
    return got;
  }

  private static Map<String, String> expected(Path tsv) throws IOException {
    Map<String, String> want = new TreeMap<>();
    List<String> lines = Files.readAllLines(tsv);
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split("\t", -1);
      want.put(f[0], f.length > 2 ? f[1] + " " + f[2] : f[1]);
    }
    return want;
  }
}
