package dev.pm.lsp;

import static dev.pm.lsp.LspTestClient.hasCode;
import static dev.pm.lsp.LspTestClient.lacksCode;
import static dev.pm.lsp.LspTestClient.uri;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pm.parse.HangGuardLimits;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the server reads of the repository: the other post-mortems' ids (indexed once, kept current
 * on save), {@code .pm.yaml} (reloaded when it changes) and which files are post-mortems.
 */
class PmLanguageServerRepositoryTest {

  private static final Path PM604 = Path.of("src/test/resources/lint/PM604-duplicate-incident-id");

  @TempDir Path repo;
  private LspTestClient client;

  @BeforeEach
  void copyRepository() throws Exception {
    Files.createDirectories(repo.resolve("postmortems"));
    Files.copy(PM604.resolve("a-first.md"), repo.resolve("postmortems/a-first.md"));
    Files.copy(PM604.resolve("c-other.md"), repo.resolve("postmortems/c-other.md"));
  }

  @AfterEach
  void stop() throws Exception {
    if (client != null) {
      client.close();
    }
  }

  @Test
  void reportsAnIdAnotherPostMortemOnDiskHasAndKeepsIdsCurrentOnSave() throws Exception {
    client = LspTestClient.started(repo);
    Path second = repo.resolve("postmortems/b-second.md");
    String text = Files.readString(PM604.resolve("b-second.md"));
    Files.writeString(second, text);

    client.open(uri(second), text);
    Diagnostic duplicate =
        client.awaitDiagnostics(uri(second), hasCode("PM604")).stream()
            .filter(d -> d.getCode().getLeft().equals("PM604"))
            .findFirst()
            .orElseThrow();
    assertThat(duplicate.getMessage())
        .isEqualTo(
            "Incident id \"INC-2026-03-14-01\" is also used by postmortems/a-first.md [duplicate-incident-id]");
    assertThat(duplicate.getRange().getStart().getLine()).isEqualTo(1);

    // Renumbered and saved (the server started before b existed): its new id now counts for other
    // documents.
    String renumbered = text.replace("INC-2026-03-14-01", "INC-2026-03-14-05");
    client.change(uri(second), renumbered);
    Files.writeString(second, renumbered);
    client.save(uri(second));
    client.awaitDiagnostics(uri(second), lacksCode("PM604"));
    Path third = repo.resolve("postmortems/d-third.md");
    String thirdText =
        Files.readString(PM604.resolve("a-first.md"))
            .replace("INC-2026-03-14-01", "INC-2026-03-14-05");
    client.open(uri(third), thirdText);
    assertThat(client.awaitDiagnostics(uri(third), hasCode("PM604")))
        .anyMatch(d -> d.getMessage().contains("also used by postmortems/b-second.md"));
  }

  @Test
  void asksToWatchFilesAndReadsIdsOfPostMortemsChangedOnDisk() throws Exception {
    PmLanguageServer server = new PmLanguageServer(repo, HangGuardLimits.LIMITS);
    client = new LspTestClient(server);
    org.eclipse.lsp4j.InitializeParams params = new org.eclipse.lsp4j.InitializeParams();
    params.setWorkspaceFolders(
        List.of(new org.eclipse.lsp4j.WorkspaceFolder(repo.toUri().toString(), "repo")));
    org.eclipse.lsp4j.WorkspaceClientCapabilities workspace =
        new org.eclipse.lsp4j.WorkspaceClientCapabilities();
    workspace.setDidChangeWatchedFiles(
        new org.eclipse.lsp4j.DidChangeWatchedFilesCapabilities(true));
    params.setCapabilities(new org.eclipse.lsp4j.ClientCapabilities(workspace, null, null));
    client
        .remote
        .initialize(params)
        .get(LspTestClient.WAIT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS);
    client.remote.initialized(new org.eclipse.lsp4j.InitializedParams());
    client.sync();
    assertThat(client.registrations)
        .extracting(r -> r.getMethod())
        .containsExactly("workspace/didChangeWatchedFiles");

    Path other = repo.resolve("postmortems/c-other.md");
    Path mine = repo.resolve("postmortems/d-mine.md");
    String text =
        Files.readString(PM604.resolve("c-other.md"))
            .replace("INC-2026-03-14-03", "INC-2026-03-14-09");
    client.open(uri(mine), text);
    client.awaitDiagnostics(uri(mine), lacksCode("PM604"));
    // A checkout changes c-other on disk to the same id: the server hears of it and re-checks.
    Files.writeString(other, text);
    watched(other);
    assertThat(client.awaitDiagnostics(uri(mine), hasCode("PM604")))
        .anyMatch(d -> d.getMessage().contains("also used by postmortems/c-other.md"));
    Files.delete(other);
    client
        .remote
        .getWorkspaceService()
        .didChangeWatchedFiles(
            new DidChangeWatchedFilesParams(
                List.of(new FileEvent(uri(other), FileChangeType.Deleted))));
    client.awaitDiagnostics(uri(mine), lacksCode("PM604"));
  }

  @Test
  void changedConfigurationIsReloadedAndABrokenOneIsReportedOnItsFile() throws Exception {
    Path config = repo.resolve(".pm.yaml");
    Files.writeString(config, "rules:\n  PM604: off\n");
    client = LspTestClient.started(repo);
    Path second = repo.resolve("postmortems/b-second.md");
    String text = Files.readString(PM604.resolve("b-second.md"));
    client.open(uri(second), text);
    client.awaitDiagnostics(
        uri(second), list -> !list.isEmpty() || client.notifications(uri(second)) > 0);
    assertThat(client.awaitDiagnostics(uri(second), list -> true))
        .noneMatch(d -> d.getCode().getLeft().equals("PM604"));

    Files.writeString(config, "rules:\n  PM604: warning\n");
    watched(config);
    client.awaitDiagnostics(uri(second), hasCode("PM604"));

    Files.writeString(config, "rules:\n  PM604: warning\nno-such-key: 1\n");
    watched(config);
    List<Diagnostic> onConfig = client.awaitDiagnostics(uri(config), list -> !list.isEmpty());
    assertThat(onConfig).hasSize(1);
    assertThat(onConfig.get(0).getMessage()).contains("no-such-key");
    assertThat(onConfig.get(0).getRange().getStart().getLine()).isEqualTo(2);
    // The server lives on with the previous configuration.
    int before = client.notifications(uri(second));
    client.change(uri(second), text + "\n");
    client.awaitDiagnostics(uri(second), before, hasCode("PM604"));
  }

  @Test
  void aChangedSchemaIsReloaded() throws Exception {
    Path templates = repo.resolve("templates/team");
    Files.createDirectories(templates);
    Files.writeString(repo.resolve(".pm.yaml"), "templatesDir: templates\n");
    Files.writeString(templates.resolve("schema.yaml"), "name: team\nsections: [Summary]\n");
    client = LspTestClient.started(repo);
    Path doc = repo.resolve("postmortems/e-team.md");
    String text =
        "---\nid: INC-2026-03-20-01\ntitle: T\ndate: 2026-03-20\nseverity: P2\nstatus: Resolved\ntemplate: team\n---\n# T\n\n## Summary\n\nText.\n";
    client.open(uri(doc), text);
    client.awaitDiagnostics(uri(doc), lacksCode("PM201"));

    Files.writeString(
        templates.resolve("schema.yaml"), "name: team\nsections: [Summary, Lessons]\n");
    watched(templates.resolve("schema.yaml"));
    assertThat(client.awaitDiagnostics(uri(doc), hasCode("PM201")))
        .anyMatch(d -> d.getMessage().contains("Lessons"));
  }

  @Test
  void onlyPostMortemsAreLinted() throws Exception {
    Files.writeString(repo.resolve(".pm.yaml"), "exclude: [\"notes/**\", README.md]\n");
    client = LspTestClient.started(repo);
    Path readme = repo.resolve("README.md");
    Path note = repo.resolve("notes/idea.md");
    Path bound = repo.resolve("notes/bound.md");
    client.open(uri(readme), "# Read me\n\nNo front matter here.\n");
    client.open(uri(note), "# An idea\n");
    client.open(uri(bound), "---\ntemplate: standard\n---\n# Bound by its front matter\n");

    assertThat(client.awaitDiagnostics(uri(readme), list -> true)).isEmpty();
    assertThat(client.awaitDiagnostics(uri(note), list -> true)).isEmpty();
    assertThat(client.awaitDiagnostics(uri(bound), list -> !list.isEmpty()))
        .anyMatch(d -> d.getCode().getLeft().equals("PM103"));
  }

  private void watched(Path changed) {
    client
        .remote
        .getWorkspaceService()
        .didChangeWatchedFiles(
            new DidChangeWatchedFilesParams(
                List.of(new FileEvent(uri(changed), FileChangeType.Changed))));
  }
}
