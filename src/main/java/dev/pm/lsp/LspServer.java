package dev.pm.lsp;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * Runs pm's language server over a pair of streams (the process's stdin and stdout for {@code pm
 * lsp}).
 */
public final class LspServer {

  private LspServer() {}

  /**
   * Serves until the client sends {@code exit} or closes the input.
   *
   * @return the exit status LSP asks for: 0 after {@code shutdown}, else 1
   */
  public static int serve(InputStream in, OutputStream out, Path workingDir) {
    PmLanguageServer server = new PmLanguageServer(workingDir);
    Launcher<LanguageClient> launcher = LSPLauncher.createServerLauncher(server, in, out);
    server.connect(launcher.getRemoteProxy());
    Future<Void> listening = launcher.startListening();
    server.onExit(() -> listening.cancel(true));
    try {
      listening.get();
    } catch (CancellationException exited) {
      // the client sent exit
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException e) {
      return 1;
    }
    return server.wasShutDown() ? 0 : 1;
  }
}
