package dev.pm.lsp;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.TextDocumentService;

/**
 * The editor's documents: open, change, save and close drive linting; code actions, hover and
 * completion read its results.
 */
final class PmTextDocumentService implements TextDocumentService {

  private final PmLanguageServer server;

  PmTextDocumentService(PmLanguageServer server) {
    this.server = server;
  }

  @Override
  public void didOpen(DidOpenTextDocumentParams params) {
    var item = params.getTextDocument();
    OpenDocuments.Document doc =
        server.documents().open(item.getUri(), item.getText(), item.getVersion());
    doc.postMortem = server.scheduler().workspace().isPostMortem(doc.path, doc.text);
    server.scheduler().scheduleNow(doc);
  }

  @Override
  public void didChange(DidChangeTextDocumentParams params) {
    server
        .documents()
        .get(params.getTextDocument().getUri())
        .ifPresent(
            doc -> {
              var changes = params.getContentChanges();
              if (changes.isEmpty()) {
                return;
              }
              // Full sync (see the server's capabilities): the last change holds the whole text.
              doc.text = changes.get(changes.size() - 1).getText();
              doc.version = params.getTextDocument().getVersion();
              doc.postMortem = server.scheduler().workspace().isPostMortem(doc.path, doc.text);
              server.scheduler().scheduleDebounced(doc);
            });
  }

  @Override
  public void didSave(DidSaveTextDocumentParams params) {
    String uri = params.getTextDocument().getUri();
    if (server.scheduler().workspace().isConfiguration(OpenDocuments.path(uri))) {
      server.reload();
      return;
    }
    server
        .documents()
        .get(uri)
        .ifPresent(
            doc -> {
              if (params.getText() != null) {
                doc.text = params.getText();
              }
              if (doc.postMortem) {
                server.saved(doc);
              }
            });
  }

  @Override
  public void didClose(DidCloseTextDocumentParams params) {
    String uri = params.getTextDocument().getUri();
    server.documents().close(uri);
    server.scheduler().cancel(uri);
    server.clearDiagnostics(uri);
  }

  @Override
  public CompletableFuture<List<Either<Command, CodeAction>>> codeAction(CodeActionParams params) {
    Optional<OpenDocuments.Document> open =
        server.documents().get(params.getTextDocument().getUri());
    if (open.isEmpty()) {
      return CompletableFuture.completedFuture(List.of());
    }
    OpenDocuments.Document doc = open.get();
    return server
        .scheduler()
        .current(doc)
        .thenCompose(
            linted ->
                linted.isEmpty()
                    ? CompletableFuture.completedFuture(List.<Either<Command, CodeAction>>of())
                    : server
                        .scheduler()
                        .onWorker(
                            () ->
                                CodeActions.of(
                                        server.scheduler().workspace(),
                                        doc,
                                        linted.get().text(),
                                        linted.get().checked().orElseThrow(),
                                        params.getRange())
                                    .stream()
                                    .map(Either::<Command, CodeAction>forRight)
                                    .toList(),
                            failure -> List.of()));
  }

  @Override
  public CompletableFuture<Hover> hover(HoverParams params) {
    Optional<OpenDocuments.Document> open =
        server.documents().get(params.getTextDocument().getUri());
    if (open.isEmpty()) {
      return CompletableFuture.completedFuture(null);
    }
    return server
        .scheduler()
        .current(open.get())
        .thenApply(
            linted ->
                linted
                    .flatMap(
                        l ->
                            RuleHover.at(l.text(), l.checked().orElseThrow(), params.getPosition()))
                    .orElse(null));
  }

  @Override
  public CompletableFuture<Either<List<CompletionItem>, CompletionList>> completion(
      CompletionParams params) {
    Optional<OpenDocuments.Document> open =
        server.documents().get(params.getTextDocument().getUri());
    if (open.isEmpty() || !open.get().postMortem) {
      return CompletableFuture.completedFuture(Either.forLeft(List.of()));
    }
    OpenDocuments.Document doc = open.get();
    Workspace workspace = server.scheduler().workspace();
    String template = doc.lastTemplate();
    List<CompletionItem> items =
        FrontMatterCompletion.at(
            doc.text,
            params.getPosition(),
            workspace.schema(template),
            workspace.catalog().names());
    return CompletableFuture.completedFuture(Either.forLeft(items));
  }
}
