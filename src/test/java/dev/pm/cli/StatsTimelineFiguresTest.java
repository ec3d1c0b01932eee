package dev.pm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code pm stats --format json} lists each incident's MTTD, MTTA and MTTR computed from its
 * timeline, run for real on the reading fixtures whose figures are counted by hand in their {@code
 * figures.tsv}: a German and a French timeline, a start named by the onset of impact, and a
 * timeline that names no onset (no figures).
 */
class StatsTimelineFiguresTest {

  private static final Path READ = Path.of("src/test/resources/read");
  private static final List<String> FIXTURES =
      List.of("timeline-mttx-german", "timeline-mttx-french", "impact-onset", "impact-onset-none");

  @TempDir Path repo;

  @Test
  void eachIncidentCarriesTheFiguresItsTimelineGives() throws Exception {
    Path folder = Files.createDirectories(repo.resolve("postmortems"));
    for (String fixture : FIXTURES) {
      Files.copy(READ.resolve(fixture).resolve("doc.md"), folder.resolve(fixture + ".md"));
    }
    var result =
        new PmRunner(repo).run("stats", "--format", "json", "--as-of", "2026-04-20", "postmortems");
    assertThat(result.exitCode()).as(result.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(result.out());
    Map<String, Map<String, String>> got = new LinkedHashMap<>();
    for (JsonNode incident : json.get("incidents")) {
      String file = Path.of(incident.get("file").asText()).getFileName().toString();
      Map<String, String> figures = new LinkedHashMap<>();
      for (String figure : List.of("mttd", "mtta", "mttr")) {
        JsonNode minutes = incident.get(figure + "Minutes");
        if (minutes != null && !minutes.isNull()) {
          figures.put(figure, Long.toString(Math.round(minutes.asDouble())));
        }
      }
      got.put(file.replaceFirst("\\.md$", ""), figures);
    }
    Map<String, Map<String, String>> want = new LinkedHashMap<>();
    for (String fixture : FIXTURES) {
      want.put(fixture, counted(READ.resolve(fixture).resolve("figures.tsv")));
    }
    assertThat(got).isEqualTo(want);
  }

  /** The MTTx rows of a fixture's hand count. */
  private static Map<String, String> counted(Path tsv) throws IOException {
    Map<String, String> figures = new LinkedHashMap<>();
    List<String> lines = Files.readAllLines(tsv);
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split("\t", -1);
      if (f[0].startsWith("mtt")) {
        figures.put(f[0], f[1]);
      }
    }
    return figures;
  }
}
