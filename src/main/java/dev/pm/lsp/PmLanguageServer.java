package dev.pm.lsp;

import dev.pm.error.UserError;
import dev.pm.lint.fix.DocumentLint;
import dev.pm.parse.ParseLimits;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionOptions;
import org.eclipse.lsp4j.CompletionOptions;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DidChangeWatchedFilesRegistrationOptions;
import org.eclipse.lsp4j.FileSystemWatcher;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.Registration;
import org.eclipse.lsp4j.RegistrationParams;
import org.eclipse.lsp4j.SaveOptions;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.ServerInfo;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.TextDocumentSyncOptions;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageClientAware;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.eclipse.lsp4j.services.WorkspaceService;

/**
 * pm's language server: the diagnostics of {@code pm lint} while a post-mortem is written, its
 * fixes as code actions, rule pages on hover and front matter completion. Start it with {@link
 * LspServer}.
 */
public final class PmLanguageServer implements LanguageServer, LanguageClientAware {

  /**
   * Long enough to skip the lints between keystrokes, short enough to keep diagnostics within 300
   * ms.
   */
  public static final Duration DEBOUNCE = Duration.ofMillis(100);

  private final Path fallbackRoot;
  private final OpenDocuments documents = new OpenDocuments();
  private final IncidentIndex index = new IncidentIndex();
  private final LintScheduler scheduler;
  private final ParseLimits defaultLimits;
  private final PmTextDocumentService textDocuments = new PmTextDocumentService(this);
  private final PmWorkspaceService workspaceService = new PmWorkspaceService(this);
  private volatile LanguageClient client;
  private volatile boolean watchFiles;
  private volatile Optional<String> configProblemUri = Optional.empty();
  private volatile boolean shutDown;
  private volatile Runnable onExit = () -> {};

  /**
   * @param fallbackRoot the repository when the editor names no workspace folder
   */
  public PmLanguageServer(Path fallbackRoot) {
    this(fallbackRoot, ParseLimits.DEFAULT);
  }

  /**
   * @param defaultLimits the parse limits where {@code .pm.yaml} sets none: the product's 3 s
   *     budget, or a hang guard in tests that check what is read, as {@code Environment} takes
   */
  PmLanguageServer(Path fallbackRoot, ParseLimits defaultLimits) {
    this(fallbackRoot, DEBOUNCE, LintScheduler.LINT, defaultLimits);
  }

  PmLanguageServer(
      Path fallbackRoot, Duration debounce, LintScheduler.Check check, ParseLimits defaultLimits) {
    this.fallbackRoot = fallbackRoot;
    this.defaultLimits = defaultLimits;
    this.scheduler = new LintScheduler(debounce, check, index, documents, this::publish);
  }

  @Override
  public void connect(LanguageClient client) {
    this.client = client;
  }

  void onExit(Runnable action) {
    this.onExit = action;
  }

  @Override
  public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
    Path root = root(params).orElse(fallbackRoot);
    scheduler.use(Workspace.defaults(root, defaultLimits));
    load(root);
    var watched =
        params.getCapabilities() == null || params.getCapabilities().getWorkspace() == null
            ? null
            : params.getCapabilities().getWorkspace().getDidChangeWatchedFiles();
    watchFiles = watched != null && Boolean.TRUE.equals(watched.getDynamicRegistration());
    ServerCapabilities capabilities = new ServerCapabilities();
    TextDocumentSyncOptions sync = new TextDocumentSyncOptions();
    sync.setOpenClose(true);
    sync.setChange(TextDocumentSyncKind.Full);
    sync.setSave(new SaveOptions(true));
    capabilities.setTextDocumentSync(sync);
    capabilities.setCodeActionProvider(
        new CodeActionOptions(List.of(CodeActionKind.QuickFix, CodeActionKind.SourceFixAll)));
    capabilities.setHoverProvider(true);
    capabilities.setCompletionProvider(new CompletionOptions(false, List.of(":", " ")));
    return CompletableFuture.completedFuture(
        new InitializeResult(capabilities, new ServerInfo("pm")));
  }

  @Override
  // The registration's answer is not awaited: a client that refuses it leaves pm without file
  // watching, which the server already works without (watchFiles false).
  @SuppressWarnings("FutureReturnValueIgnored")
  public void initialized(InitializedParams params) {
    if (watchFiles && client != null) {
      List<FileSystemWatcher> watchers =
          List.of("**/.pm.yaml", "**/schema.yaml", "**/template.md", "**/*.md").stream()
              .map(glob -> new FileSystemWatcher(Either.forLeft(glob)))
              .toList();
      client.registerCapability(
          new RegistrationParams(
              List.of(
                  new Registration(
                      "pm-watch",
                      "workspace/didChangeWatchedFiles",
                      new DidChangeWatchedFilesRegistrationOptions(watchers)))));
    }
  }

  @Override
  public CompletableFuture<Object> shutdown() {
    shutDown = true;
    scheduler.close();
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public void exit() {
    scheduler.close();
    onExit.run();
  }

  boolean wasShutDown() {
    return shutDown;
  }

  @Override
  public TextDocumentService getTextDocumentService() {
    return textDocuments;
  }

  @Override
  public WorkspaceService getWorkspaceService() {
    return workspaceService;
  }

  OpenDocuments documents() {
    return documents;
  }

  LintScheduler scheduler() {
    return scheduler;
  }

  /** Reads .pm.yaml and the templates again, re-reads the ids and re-lints every open document. */
  void reload() {
    load(scheduler.workspace().root());
    relintAll();
  }

  /** A post-mortem was saved: its id now counts for the others. */
  void saved(OpenDocuments.Document doc) {
    index.put(
        doc.current()
            .flatMap(OpenDocuments.Linted::checked)
            .map(DocumentLint.Checked::summary)
            .orElseGet(
                () -> DocumentLint.summaryOf(doc.path, scheduler.workspace().display(doc.path))));
    relintAll();
  }

  /** A Markdown file changed on disk; true when it is a post-mortem whose id the index holds. */
  boolean fileChanged(Path path, boolean deleted) {
    if (deleted) {
      index.remove(path);
      return true;
    }
    Workspace workspace = scheduler.workspace();
    if (!Files.isRegularFile(path)
        || !path.toAbsolutePath().normalize().startsWith(workspace.config().postmortemDirectory())
        || !workspace.isPostMortem(path, "")) {
      return false;
    }
    index.put(DocumentLint.summaryOf(path, workspace.display(path)));
    return true;
  }

  void relintAll() {
    for (OpenDocuments.Document doc : documents.all()) {
      doc.postMortem = scheduler.workspace().isPostMortem(doc.path, doc.text);
      scheduler.scheduleNow(doc);
    }
  }

  void clearDiagnostics(String uri) {
    if (client != null) {
      client.publishDiagnostics(new PublishDiagnosticsParams(uri, List.of()));
    }
  }

  /**
   * How much the server holds, for the memory test: documents, their pending lints, indexed ids.
   */
  record Retained(int openDocuments, int pendingLints, int indexedFiles) {}

  Retained retained() {
    return new Retained(documents.size(), scheduler.pendingCount(), index.size());
  }

  private void publish(OpenDocuments.Document doc) {
    if (client == null) {
      return;
    }
    OpenDocuments.Linted linted = doc.linted;
    List<org.eclipse.lsp4j.Diagnostic> diagnostics =
        linted == null || linted.checked().isEmpty()
            ? List.of()
            : LspDiagnostics.of(linted.checked().get().diagnostics(), linted.text());
    client.publishDiagnostics(new PublishDiagnosticsParams(doc.uri, diagnostics));
  }

  /** Loads the configuration; a broken one is reported on its file and the previous one stays. */
  private void load(Path root) {
    Workspace loaded;
    try {
      loaded = Workspace.load(root, defaultLimits);
    } catch (UserError e) {
      reportConfigProblem(e);
      return;
    }
    configProblemUri.ifPresent(this::clearDiagnostics);
    configProblemUri = Optional.empty();
    scheduler.use(loaded);
    scheduler.execute(() -> index.rebuild(loaded));
  }

  private void reportConfigProblem(UserError e) {
    if (client == null || e.file() == null) {
      return;
    }
    String uri = Path.of(e.file()).toAbsolutePath().toUri().toString();
    // A problem with the file as a whole (it cannot be read) is shown at its start.
    var at =
        e.at() == null
            ? new org.eclipse.lsp4j.Position(0, 0)
            : new org.eclipse.lsp4j.Position(e.at().line() - 1, e.at().column() - 1);
    client.publishDiagnostics(
        new PublishDiagnosticsParams(
            uri,
            List.of(
                new org.eclipse.lsp4j.Diagnostic(
                    new Range(at, at),
                    e.getMessage(),
                    DiagnosticSeverity.Error,
                    LspDiagnostics.SOURCE))));
    configProblemUri = Optional.of(uri);
    client.showMessage(
        new MessageParams(
            MessageType.Error,
            "pm: " + e.describe() + " (the previous configuration stays in use)"));
  }

  private static Optional<Path> root(InitializeParams params) {
    if (params.getWorkspaceFolders() != null && !params.getWorkspaceFolders().isEmpty()) {
      return Optional.of(OpenDocuments.path(params.getWorkspaceFolders().get(0).getUri()));
    }
    @SuppressWarnings("deprecation")
    String rootUri = params.getRootUri();
    return Optional.ofNullable(rootUri).map(OpenDocuments::path);
  }
}
