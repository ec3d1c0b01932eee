package dev.pm.stats;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pm.model.ActionItem;
import dev.pm.model.ActionStatus;
import dev.pm.model.PostMortem;
import dev.pm.parse.HangGuardLimits;
import dev.pm.parse.PostMortemParser;
import dev.pm.read.DocumentReader;
import dev.pm.read.SchemaResolver;
import dev.pm.template.TemplateCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class PackedIncidentTest {

  @Test
  void everyRecordOfTheCorpusUnpacksEqualToWhatWasPacked() throws IOException {
    SchemaResolver resolver =
        new SchemaResolver(
            TemplateCatalog.load(Optional.empty()), Optional.empty(), Map.of(), Path.of("."));
    DocumentReader reader = new DocumentReader(resolver);
    PostMortemParser parser = new PostMortemParser(HangGuardLimits.LIMITS);
    int records = 0;
    int items = 0;
    int withFigures = 0;
    int withTimes = 0;
    for (Path file :
        markdownUnder(Path.of("src/test/resources/corpus"), Path.of("src/test/resources/read"))) {
      PostMortem doc = parser.read(file, file.toString());
      if (!doc.isReadable()) {
        continue;
      }
      IncidentRecord record = IncidentRecord.of(reader.read(doc).reading());
      PackedIncident packed = PackedIncident.of(record);
      assertThat(packed.unpack()).as(file.toString()).isEqualTo(record);
      assertThat(packed.file()).isEqualTo(record.file());
      records++;
      items += record.actionItems().size();
      withFigures += record.durations().isEmpty() ? 0 : 1;
      withTimes += record.start().isPresent() && record.end().isPresent() ? 1 : 0;
    }
    // The corpus reached the parts that can be empty with values in them.
    assertThat(records).isGreaterThan(500);
    assertThat(items).isGreaterThan(400);
    assertThat(withFigures).isGreaterThan(20);
    assertThat(withTimes).isGreaterThan(20);
  }

  @Test
  void emptyAndUnusualValuesSurvive() {
    Map<Figure, Duration> figures = new EnumMap<>(Figure.class);
    figures.put(Figure.MTTA, Duration.ofSeconds(-90, 5));
    figures.put(Figure.MTTR, Duration.ofSeconds(Long.MAX_VALUE, 999_999_999));
    IncidentRecord record =
        new IncidentRecord(
            "2026/01/caf\u00e9 \ud83d\udd25.md",
            "",
            "lone \ud800 surrogate",
            Optional.of(LocalDate.of(-40, 2, 29)),
            "",
            "",
            List.of(
                item(0, ActionItem.Form.LINE, ActionStatus.UNKNOWN, "", false, List.of()),
                item(
                    70_000,
                    ActionItem.Form.TASK,
                    ActionStatus.CANCELLED,
                    "next sprint",
                    false,
                    List.of("https://x.test/1", "", "#42"))),
            3,
            figures,
            Optional.of(LocalDateTime.of(-40, 2, 29, 23, 59, 59, 999_999_999)),
            Optional.of(LocalDateTime.of(2026, 1, 1, 0, 0)));
    assertThat(PackedIncident.of(record).unpack()).isEqualTo(record);
    IncidentRecord bare = bare("a.md", "");
    assertThat(PackedIncident.of(bare).unpack()).isEqualTo(bare);
  }

  @Test
  void packedCostsAboutTheLengthOfTheTexts() {
    List<ItemRecord> items = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      items.add(
          item(
              40 + i,
              ActionItem.Form.TABLE_ROW,
              ActionStatus.OPEN,
              "2026-02-0" + (i + 1),
              true,
              List.of("https://tracker.example.com/OPS-" + i)));
    }
    IncidentRecord record =
        new IncidentRecord(
            "2026/01/2026-01-14-edge-proxy.md",
            "INC-2026-01-14-01",
            "Edge-proxy returned 502s",
            Optional.of(LocalDate.of(2026, 1, 14)),
            "P1",
            "Final",
            items,
            0,
            Map.of(Figure.DURATION, Duration.ofMinutes(50)),
            Optional.empty(),
            Optional.empty());
    int texts =
        record.file().length()
            + record.id().length()
            + record.title().length()
            + record.severity().length()
            + record.status().length()
            + items.stream()
                .mapToInt(
                    i ->
                        i.id().length()
                            + i.action().length()
                            + i.owner().length()
                            + i.type().length()
                            + i.due().length()
                            + i.links().stream().mapToInt(String::length).sum())
                .sum();
    // Each text adds one length byte, each item about five more for its line, form, status and
    // flags; nothing per text near a String's 40 bytes of headers.
    assertThat(PackedIncident.of(record).packedSize()).isBetween(texts, texts + 16 + 12 * 6);
  }

  @Test
  void fileOrderSortsByFileAndKeepsTheOrderOfEqualOnes() {
    List<PackedIncident> packed =
        Stream.of("b.md", "a/z.md", "B.md", "a.md", "b.md")
            .map(f -> bare(f, "id-" + f))
            .map(PackedIncident::of)
            .toList();
    List<PackedIncident> sorted = PackedIncident.inFileOrder(packed);
    assertThat(sorted.stream().map(PackedIncident::file))
        .containsExactly("B.md", "a.md", "a/z.md", "b.md", "b.md");
    assertThat(sorted.get(3)).isSameAs(packed.get(0));
    assertThat(sorted.get(4)).isSameAs(packed.get(4));
  }

  @Test
  void theUnpackingViewMakesEachRecordWhenAskedAndKeepsNone() {
    IncidentRecord record =
        new IncidentRecord(
            "a.md",
            "INC-1",
            "t",
            Optional.empty(),
            "P2",
            "",
            List.of(item(3, ActionItem.Form.BULLET, ActionStatus.DONE, "", false, List.of())),
            0,
            Map.of(),
            Optional.empty(),
            Optional.empty());
    List<IncidentRecord> view = PackedIncident.unpacking(List.of(PackedIncident.of(record)));
    assertThat(view).containsExactly(record);
    assertThat(view.get(0)).isEqualTo(view.get(0)).isNotSameAs(view.get(0));
  }

  private static ItemRecord item(
      int line,
      ActionItem.Form form,
      ActionStatus status,
      String due,
      boolean dueIsDate,
      List<String> links) {
    return new ItemRecord(
        line,
        form,
        status,
        "AI-" + line,
        "Add a canary stage that lasts until traffic peaks (" + line + ")",
        "@jane, Storage + Network",
        "prevent",
        due,
        dueIsDate,
        links);
  }

  private static List<Path> markdownUnder(Path... folders) throws IOException {
    List<Path> all = new ArrayList<>();
    for (Path folder : folders) {
      try (Stream<Path> walk = Files.walk(folder)) {
        walk.filter(p -> p.toString().endsWith(".md") && Files.isRegularFile(p))
            .sorted()
            .forEach(all::add);
      }
    }
    return all;
  }

  /** An incident with nothing but its file and id. */
  private static IncidentRecord bare(String file, String id) {
    return new IncidentRecord(
        file,
        id,
        "",
        Optional.empty(),
        "",
        "",
        List.of(),
        0,
        Map.of(),
        Optional.empty(),
        Optional.empty());
  }
}
