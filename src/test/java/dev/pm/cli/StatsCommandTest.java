package dev.pm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pm.testing.Fixtures;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code pm stats} run for real on post-mortems in all five templates plus a free-style one, as of
 * 2026-04-20, checked against a hand count of src/test/resources/stats/mixed:
 *
 * <pre>
 * file               items  done  open (in progress)  cancelled  overdue  no due date
 * standard.md          3     1      2 (1)                0          1         0
 * blameless.md         5     2      3 (1)                0          2         2   (3 table rows, 2 tasks)
 * sre.md               3     1      2 (1)                0          2         0
 * review.md            3     1      2 (1)                0          2         0
 * comprehensive.md     5     2      3 (1)                0          3         0   (3 tables by horizon)
 * bullets.md           5     2      2 (0)                1          0         3   (task, task, struck, cancelled, plain)
 * total               24     9     14 (5)                1         10         5
 * </pre>
 *
 * bullets.md: "[x] ... due 2026-03-01" done; "[ ] ... due 2026-05-01" open, not yet due; "~~...~~"
 * done; "(cancelled)" cancelled; a plain bullet open without a due date. Two items have no owner,
 * both in bullets.md (the struck-through one and the plain one).
 */
class StatsCommandTest {

  private static final Path FIXTURES = Path.of("src/test/resources/stats/mixed");

  @TempDir Path repo;
  private PmRunner pm;

  @BeforeEach
  void copyFixtures() throws IOException {
    Fixtures.copyFiles(FIXTURES, repo.resolve("postmortems"));
    pm = new PmRunner(repo);
  }

  @Test
  void jsonMatchesTheHandCount() throws Exception {
    var result = pm.run("stats", "--format", "json", "--as-of", "2026-04-20");
    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.err()).contains("pm: skipped postmortems/broken.md: line 5: not valid UTF-8");
    JsonNode json = new ObjectMapper().readTree(result.out());
    assertThat(json.get("asOf").asText()).isEqualTo("2026-04-20");
    assertThat(json.get("incidentCount").asInt()).isEqualTo(6);
    JsonNode s = json.get("summary");
    assertThat(s.get("total").asInt()).isEqualTo(24);
    assertThat(s.get("done").asInt()).isEqualTo(9);
    assertThat(s.get("open").asInt()).isEqualTo(14);
    assertThat(s.get("inProgress").asInt()).isEqualTo(5);
    assertThat(s.get("cancelled").asInt()).isEqualTo(1);
    assertThat(s.get("overdue").asInt()).isEqualTo(10);
    assertThat(s.get("noDueDate").asInt()).isEqualTo(5);
    assertThat(s.get("noOwner").asInt()).isEqualTo(2);
    assertThat(s.get("completionRate").asDouble()).isEqualTo(0.391); // 9 of 23 not cancelled

    List<String> where = new ArrayList<>();
    json.get("actionItems")
        .forEach(i -> where.add(i.get("file").asText() + ":" + i.get("line").asInt()));
    assertThat(where).doesNotHaveDuplicates().hasSize(24);
    assertThat(where)
        .contains(
            "postmortems/standard.md:86",
            "postmortems/comprehensive.md:186",
            "postmortems/bullets.md:17");

    JsonNode first = json.get("actionItems").get(0);
    assertThat(first.get("file").asText()).isEqualTo("postmortems/blameless.md");
    JsonNode dns = find(json, "postmortems/bullets.md", 15);
    assertThat(dns.get("owner").asText()).isEqualTo("@tina");
    // No title in front matter: the document's first heading.
    assertThat(dns.get("incidentTitle").asText())
        .isEqualTo("DNS resolution failures on 2026-03-02");
    assertThat(find(json, "postmortems/standard.md", 86).get("incidentTitle").asText())
        .isEqualTo("Checkout API returned 502s");
    assertThat(dns.get("due").asText()).isEqualTo("2026-05-01");
    assertThat(dns.get("overdue").asBoolean()).isFalse();
    assertThat(dns.get("links").get(0).asText()).isEqualTo("https://tracker.example/DNS-12");
    assertThat(find(json, "postmortems/bullets.md", 17).get("status").asText())
        .isEqualTo("cancelled");
    assertThat(find(json, "postmortems/standard.md", 86).get("overdue").asBoolean()).isTrue();
    assertThat(json.get("byOwner").get("bob").get("overdue").asInt()).isEqualTo(1);
    assertThat(json.get("bySeverity").get("P1").get("total").asInt()).isEqualTo(11);
    // bullets.md has no front matter: its date comes from its title, "DNS resolution failures on
    // 2026-03-02".
    assertThat(json.get("incidentsByMonth").get("2026-03").asInt()).isEqualTo(2);
    // sre.md states MTTR 2 h 24 min; review.md states none, and its timeline gives 50 min, from the
    // stated start 08:12 to "incident resolved" at 09:02; standard.md states none and has no
    // resolution entry, so its stated start 14:02 and end 15:17 give 75: the median of 144, 50, 75.
    assertThat(json.get("durations").get("medianMttrMinutes").asDouble()).isEqualTo(75.0);
    JsonNode review = null;
    for (JsonNode incident : json.get("incidents")) {
      review = incident.get("file").asText().equals("postmortems/review.md") ? incident : review;
    }
    assertThat(review.get("mttdMinutes").asDouble()).isZero(); // the alert fired at the start
    assertThat(review.get("mttaMinutes").asDouble()).isEqualTo(3.0);
    assertThat(review.get("mttrMinutes").asDouble()).isEqualTo(50.0);
    // Its front matter states start 2025-07-18 08:12 UTC and end 09:02 UTC; no offset is written
    // (the reader keeps none).
    assertThat(review.get("start").asText()).isEqualTo("2025-07-18T08:12:00");
    assertThat(review.get("end").asText()).isEqualTo("2025-07-18T09:02:00");
  }

  @Test
  void filtersNarrowTheItems() throws Exception {
    JsonNode overdue = json("stats", "--format", "json", "--as-of", "2026-04-20", "--overdue");
    assertThat(overdue.get("summary").get("total").asInt()).isEqualTo(10);
    JsonNode bob = json("stats", "--format", "json", "--as-of", "2026-04-20", "--owner", "BOB");
    assertThat(bob.get("summary").get("total").asInt()).isEqualTo(1);
    JsonNode done = json("stats", "--format", "json", "--as-of", "2026-04-20", "--status", "done");
    assertThat(done.get("summary").get("total").asInt()).isEqualTo(9);
    JsonNode since =
        json("stats", "--format", "json", "--as-of", "2026-04-20", "--since", "2026-02-01");
    // standard (2026-03-14) and blameless (2026-02-03); bullets.md has no front matter date.
    assertThat(since.get("incidentCount").asInt()).isEqualTo(3); // bullets.md, dated by its title
    JsonNode sev =
        json("stats", "--format", "json", "--as-of", "2026-04-20", "--severity", "SEV-2");
    assertThat(sev.get("summary").get("total").asInt()).isEqualTo(5);
    assertThat(pm.run("stats", "--status", "later").exitCode()).isEqualTo(2);
    assertThat(pm.run("stats", "--as-of", "2026-13-01").exitCode()).isEqualTo(2);
  }

  @Test
  void failOnOverdueIsForScheduledJobs() throws IOException {
    // Without the unreadable fixture, which makes the gate fail closed (see below).
    Files.delete(repo.resolve("postmortems/broken.md"));
    assertThat(pm.run("stats", "--as-of", "2026-04-20", "--fail-on-overdue").exitCode())
        .isEqualTo(1);
    assertThat(pm.run("stats", "--as-of", "2025-01-01", "--fail-on-overdue").exitCode()).isZero();
  }

  @Test
  void tableShowsSummaryBreakdownAndOverdue() {
    var out = pm.run("stats", "--as-of", "2026-04-20", "--group-by", "severity").out();
    assertThat(out)
        .startsWith("Action items as of 2026-04-20 (6 post-mortems)")
        .contains("total 24   open 14 (in progress 5)   done 9   cancelled 1   overdue 10")
        .contains("By severity")
        .contains("Overdue (10)")
        .contains("postmortems/standard.md:86")
        .doesNotContain("\u001b[");
  }

  @Test
  void markdownIsATableToPaste() {
    var out = pm.run("stats", "--format", "markdown", "--as-of", "2026-04-20").out();
    assertThat(out)
        .contains("| 6 | 24 | 14 | 5 | 9 | 1 | 10 | 39% | 2 | 5 |")
        .contains("[postmortems/standard.md:86](postmortems/standard.md#L86)");
  }

  @Test
  void csvHasOneRowPerItem() throws Exception {
    var out = pm.run("stats", "--format", "csv", "--as-of", "2026-04-20").out();
    List<CSVRecord> records =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new StringReader(out))
            .getRecords();
    assertThat(records).hasSize(24);
    assertThat(records).filteredOn(r -> r.get("overdue").equals("true")).hasSize(10);
    assertThat(records)
        .filteredOn(r -> r.get("file").equals("postmortems/standard.md"))
        .extracting(r -> r.get("incident_title"))
        .containsOnly("Checkout API returned 502s");
    assertThat(records.get(0).toMap())
        .containsKeys(
            "incident", "incident_title", "file", "line", "action", "owner", "due", "status");
  }

  @Test
  void htmlIsOneSelfContainedPage() throws Exception {
    var result =
        pm.run("stats", "--format", "html", "--as-of", "2026-04-20", "--output", "report.html");
    assertThat(result.exitCode()).isZero();
    String html = Files.readString(repo.resolve("report.html"));
    assertThat(html)
        .startsWith("<!DOCTYPE html>")
        .contains(
            "data-tile=\"total\"><span class=\"label\">Action items</span><span class=\"value\">24</span>")
        .contains(
            "data-tile=\"overdue\"><span class=\"label\">Overdue</span><span class=\"value\">10</span>")
        .contains("<svg role=\"img\" aria-label=\"Action items by owner\"")
        .contains("<svg role=\"img\" aria-label=\"Incidents per month\"")
        .contains("href=\"postmortems/standard.md#L86\"")
        .contains("<br><small>Checkout API returned 502s</small></td>")
        .doesNotContain("<script src")
        .doesNotContain("<link ")
        .doesNotContain("http://");
    assertThat(html.split("<tr class=", -1)).hasSize(25);
  }

  private JsonNode json(String... args) throws Exception {
    return new ObjectMapper().readTree(pm.run(args).out());
  }

  private static JsonNode find(JsonNode json, String file, int line) {
    for (JsonNode item : json.get("actionItems")) {
      if (item.get("file").asText().equals(file) && item.get("line").asInt() == line) {
        return item;
      }
    }
    throw new AssertionError("no item at " + file + ":" + line);
  }

  @Test
  void failOnOverdueFailsClosedWhenAFileCannotBeRead() throws Exception {
    // broken.md (not valid UTF-8) is skipped: the gate cannot say "nothing overdue" without it.
    var result = pm.run("stats", "--fail-on-overdue", "--as-of", "2025-01-01", "--format", "json");
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("--fail-on-overdue: 1 file could not be read");
    JsonNode json = new ObjectMapper().readTree(result.out());
    assertThat(json.get("skipped")).hasSize(1);
    assertThat(json.get("skipped").get(0).asText()).startsWith("postmortems/broken.md");
    Files.delete(repo.resolve("postmortems/broken.md"));
    assertThat(pm.run("stats", "--fail-on-overdue", "--as-of", "2025-01-01").exitCode()).isZero();
  }
}
