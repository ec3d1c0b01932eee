package dev.pm.lsp;

import dev.pm.parse.HangGuardLimits;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import org.eclipse.lsp4j.ApplyWorkspaceEditParams;
import org.eclipse.lsp4j.ApplyWorkspaceEditResponse;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * An LSP client made with LSP4J's client side, talking JSON-RPC to a server over piped streams:
 * what an editor does, minus the editor. It keeps the documents' text, applies workspace edits to
 * it, and records every diagnostics notification.
 */
final class LspTestClient implements LanguageClient, AutoCloseable {

  /** Long enough for a busy 2-core machine; a wait for a notification, never a timing assertion. */
  static final Duration WAIT = Duration.ofSeconds(30);

  final PmLanguageServer server;
  final LanguageServer remote;
  final List<MessageParams> messages = new CopyOnWriteArrayList<>();
  final List<org.eclipse.lsp4j.Registration> registrations = new CopyOnWriteArrayList<>();
  private final Map<String, List<PublishDiagnosticsParams>> published = new ConcurrentHashMap<>();
  private final Map<String, String> texts = new ConcurrentHashMap<>();
  private final Map<String, Integer> versions = new ConcurrentHashMap<>();
  private final List<java.io.Closeable> streams = new ArrayList<>();

  LspTestClient(PmLanguageServer server) throws IOException {
    this.server = server;
    PipedInputStream serverIn = new PipedInputStream(1 << 16);
    PipedOutputStream clientOut = new PipedOutputStream(serverIn);
    PipedInputStream clientIn = new PipedInputStream(1 << 16);
    PipedOutputStream serverOut = new PipedOutputStream(clientIn);
    streams.addAll(List.of(serverIn, clientOut, clientIn, serverOut));
    Launcher<LanguageClient> serverSide =
        LSPLauncher.createServerLauncher(server, serverIn, serverOut);
    server.connect(serverSide.getRemoteProxy());
    // The listener ends when its stream closes; nothing waits for it.
    var unusedServerListening = serverSide.startListening();
    Launcher<LanguageServer> clientSide =
        LSPLauncher.createClientLauncher(this, clientIn, clientOut);
    // The listener ends when its stream closes; nothing waits for it.
    var unusedClientListening = clientSide.startListening();
    this.remote = clientSide.getRemoteProxy();
  }

  static LspTestClient started(Path root) throws Exception {
    return started(new PmLanguageServer(root, HangGuardLimits.LIMITS), root);
  }

  static LspTestClient started(PmLanguageServer server, Path root) throws Exception {
    LspTestClient client = new LspTestClient(server);
    InitializeParams params = new InitializeParams();
    params.setWorkspaceFolders(List.of(new WorkspaceFolder(root.toUri().toString(), "repo")));
    params.setCapabilities(new ClientCapabilities());
    client.remote.initialize(params).get(WAIT.toSeconds(), TimeUnit.SECONDS);
    client.remote.initialized(new InitializedParams());
    return client;
  }

  static String uri(Path file) {
    return file.toAbsolutePath().toUri().toString();
  }

  void open(String uri, String text) {
    texts.put(uri, text);
    versions.put(uri, 1);
    remote
        .getTextDocumentService()
        .didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "markdown", 1, text)));
  }

  void change(String uri, String text) {
    texts.put(uri, text);
    int version = versions.merge(uri, 1, Integer::sum);
    remote
        .getTextDocumentService()
        .didChange(
            new DidChangeTextDocumentParams(
                new VersionedTextDocumentIdentifier(uri, version),
                List.of(new TextDocumentContentChangeEvent(text))));
  }

  void save(String uri) {
    remote
        .getTextDocumentService()
        .didSave(new DidSaveTextDocumentParams(new TextDocumentIdentifier(uri), texts.get(uri)));
  }

  void close(String uri) {
    texts.remove(uri);
    versions.remove(uri);
    remote
        .getTextDocumentService()
        .didClose(new DidCloseTextDocumentParams(new TextDocumentIdentifier(uri)));
  }

  String text(String uri) {
    return texts.get(uri);
  }

  /**
   * Applies a workspace edit to the client's copy of each document and sends the change, as an
   * editor does.
   */
  void apply(WorkspaceEdit edit) {
    edit.getChanges().forEach((uri, edits) -> change(uri, Edits.apply(texts.get(uri), edits)));
  }

  /**
   * Waits for the first diagnostics notification for {@code uri} at or after {@code from} that
   * {@code accept}s.
   */
  List<Diagnostic> awaitDiagnostics(String uri, int from, Predicate<List<Diagnostic>> accept)
      throws InterruptedException {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (System.nanoTime() < deadline) {
      List<PublishDiagnosticsParams> list = published.getOrDefault(uri, List.of());
      for (int i = from; i < list.size(); i++) {
        if (accept.test(list.get(i).getDiagnostics())) {
          return list.get(i).getDiagnostics();
        }
      }
      synchronized (published) {
        published.wait(50);
      }
    }
    throw new AssertionError(
        "no matching diagnostics for " + uri + " within " + WAIT + "; got " + published.get(uri));
  }

  List<Diagnostic> awaitDiagnostics(String uri, Predicate<List<Diagnostic>> accept)
      throws InterruptedException {
    return awaitDiagnostics(uri, 0, accept);
  }

  /**
   * Waits until the server has handled every message sent before: it answers requests in order with
   * notifications, so a request's answer means they are done.
   */
  void sync() throws Exception {
    remote
        .getTextDocumentService()
        .hover(
            new org.eclipse.lsp4j.HoverParams(
                new TextDocumentIdentifier("file:///sync.md"),
                new org.eclipse.lsp4j.Position(0, 0)))
        .get(WAIT.toSeconds(), TimeUnit.SECONDS);
  }

  /**
   * Drops the recorded notifications, so that what this client keeps does not count as the server's
   * memory.
   */
  void forgetNotifications() {
    published.clear();
  }

  int notifications(String uri) {
    return published.getOrDefault(uri, List.of()).size();
  }

  static Predicate<List<Diagnostic>> hasCode(String code) {
    return list -> list.stream().anyMatch(d -> d.getCode().getLeft().equals(code));
  }

  static Predicate<List<Diagnostic>> lacksCode(String code) {
    return hasCode(code).negate();
  }

  @Override
  public void publishDiagnostics(PublishDiagnosticsParams params) {
    published.computeIfAbsent(params.getUri(), u -> new CopyOnWriteArrayList<>()).add(params);
    synchronized (published) {
      published.notifyAll();
    }
  }

  @Override
  public CompletableFuture<ApplyWorkspaceEditResponse> applyEdit(ApplyWorkspaceEditParams params) {
    apply(params.getEdit());
    return CompletableFuture.completedFuture(new ApplyWorkspaceEditResponse(true));
  }

  @Override
  public CompletableFuture<Void> registerCapability(org.eclipse.lsp4j.RegistrationParams params) {
    registrations.addAll(params.getRegistrations());
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public void telemetryEvent(Object object) {}

  @Override
  public void showMessage(MessageParams params) {
    messages.add(params);
  }

  @Override
  public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams params) {
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public void logMessage(MessageParams params) {
    messages.add(params);
  }

  @Override
  // Not InterruptedException: a close that throws it would be swallowed by try-with-resources'
  // suppression, so the interrupt is kept on the thread instead.
  public void close() throws IOException, ExecutionException, TimeoutException {
    try {
      remote.shutdown().get(WAIT.toSeconds(), TimeUnit.SECONDS);
      remote.exit();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      for (java.io.Closeable stream : streams) {
        stream.close();
      }
    }
  }

  /** A client that ignores what the server sends. */
  static final class Silent implements LanguageClient {
    @Override
    public void telemetryEvent(Object object) {}

    @Override
    public void publishDiagnostics(PublishDiagnosticsParams diagnostics) {}

    @Override
    public void showMessage(MessageParams messageParams) {}

    @Override
    public CompletableFuture<MessageActionItem> showMessageRequest(
        ShowMessageRequestParams requestParams) {
      return CompletableFuture.completedFuture(null);
    }

    @Override
    public void logMessage(MessageParams message) {}
  }

  /** Text edits applied as LSP defines them: positions refer to the original text. */
  static final class Edits {
    private Edits() {}

    static String apply(String text, List<TextEdit> edits) {
      List<TextEdit> sorted = new ArrayList<>(edits);
      sorted.sort(
          (a, b) ->
              Integer.compare(
                  offset(text, b.getRange().getStart()), offset(text, a.getRange().getStart())));
      StringBuilder out = new StringBuilder(text);
      for (TextEdit edit : sorted) {
        out.replace(
            offset(text, edit.getRange().getStart()),
            offset(text, edit.getRange().getEnd()),
            edit.getNewText());
      }
      return out.toString();
    }

    /** Counted here, not with the server's own code, so a position bug there cannot hide. */
    static int offset(String text, org.eclipse.lsp4j.Position at) {
      int line = 0;
      int i = 0;
      while (line < at.getLine() && i < text.length()) {
        if (text.charAt(i) == '\n') {
          line++;
        }
        i++;
      }
      return Math.min(text.length(), i + at.getCharacter());
    }
  }
}
