package dev.pm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * action.yml run step by step as the GitHub runner would ({@link ActionHarness}) in a repository
 * that holds only Markdown post-mortems: no pom.xml, no JDK set-up of its own. Runs after the
 * package phase (failsafe), on the target/pm.jar the build just made, which the harness's cache
 * restores as GitHub's cache would after the action's first run.
 */
class GitHubActionIT {

  private static final Path ROOT = Path.of("").toAbsolutePath();
  private static final Path JAR = ROOT.resolve("target/pm.jar");
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir Path temp;
  private Path action;
  private Path workspace;
  private Path runner;

  @BeforeEach
  void setUp() throws IOException {
    assertThat(JAR).as("target/pm.jar (run in the integration-test phase)").exists();
    action = temp.resolve("action");
    for (String part :
        new String[] {
          "action.yml", "pom.xml", "mvnw", ".mvn", "src/main", "src/action", "templates"
        }) {
      copy(ROOT.resolve(part), action.resolve(part));
    }
    workspace = temp.resolve("workspace");
    runner = Files.createDirectories(temp.resolve("runner"));
    Path folder = Files.createDirectories(workspace.resolve("post mortems"));
    Files.copy(
        ROOT.resolve("src/test/resources/lint/clean/standard.md"),
        folder.resolve("2026-03-14-clean.md"));
    // Twelve errors in one file: more than the 10 annotations GitHub shows per type.
    assertThat(
            new PmRunner(workspace)
                .run(
                    "new",
                    "Unfilled",
                    "--date",
                    "2026-03-15",
                    "--status",
                    "Resolved",
                    "--dir",
                    "post mortems")
                .exitCode())
        .isZero();
    Files.writeString(workspace.resolve("README.md"), "# Our post-mortems\n");
  }

  @Test
  void lintsARepositoryOfMarkdownInOneRunWithAnnotationsSummaryOutputsAndSarif() throws Exception {
    ActionHarness.Run run =
        new ActionHarness(action.resolve("action.yml"), action, workspace, runner)
            .warmCache(JAR)
            .run(Map.of("paths", "\"post mortems/\"", "sarif", "reports/pm.sarif"));

    assertThat(run.steps())
        .extracting(ActionHarness.Step::name)
        .containsExactly("Key pm's build", "actions/setup-java@v4", "actions/cache@v4", "Lint");
    assertThat(run.steps().get(0).outputs().get("key")).matches("pm-action-jar-[0-9a-f]{16}");
    ActionHarness.Step lint = run.last();
    assertThat(lint.exitCode()).as(lint.output()).isEqualTo(1);
    assertThat(lint.output()).contains("::error file=post mortems/2026-03-15-unfilled.md,line=");
    long annotations = lint.output().lines().filter(l -> l.startsWith("::error ")).count();
    assertThat(annotations).isGreaterThan(10);

    assertThat(run.outputs()).containsEntry("files", "2").containsEntry("warnings", "0");
    assertThat(Integer.parseInt(run.outputs().get("errors"))).isEqualTo((int) annotations);

    String summary = run.summary();
    assertThat(summary)
        .contains(
            "### pm lint",
            "**2 files checked: " + annotations + " errors, 0 warnings**",
            "| post mortems\\/2026\\-03\\-15\\-unfilled\\.md |",
            "GitHub shows at most 10 annotations");
    assertThat(summary.lines().filter(l -> l.startsWith("| post mortems")).count())
        .isEqualTo(annotations);

    JsonNode sarif = MAPPER.readTree(workspace.resolve("reports/pm.sarif").toFile());
    assertThat(sarif.at("/runs/0/results")).hasSize((int) annotations);
  }

  @Test
  void workingDirectoryMaxWarningsAndAConfig() throws Exception {
    Path docs = Files.createDirectories(workspace.resolve("docs"));
    assertThat(new PmRunner(docs).run("new", "Draft", "--date", "2026-03-16").exitCode()).isZero();
    Files.writeString(docs.resolve("pm.yaml"), "directory: postmortems\n");

    ActionHarness.Run run =
        new ActionHarness(action.resolve("action.yml"), action, workspace, runner)
            .warmCache(JAR)
            .run(Map.of("working-directory", "docs", "max-warnings", "0", "config", "pm.yaml"));

    assertThat(run.last().exitCode()).as(run.last().output()).isEqualTo(1);
    assertThat(run.last().output())
        .contains("::warning file=postmortems/2026-03-16-draft.md", "more than --max-warnings 0");
    assertThat(run.outputs()).containsEntry("files", "1").containsEntry("errors", "0");
    assertThat(Integer.parseInt(run.outputs().get("warnings"))).isPositive();
  }

  @Test
  void theActionOfVersion010FailsAtItsFirstStepHere() throws Exception {
    Path old = temp.resolve("old-action.yml");
    Files.copy(ROOT.resolve("src/test/resources/action/action-0.1.0.yml"), old);
    ActionHarness.Run run =
        new ActionHarness(old, action, workspace, runner).warmCache(JAR).run(Map.of());
    assertThat(run.succeeded()).isFalse();
    assertThat(run.steps()).hasSize(1);
    assertThat(run.last().output())
        .contains("No file in " + workspace + " matched to [**/pom.xml]");
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path p : (Iterable<Path>) files::iterator) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.createDirectories(target.getParent());
          Files.copy(p, target, StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
    }
  }
}
