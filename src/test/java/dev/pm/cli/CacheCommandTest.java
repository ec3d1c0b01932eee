package dev.pm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pm.report.ReportFormat;
import dev.pm.stats.StatsFormat;
import dev.pm.testing.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code pm lint --cache} and {@code pm stats --cache} print exactly what a run without the cache
 * prints, in every format, on the 131 real post-mortems of the corpus, and go on doing so after the
 * files, the configuration, the schemas or pm itself change.
 */
class CacheCommandTest {

  private static final Path CORPUS = Path.of("src/test/resources/corpus/real");
  private static final String AS_OF = "2026-04-20";

  @TempDir Path repo;
  private PmRunner pm;
  private Path folder;

  @BeforeEach
  void copyCorpus() throws IOException {
    folder = Fixtures.copyFiles(CORPUS, repo.resolve("postmortems"));
    pm = new PmRunner(repo);
  }

  @Test
  void cachedRunsPrintWhatUncachedRunsPrintThroughEdits() throws IOException {
    assertCachedEqualsUncached("cold and warm cache", StatsFormat.values());
    assertThat(repo.resolve(".pm-cache/lint.json")).isRegularFile();
    assertThat(repo.resolve(".pm-cache/stats.json")).isRegularFile();

    List<Path> files = corpusFiles();
    Path edited = files.get(3);
    Files.writeString(
        edited,
        Files.readString(edited)
            .replace("## ", "### ")
            .replaceFirst("\n", "\n- [ ] Add an alert @ops due 2026-01-02\n"));
    Path renamed = files.get(10);
    Files.move(renamed, renamed.resolveSibling("2026-02-03-renamed.md"));
    Files.delete(files.get(20));
    Files.copy(files.get(30), folder.resolve("copy-of-30.md"));
    assertCachedEqualsUncached("after an edit, a rename, a delete and a copy");

    Files.writeString(repo.resolve(".pm.yaml"), "rules:\n  PM201: off\n  PM407: error\n");
    assertCachedEqualsUncached("after a configuration change");
  }

  @Test
  void schemaChangesAreSeen() throws IOException {
    // Thirty files are enough to see a schema change; the whole corpus is compared above.
    for (Path extra : corpusFiles().subList(30, corpusFiles().size())) {
      Files.delete(extra);
    }
    Path ours = repo.resolve(".pm/templates/ours");
    Files.createDirectories(ours);
    String schema =
        Files.readString(Path.of("templates/standard/schema.yaml"))
            .replace("name: standard", "name: ours");
    Files.writeString(ours.resolve("schema.yaml"), schema);
    Files.copy(Path.of("templates/standard/template.md"), ours.resolve("template.md"));
    Files.writeString(
        repo.resolve(".pm.yaml"),
        "templatesDir: .pm/templates\npaths:\n  \"postmortems/**\": ours\n");
    assertCachedEqualsUncached("with a schema of our own");
    Files.writeString(
        ours.resolve("schema.yaml"), schema.replace("required: true", "required: false"));
    assertCachedEqualsUncached("after the schema changed");
    Files.writeString(ours.resolve("template.md"), "# Nothing left of the template\n");
    assertCachedEqualsUncached("after the template text changed");
    Files.writeString(ours.resolve("schema.yaml"), schema);
    Path forced =
        Files.writeString(
            repo.resolve("forced.yaml"), schema.replace("name: ours", "name: forced"));
    assertCachedEqualsUncached("with --schema", "--schema", forced.toString());
    Files.writeString(
        forced,
        schema.replace("name: ours", "name: forced").replace("required: true", "required: false"));
    assertCachedEqualsUncached("after the --schema file changed", "--schema", forced.toString());
  }

  /**
   * A cache made by another build of pm holds results that build made: this one reads every file
   * again.
   */
  @Test
  void anotherBuildOfPmStartsAfresh() throws IOException {
    var real = CacheOption.build;
    try {
      CacheOption.build = () -> "0.1.0 0000000";
      assertThat(pm.run("lint", "--cache", "--as-of", AS_OF).exitCode()).isEqualTo(1);
      assertThat(pm.run("stats", "--cache", "--format", "json", "--as-of", AS_OF).exitCode())
          .isZero();
    } finally {
      CacheOption.build = real;
    }
    poison(repo.resolve(".pm-cache/lint.json"));
    poison(repo.resolve(".pm-cache/stats.json"));
    assertCachedEqualsUncached("after pm changed");
  }

  /**
   * The poisoning above proves something only if a poisoned cache of the same build is believed.
   */
  @Test
  void anUnchangedFileIsNotReadAgain() throws IOException {
    pm.run("lint", "--cache", "--as-of", AS_OF);
    pm.run("stats", "--cache", "--format", "json", "--as-of", AS_OF);
    poison(repo.resolve(".pm-cache/lint.json"));
    poison(repo.resolve(".pm-cache/stats.json"));
    assertThat(pm.run("lint", "--cache", "--as-of", AS_OF).out()).contains("POISONED");
    assertThat(pm.run("stats", "--cache", "--format", "json", "--as-of", AS_OF).out())
        .contains("POISONED");
    assertThat(pm.run("lint", "--no-cache", "--as-of", AS_OF).out()).doesNotContain("POISONED");
  }

  @Test
  void cacheTrueInTheConfigurationTurnsItOnAndTheLocationMovesIt() throws IOException {
    Files.writeString(repo.resolve(".pm.yaml"), "cache: true\n");
    pm.run("lint", "--as-of", AS_OF);
    assertThat(repo.resolve(".pm-cache/lint.json")).isRegularFile();
    pm.run("stats", "--cache-location", "build/pm", "--as-of", AS_OF);
    assertThat(repo.resolve("build/pm/stats.json")).isRegularFile();
    pm.run("stats", "--no-cache", "--cache-location", "elsewhere", "--as-of", AS_OF);
    assertThat(repo.resolve("elsewhere")).doesNotExist();
  }

  @Test
  void aCorruptCacheIsIgnoredWithOneLineAndRewritten() throws IOException {
    String uncached = pm.run("lint", "--as-of", AS_OF).out();
    pm.run("lint", "--cache", "--as-of", AS_OF);
    Path cache = repo.resolve(".pm-cache/lint.json");
    byte[] whole = Files.readAllBytes(cache);
    for (byte[] bad :
        List.of(
            java.util.Arrays.copyOf(whole, whole.length / 2),
            "\u0000garbage".getBytes(StandardCharsets.UTF_8),
            Files.readString(cache)
                .replace("\"hash\"", "\"hush\"")
                .getBytes(StandardCharsets.UTF_8),
            Files.readString(cache)
                .replaceFirst("\"template\":\"[^\"]*\",", "")
                .getBytes(StandardCharsets.UTF_8))) {
      Files.write(cache, bad);
      PmRunner.Result run = pm.run("lint", "--cache", "--as-of", AS_OF);
      assertThat(run.out()).isEqualTo(uncached);
      assertThat(run.err().lines().filter(l -> l.contains("cache")).toList())
          .hasSize(1)
          .allMatch(l -> l.startsWith("pm: ignoring the unreadable cache "));
      assertThat(pm.run("lint", "--cache", "--as-of", AS_OF).err()).doesNotContain("cache");
    }
  }

  @Test
  void aCacheThatIsNotARegularFileIsLeftAlone() throws IOException {
    Path cache = Files.createDirectories(repo.resolve(".pm-cache/lint.json"));
    Files.writeString(cache.resolve("keep"), "mine");
    PmRunner.Result run = pm.run("lint", "--cache", "--as-of", AS_OF);
    assertThat(run.out()).isEqualTo(pm.run("lint", "--as-of", AS_OF).out());
    assertThat(run.err()).contains("pm: cache " + cache + " is not a regular file");
    assertThat(cache.resolve("keep")).hasContent("mine");
  }

  @Test
  void twoRunsAtOnceBothPrintTheRightResultAndLeaveAReadableCache() throws Exception {
    String uncached = pm.run("lint", "--as-of", AS_OF).out();
    var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < 2; round++) {
        var a = pool.submit(() -> pm.run("lint", "--cache", "--as-of", AS_OF));
        var b = pool.submit(() -> pm.run("lint", "--cache", "--as-of", AS_OF));
        assertThat(a.get().out()).isEqualTo(uncached);
        assertThat(b.get().out()).isEqualTo(uncached);
        assertThat(a.get().err() + b.get().err()).doesNotContain("cache");
      }
    } finally {
      pool.shutdown();
    }
    PmRunner.Result after = pm.run("lint", "--cache", "--as-of", AS_OF);
    assertThat(after.out()).isEqualTo(uncached);
    assertThat(after.err()).doesNotContain("cache");
    try (var left = Files.list(repo.resolve(".pm-cache"))) {
      assertThat(left.map(p -> p.getFileName().toString()).toList()).containsExactly("lint.json");
    }
  }

  /**
   * Replaces every message and title in a cache file by text no real run prints, keeping it valid.
   */
  private static void poison(Path cache) throws IOException {
    String text = Files.readString(cache);
    Files.writeString(
        cache,
        text.replaceAll("\"(message|title)\":\"(?:[^\"\\\\]|\\\\.)*\"", "\"$1\":\"POISONED\""));
  }

  private List<Path> corpusFiles() throws IOException {
    try (var list = Files.list(folder)) {
      return list.sorted().toList();
    }
  }

  /**
   * Lint in every format (one run writes them all through --report) and stats in every format,
   * without the cache and with it, byte for byte; the cached run goes twice, filling and then using
   * it.
   */
  private void assertCachedEqualsUncached(String when, String... extra) throws IOException {
    assertCachedEqualsUncached(when, new StatsFormat[] {StatsFormat.JSON}, extra);
  }

  /**
   * As above with these stats formats (JSON, the default elsewhere, holds every incident and item;
   * the other formats are views of the same records, compared once in full).
   */
  private void assertCachedEqualsUncached(String when, StatsFormat[] statsFormats, String... extra)
      throws IOException {
    Map<String, String> uncached = outputs("--no-cache", statsFormats, extra);
    assertThat(outputs("--cache", statsFormats, extra))
        .as(when + ", filling the cache")
        .isEqualTo(uncached);
    assertThat(outputs("--cache", statsFormats, extra))
        .as(when + ", from the cache")
        .isEqualTo(uncached);
  }

  private Map<String, String> outputs(String cache, StatsFormat[] statsFormats, String... extra)
      throws IOException {
    Map<String, String> printed = new LinkedHashMap<>();
    List<String> lint =
        new ArrayList<>(List.of("lint", cache, "--as-of", AS_OF, "--format", "text"));
    for (ReportFormat format : ReportFormat.values()) {
      lint.addAll(
          List.of(
              "--report",
              format.name().toLowerCase(java.util.Locale.ROOT)
                  + "="
                  + repo.resolve("out/" + cache + "." + format)));
    }
    lint.addAll(List.of(extra));
    Files.createDirectories(repo.resolve("out"));
    PmRunner.Result run = pm.run(lint.toArray(String[]::new));
    printed.put("lint exit", Integer.toString(run.exitCode()));
    printed.put("lint out", run.out());
    printed.put("lint err", run.err());
    for (ReportFormat format : ReportFormat.values()) {
      printed.put("lint " + format, Files.readString(repo.resolve("out/" + cache + "." + format)));
    }
    for (StatsFormat format : statsFormats) {
      List<String> stats =
          new ArrayList<>(
              List.of(
                  "stats",
                  cache,
                  "--as-of",
                  AS_OF,
                  "--format",
                  format.name().toLowerCase(java.util.Locale.ROOT)));
      stats.addAll(List.of(extra));
      PmRunner.Result s = pm.run(stats.toArray(String[]::new));
      printed.put("stats " + format + " exit", Integer.toString(s.exitCode()));
      printed.put("stats " + format, s.out());
      printed.put("stats " + format + " err", s.err());
    }
    return printed;
  }
}
