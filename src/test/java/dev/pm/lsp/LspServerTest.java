package dev.pm.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pm.cli.PmRunner;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server's life over a pair of streams, as {@code pm lsp} runs it: initialize, shutdown, exit.
 */
class LspServerTest {

  @TempDir Path repo;

  @Test
  void servesUntilExitAndExitsZeroAfterShutdown() throws Exception {
    PipedInputStream serverIn = new PipedInputStream(1 << 16);
    PipedOutputStream clientOut = new PipedOutputStream(serverIn);
    PipedInputStream clientIn = new PipedInputStream(1 << 16);
    PipedOutputStream serverOut = new PipedOutputStream(clientIn);
    CompletableFuture<Integer> status =
        CompletableFuture.supplyAsync(() -> LspServer.serve(serverIn, serverOut, repo));
    Launcher<LanguageServer> launcher =
        LSPLauncher.createClientLauncher(new LspTestClient.Silent(), clientIn, clientOut);
    // The listener ends when its stream closes; nothing waits for it.
    var unusedListening = launcher.startListening();
    LanguageServer server = launcher.getRemoteProxy();

    InitializeParams params = new InitializeParams();
    params.setCapabilities(new ClientCapabilities());
    InitializeResult result = server.initialize(params).get(30, TimeUnit.SECONDS);
    assertThat(result.getServerInfo().getName()).isEqualTo("pm");
    assertThat(result.getCapabilities().getHoverProvider().getLeft()).isTrue();
    assertThat(result.getCapabilities().getCodeActionProvider().getRight().getCodeActionKinds())
        .contains("quickfix", "source.fixAll");
    assertThat(result.getCapabilities().getCompletionProvider()).isNotNull();
    server.shutdown().get(30, TimeUnit.SECONDS);
    server.exit();

    assertThat(status.get(30, TimeUnit.SECONDS)).isZero();
  }

  @Test
  void theCommandIsListedWithItsHelp() {
    var help = new PmRunner(repo).run("lsp", "--help");
    assertThat(help.exitCode()).isZero();
    assertThat(help.out()).contains("language server").contains("stdin/stdout");
    assertThat(new PmRunner(repo).run("--help").out()).contains("lsp");
  }
}
