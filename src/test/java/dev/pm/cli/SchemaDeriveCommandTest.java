package dev.pm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Adopting pm on post-mortems that already exist: a schema derived from an organisation's own
 * documents (real ones, from the corpus in test resources) lets at least 85% of them lint without
 * errors, and a section removed from one of them is reported where it belongs.
 */
class SchemaDeriveCommandTest {

  private static final Path REAL = Path.of("src/test/resources/corpus/real");

  @TempDir Path repo;

  private void copyOrganisation(String org) throws IOException {
    Files.createDirectories(repo.resolve(org));
    try (Stream<Path> files = Files.list(REAL)) {
      for (Path f : files.filter(p -> p.getFileName().toString().startsWith(org + "__")).toList()) {
        Files.copy(f, repo.resolve(org).resolve(f.getFileName()));
      }
    }
  }

  @ParameterizedTest
  @CsvSource({"dfds,39", "mybinder,23", "kubernetes-sig-testing,5"})
  void derivedSchemaLetsMostOfTheOrganisationsFilesLintClean(String org, int count)
      throws Exception {
    copyOrganisation(org);
    PmRunner pm = new PmRunner(repo);
    var derived = pm.run("schema", "derive", org, "--name", org, "--output", org + ".schema.yaml");
    assertThat(derived.exitCode()).as(derived.err()).isZero();
    var lint = pm.run("lint", "--schema", org + ".schema.yaml", "--format", "json", org);
    JsonNode json = new ObjectMapper().readTree(lint.out());
    assertThat(json.get("files").asInt()).isEqualTo(count);
    Set<String> withErrors = new HashSet<>();
    json.get("diagnostics")
        .forEach(
            d -> {
              if (d.get("severity").asText().equals("error")) {
                withErrors.add(d.get("file").asText());
              }
            });
    double clean = (count - withErrors.size()) / (double) count;
    assertThat(clean)
        .as("share of %s files without errors; failing: %s", org, withErrors)
        .isGreaterThanOrEqualTo(0.85);
  }

  @org.junit.jupiter.api.Test
  @SuppressWarnings("unchecked")
  void fieldsFilledInInNearlyEveryTableRowBecomeRequired() throws Exception {
    // Five copies of the filled-in standard example: every row has id, action, owner, due, status.
    Files.createDirectories(repo.resolve("docs"));
    String example = Files.readString(Path.of("src/test/resources/lint/clean/standard.md"));
    for (int i = 1; i <= 5; i++) {
      Files.writeString(
          repo.resolve("docs/pm-" + i + ".md"),
          example.replace("INC-2026-03-14-01", "INC-2026-03-14-0" + i));
    }
    PmRunner pm = new PmRunner(repo);
    var derived = pm.run("schema", "derive", "docs", "--output", "derived.yaml");
    assertThat(derived.exitCode()).as(derived.err()).isZero();
    Map<?, ?> schema =
        new org.yaml.snakeyaml.Yaml().load(Files.readString(repo.resolve("derived.yaml")));
    // Type too: the example fills its Type column in every row. Priority and links it has not.
    assertThat((List<Object>) ((Map<?, ?>) schema.get("actionItems")).get("required"))
        .containsExactly("action", "id", "owner", "due", "status", "type");

    // The examples lint clean under it; a row whose owner is then left out does not (it did
    // while derive wrote only "required: [action]").
    assertThat(pm.run("lint", "--schema", "derived.yaml", "docs").exitCode()).isZero();
    Path one = repo.resolve("docs/pm-1.md");
    Files.writeString(
        one, Files.readString(one).replace("| Prevention | bob |", "| Prevention |  |"));
    var lint = pm.run("lint", "--schema", "derived.yaml", "docs/pm-1.md");
    assertThat(lint.exitCode()).isEqualTo(1);
    assertThat(lint.out())
        .contains("pm-1.md:86:71: error PM402 Action item \"AI-01\" has no owner");
  }

  @ParameterizedTest
  @CsvSource({
    "dfds,dfds__PM2025-001---Node-system-resource-starvation-and-scheduling-capacity.md,Summary",
    "mybinder,mybinder__2018-01-04-failed-staging-deploy.md,Summary",
    "kubernetes-sig-testing,kubernetes-sig-testing__2019-01-23.md,Impact"
  })
  void removingARequiredSectionIsReportedWhereItBelongs(String org, String name, String section)
      throws Exception {
    copyOrganisation(org);
    PmRunner pm = new PmRunner(repo);
    assertThat(pm.run("schema", "derive", org, "--output", org + ".schema.yaml").exitCode())
        .isZero();
    Path file = repo.resolve(org).resolve(name);
    assertThat(pm.run("lint", "--schema", org + ".schema.yaml", org + "/" + name).exitCode())
        .as("lints clean before")
        .isZero();
    List<String> lines = Files.readAllLines(file);
    int summary = lines.indexOf("## " + section);
    assertThat(summary).as("## %s in %s", section, name).isPositive();
    int next = summary + 1;
    while (!lines.get(next).startsWith("## ")) {
      next++;
    }
    String nextHeading = lines.get(next);
    List<String> edited = new java.util.ArrayList<>(lines.subList(0, summary));
    edited.addAll(lines.subList(next, lines.size()));
    Files.write(file, edited);
    var lint = pm.run("lint", "--schema", org + ".schema.yaml", org + "/" + name);
    assertThat(lint.exitCode()).isEqualTo(1);
    // Where it belongs: the line the section's heading was on, now the next section's heading.
    assertThat(lint.out())
        .contains(
            name
                + ":"
                + (summary + 1)
                + ":1: error PM201 Missing required section \""
                + section
                + "\"");
    assertThat(nextHeading).startsWith("## ");
  }

  @org.junit.jupiter.api.Test
  void statsListsEveryBulletedActionItemOfDfdsWithFileAndLine() throws Exception {
    copyOrganisation("dfds");
    PmRunner pm = new PmRunner(repo);
    assertThat(pm.run("schema", "derive", "dfds", "--output", "dfds.schema.yaml").exitCode())
        .isZero();
    var stats =
        pm.run(
            "stats",
            "--schema",
            "dfds.schema.yaml",
            "--format",
            "json",
            "--as-of",
            "2026-06-01",
            "dfds");
    assertThat(stats.exitCode()).as(stats.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(stats.out());
    // Counted independently from the raw files (a Python line count): top-level bullets under
    // "## Action Items" in the 39 files, a bullet with two or more sub-bullets counted as those.
    assertThat(json.get("actionItems")).hasSize(129);
    Set<String> where = new HashSet<>();
    json.get("actionItems")
        .forEach(
            i -> {
              assertThat(i.get("form").asText()).isEqualTo("bullet");
              assertThat(i.get("file").asText()).startsWith("dfds/dfds__PM");
              where.add(i.get("file").asText() + ":" + i.get("line").asInt());
            });
    assertThat(where).hasSize(129);
    assertThat(json.get("incidentCount").asInt()).isEqualTo(39);
  }

  @org.junit.jupiter.api.Test
  @SuppressWarnings("unchecked")
  void timelineSectionIsRecognisedByTheReadersRuleWhateverItsName() throws Exception {
    // "How the night went" names no timeline word but holds only timed entries (a list in one
    // document, a table in the other); "Context" opens with two times and then tells the story,
    // which the reader does not read as a timeline, so derive must not name it one either.
    copyFixtures("timeline-by-content");
    PmRunner pm = new PmRunner(repo);
    var derived = pm.run("schema", "derive", "timeline-by-content", "--output", "derived.yaml");
    assertThat(derived.exitCode()).as(derived.err()).isZero();
    Map<String, Object> schema =
        new org.yaml.snakeyaml.Yaml().load(Files.readString(repo.resolve("derived.yaml")));
    List<String> timelineSections =
        (List<String>) ((Map<String, Object>) schema.get("timeline")).get("sections");
    assertThat(timelineSections).contains("How the night went").doesNotContain("Context");
  }

  @org.junit.jupiter.api.Test
  void neverOverwritesWithoutForce() throws Exception {
    copyOrganisation("kubernetes-sig-testing");
    Files.writeString(repo.resolve("mine.yaml"), "name: mine\n");
    var result =
        new PmRunner(repo)
            .run("schema", "derive", "kubernetes-sig-testing", "--output", "mine.yaml");
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(Files.readString(repo.resolve("mine.yaml"))).isEqualTo("name: mine\n");
  }

  private void copyFixtures(String folder) throws IOException {
    Files.createDirectories(repo.resolve(folder));
    try (Stream<Path> files = Files.list(Path.of("src/test/resources/derive").resolve(folder))) {
      for (Path f : files.toList()) {
        Files.copy(f, repo.resolve(folder).resolve(f.getFileName()));
      }
    }
  }

  @org.junit.jupiter.api.Test
  @SuppressWarnings("unchecked")
  void headingVariantsAreOneSectionAndContentNamesTimelineAndFollowUps() throws Exception {
    // Four documents, four spellings of one timeline heading (one in each); the follow-up heading
    // "Things we will change" names no follow-up word, but its sections hold task lists.
    copyFixtures("variants");
    PmRunner pm = new PmRunner(repo);
    var derived = pm.run("schema", "derive", "variants", "--output", "derived.yaml");
    assertThat(derived.exitCode()).as(derived.err()).isZero();
    Map<String, Object> schema =
        new org.yaml.snakeyaml.Yaml().load(Files.readString(repo.resolve("derived.yaml")));
    List<Map<String, Object>> sections = (List<Map<String, Object>>) schema.get("sections");
    assertThat(sections).extracting(m -> m.get("title")).hasSize(3);
    Map<String, Object> timeline =
        sections.stream()
            .filter(m -> m.get("title").toString().startsWith("Issue Timeline"))
            .findFirst()
            .orElseThrow();
    List<String> spellings = new java.util.ArrayList<>((List<String>) timeline.get("aliases"));
    spellings.add(timeline.get("title").toString());
    assertThat(spellings)
        .containsExactlyInAnyOrder(
            "Issue Timeline - UTC",
            "Issue Timeline (UTC)",
            "Issue Timeline – UTC",
            "Issue Timeline");
    assertThat(timeline.get("required")).isEqualTo(true); // 4 of 4 together; 1 of 4 each
    assertThat((List<String>) ((Map<String, Object>) schema.get("timeline")).get("sections"))
        .contains(
            "Issue Timeline - UTC",
            "Issue Timeline (UTC)",
            "Issue Timeline – UTC",
            "Issue Timeline");
    assertThat((List<String>) ((Map<String, Object>) schema.get("actionItems")).get("sections"))
        .contains("Things we will change");

    // The schema checks something: a document without the timeline fails it, the examples pass.
    assertThat(pm.run("lint", "--schema", "derived.yaml", "variants").exitCode()).isZero();
    Files.writeString(
        repo.resolve("variants/2024-05-01-other.md"),
        "# Other\n\n## Overview\n\nText.\n\n## Things we will change\n\n- [ ] x\n");
    var lint = pm.run("lint", "--schema", "derived.yaml", "variants/2024-05-01-other.md");
    assertThat(lint.exitCode()).isEqualTo(1);
    assertThat(lint.out()).contains("PM201").contains("Issue Timeline");
    var stats =
        pm.run(
            "stats",
            "--schema",
            "derived.yaml",
            "--format",
            "json",
            "--as-of",
            "2024-06-01",
            "variants");
    assertThat(new ObjectMapper().readTree(stats.out()).get("summary").get("total").asInt())
        .isEqualTo(5);
  }

  @org.junit.jupiter.api.Test
  void documentsThatShareNoSectionGiveNoSchema() throws Exception {
    copyFixtures("unrelated");
    var result =
        new PmRunner(repo).run("schema", "derive", "unrelated", "--output", "derived.yaml");
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err())
        .contains("the 3 documents share no section")
        .contains("would check nothing");
    assertThat(repo.resolve("derived.yaml")).doesNotExist();
  }
}
