package dev.pm.lsp;

import static dev.pm.lsp.LspTestClient.uri;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pm.parse.HangGuardLimits;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A document that takes too long or makes pm fail gives one diagnostic and the server goes on; what
 * the server holds stays bounded over many documents and edits.
 */
class PmLanguageServerRobustnessTest {

  private static final Path CLEAN =
      Path.of("src/test/resources/lint/PM604-duplicate-incident-id/c-other.md");

  @TempDir Path repo;
  private LspTestClient client;

  @AfterEach
  void stop() throws Exception {
    if (client != null) {
      client.close();
    }
  }

  @Test
  void aDocumentWhoseParseRunsOverTheLimitGetsOneDiagnosticAndTheServerGoesOn() throws Exception {
    Files.writeString(repo.resolve(".pm.yaml"), "limits:\n  parseTimeout: 1s\n");
    client = LspTestClient.started(repo);
    // flexmark takes about 15 s on this line alone; the parser stops itself at the limit.
    String slow = uri(repo.resolve("slow.md"));
    client.open(slow, "[a][" + "\\".repeat(40) + "\n");

    List<Diagnostic> diagnostics = client.awaitDiagnostics(slow, list -> !list.isEmpty());
    assertThat(diagnostics).hasSize(1);
    assertThat(diagnostics.get(0).getCode().getLeft()).isEqualTo("PM001");
    assertThat(diagnostics.get(0).getMessage()).contains("took longer than 1.0 s");
    assertStillServing();
  }

  @Test
  void aDocumentOverTheSizeLimitGetsOneDiagnostic() throws Exception {
    Files.writeString(repo.resolve(".pm.yaml"), "limits:\n  maxFileSize: 4KB\n");
    client = LspTestClient.started(repo);
    String big = uri(repo.resolve("big.md"));
    client.open(
        big, "---\ntemplate: standard\n---\n" + "Text of a long post-mortem.\n".repeat(200));

    List<Diagnostic> diagnostics = client.awaitDiagnostics(big, list -> !list.isEmpty());
    assertThat(diagnostics).hasSize(1);
    assertThat(diagnostics.get(0).getCode().getLeft()).isEqualTo("PM001");
    assertThat(diagnostics.get(0).getMessage()).contains("the limit is 4096 bytes");
    assertStillServing();
  }

  @Test
  void aCheckThatHangsIsStoppedByTheWorkerLimitWithOneDiagnostic() throws Exception {
    Files.writeString(repo.resolve(".pm.yaml"), "limits:\n  parseTimeout: 1s\n");
    client =
        LspTestClient.started(
            new PmLanguageServer(
                repo,
                Duration.ZERO,
                failingOn(
                    "HANG",
                    () -> {
                      // A check stuck in a loop burns CPU time, which the worker limit counts
                      // (a sleeping one would meet only the wall-clock backstop, 30 s here).
                      long turns = 0;
                      while (!Thread.currentThread().isInterrupted()) {
                        turns++;
                      }
                      throw new IllegalStateException("woken after " + turns);
                    }),
                HangGuardLimits.LIMITS),
            repo);
    String hang = uri(repo.resolve("hang.md"));
    client.open(hang, "---\ntemplate: standard\n---\nHANG\n");

    List<Diagnostic> diagnostics = client.awaitDiagnostics(hang, list -> !list.isEmpty());
    assertThat(diagnostics).hasSize(1);
    assertThat(diagnostics.get(0).getCode().getLeft()).isEqualTo("PM001");
    assertThat(diagnostics.get(0).getMessage()).contains("took longer than 3 s");
    assertStillServing();
  }

  @Test
  void aCheckThatFailsGivesOneInternalErrorDiagnostic() throws Exception {
    client =
        LspTestClient.started(
            new PmLanguageServer(
                repo,
                Duration.ZERO,
                failingOn(
                    "CRASH",
                    () -> {
                      throw new IllegalStateException("a bug in a rule");
                    }),
                HangGuardLimits.LIMITS),
            repo);
    String crash = uri(repo.resolve("crash.md"));
    client.open(crash, "---\ntemplate: standard\n---\nCRASH\n");

    List<Diagnostic> diagnostics = client.awaitDiagnostics(crash, list -> !list.isEmpty());
    assertThat(diagnostics).hasSize(1);
    assertThat(diagnostics.get(0).getCode().getLeft()).isEqualTo("PM000");
    assertThat(diagnostics.get(0).getMessage()).contains("a bug in a rule");
    assertStillServing();
  }

  @Test
  void whatTheServerHoldsStaysBoundedOverAThousandDocumentsAndTheirEdits() throws Exception {
    Files.createDirectories(repo.resolve("postmortems"));
    Files.copy(CLEAN, repo.resolve("postmortems/c-other.md"));
    client =
        LspTestClient.started(
            new PmLanguageServer(repo, Duration.ZERO, LintScheduler.LINT, HangGuardLimits.LIMITS),
            repo);
    // Small documents: the test counts what the server keeps, so a short lint per edit is enough.
    String text =
        "---\nid: INC-2026-03-14-03\ntitle: T\ndate: 2026-03-14\nseverity: P2\nstatus: Resolved\ntemplate: standard\n---\n# T\n";
    assertStillServing(); // warm: the index is built
    client.sync();
    client.forgetNotifications();
    long heapBefore = usedHeapAfterGc();

    for (int i = 0; i < 1_000; i++) {
      String uri = uri(repo.resolve("postmortems/edit-" + i + ".md"));
      client.open(uri, text);
      client.awaitDiagnostics(
          uri, list -> list.stream().anyMatch(d -> d.getCode().getLeft().equals("PM604")));
      int before = client.notifications(uri);
      client.change(uri, text.replace("INC-2026-03-14-03", "INC-2026-04-01-" + i));
      client.awaitDiagnostics(
          uri, before, list -> list.stream().noneMatch(d -> d.getCode().getLeft().equals("PM604")));
      if (i % 2 == 0) {
        client.close(uri); // half are closed as they are done with, half stay open
      }
    }
    client.sync();
    PmLanguageServer.Retained open = client.server.retained();
    assertThat(open.openDocuments()).isEqualTo(500);
    assertThat(open.indexedFiles()).isEqualTo(1); // documents never saved do not enter the index
    for (int i = 1; i < 1_000; i += 2) {
      client.close(uri(repo.resolve("postmortems/edit-" + i + ".md")));
    }
    assertStillServing();
    client.sync();
    client.forgetNotifications();
    PmLanguageServer.Retained after = client.server.retained();
    long heapAfter = usedHeapAfterGc();
    System.out.printf(
        "pm lsp memory: retained %s; heap used after GC %.1f MiB before, %.1f MiB after 1,000 documents%n",
        after, heapBefore / 1048576.0, heapAfter / 1048576.0);
    assertThat(after).isEqualTo(new PmLanguageServer.Retained(0, 0, 1));
  }

  /** Opens a clean post-mortem and gets its (empty) diagnostics and a hover answer. */
  private void assertStillServing() throws Exception {
    Path probe = repo.resolve("probe.md");
    String uri = uri(probe);
    int before = client.notifications(uri);
    client.open(uri, Files.readString(CLEAN).replace("INC-2026-03-14-03", "INC-2026-05-01-01"));
    assertThat(client.awaitDiagnostics(uri, before, list -> true))
        .noneMatch(d -> d.getSeverity() == org.eclipse.lsp4j.DiagnosticSeverity.Error);
    assertThat(
            client
                .remote
                .getTextDocumentService()
                .hover(new HoverParams(new TextDocumentIdentifier(uri), new Position(0, 0)))
                .get(LspTestClient.WAIT.toSeconds(), TimeUnit.SECONDS))
        .isNull();
    client.close(uri);
  }

  private static LintScheduler.Check failingOn(String marker, Runnable failure) {
    return (workspace, doc, text, others) -> {
      if (text.contains(marker)) {
        failure.run();
      }
      return LintScheduler.LINT.check(workspace, doc, text, others);
    };
  }

  private static long usedHeapAfterGc() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }
}
