package dev.pm.bench;

import dev.pm.lsp.PmLanguageServer;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * pm lsp's latency as an editor sees it: from sending a change of a 10 KB post-mortem to receiving
 * its diagnostics, over JSON-RPC on piped streams, debounce included, once the server is warm.
 *
 * <pre>java -cp TEST_CLASSPATH dev.pm.bench.LspLatency [WARM-UP CHANGES] [MEASURED CHANGES]</pre>
 */
public final class LspLatency {

  private LspLatency() {}

  public static void main(String[] args) throws Exception {
    int warmUp = args.length > 0 ? Integer.parseInt(args[0]) : 200;
    int measured = args.length > 1 ? Integer.parseInt(args[1]) : 100;
    Path repo = Files.createTempDirectory("pm-lsp-bench");
    Files.createDirectories(repo.resolve("postmortems"));
    String text =
        tenKilobytes(Files.readString(Path.of("src/test/resources/lint/clean/comprehensive.md")));
    Path file = repo.resolve("postmortems/2026-03-14-bench.md");
    Files.writeString(file, text);
    String uri = file.toUri().toString();

    LinkedBlockingQueue<PublishDiagnosticsParams> published = new LinkedBlockingQueue<>();
    LanguageServer server = connect(new PmLanguageServer(repo), published);
    InitializeParams init = new InitializeParams();
    init.setCapabilities(new ClientCapabilities());
    init.setWorkspaceFolders(List.of(new WorkspaceFolder(repo.toUri().toString(), "bench")));
    server.initialize(init).get(60, TimeUnit.SECONDS);
    server.initialized(new InitializedParams());
    server
        .getTextDocumentService()
        .didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "markdown", 1, text)));
    published.poll(60, TimeUnit.SECONDS);

    List<Double> millis = new ArrayList<>();
    for (int i = 0; i < warmUp + measured; i++) {
      // A real edit: one word of the summary changes, so every rule runs on new text.
      String edited = text.replaceFirst("(?m)^(## [^\\n]*\\n\\n)", "$1Edit " + i + ". ");
      long start = System.nanoTime();
      server
          .getTextDocumentService()
          .didChange(
              new DidChangeTextDocumentParams(
                  new VersionedTextDocumentIdentifier(uri, i + 2),
                  List.of(new TextDocumentContentChangeEvent(edited))));
      if (published.poll(60, TimeUnit.SECONDS) == null) {
        throw new IllegalStateException("no diagnostics within 60 s");
      }
      if (i >= warmUp) {
        millis.add((System.nanoTime() - start) / 1e6);
      }
    }
    Collections.sort(millis);
    System.out.printf(
        "pm lsp: %d-byte post-mortem, %d changes after %d warm-up: change to diagnostics median %.0f ms, "
            + "p90 %.0f ms, max %.0f ms (debounce %d ms included)%n",
        text.length(),
        measured,
        warmUp,
        millis.get(millis.size() / 2),
        millis.get((int) (millis.size() * 0.9)),
        millis.get(millis.size() - 1),
        PmLanguageServer.DEBOUNCE.toMillis());
    server.shutdown().get(60, TimeUnit.SECONDS);
    server.exit();
    System.exit(0);
  }

  /** The filled example with its prose repeated in an extra section up to 10 KB. */
  static String tenKilobytes(String example) {
    StringBuilder out = new StringBuilder(example.strip()).append("\n\n## Additional Notes\n\n");
    String paragraph =
        "The on-call engineer reviewed the dashboards, compared the error rate with the deploy log, "
            + "and confirmed with the database team that the connection pool had been resized during the incident.\n\n";
    while (out.length() + paragraph.length() <= 10 * 1024) {
      out.append(paragraph);
    }
    return out.toString();
  }

  private static LanguageServer connect(
      PmLanguageServer server, LinkedBlockingQueue<PublishDiagnosticsParams> published)
      throws IOException {
    PipedInputStream serverIn = new PipedInputStream(1 << 16);
    PipedOutputStream clientOut = new PipedOutputStream(serverIn);
    PipedInputStream clientIn = new PipedInputStream(1 << 16);
    PipedOutputStream serverOut = new PipedOutputStream(clientIn);
    var serverSide = LSPLauncher.createServerLauncher(server, serverIn, serverOut);
    server.connect(serverSide.getRemoteProxy());
    // The listener ends when its stream closes; nothing waits for it.
    var unusedServerListening = serverSide.startListening();
    var clientSide =
        LSPLauncher.createClientLauncher(
            new LanguageClient() {
              @Override
              public void publishDiagnostics(PublishDiagnosticsParams params) {
                published.add(params);
              }

              @Override
              public void telemetryEvent(Object object) {}

              @Override
              public void showMessage(MessageParams params) {}

              @Override
              public CompletableFuture<MessageActionItem> showMessageRequest(
                  ShowMessageRequestParams params) {
                return CompletableFuture.completedFuture(null);
              }

              @Override
              public void logMessage(MessageParams params) {}
            },
            clientIn,
            clientOut);
    // The listener ends when its stream closes; nothing waits for it.
    var unusedClientListening = clientSide.startListening();
    return clientSide.getRemoteProxy();
  }
}
