package dev.pm.lsp;

import java.nio.file.Path;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.services.WorkspaceService;

/**
 * Files changed outside the editor's buffers: {@code .pm.yaml} or a schema reloads the
 * configuration; a post-mortem created, changed or deleted (a git checkout) updates the id index.
 */
final class PmWorkspaceService implements WorkspaceService {

  private final PmLanguageServer server;

  PmWorkspaceService(PmLanguageServer server) {
    this.server = server;
  }

  @Override
  public void didChangeConfiguration(DidChangeConfigurationParams params) {
    // pm's settings live in .pm.yaml, not in the editor's settings.
  }

  @Override
  public void didChangeWatchedFiles(DidChangeWatchedFilesParams params) {
    boolean reload = false;
    boolean postMortems = false;
    for (FileEvent event : params.getChanges()) {
      Path path = OpenDocuments.path(event.getUri());
      if (server.scheduler().workspace().isConfiguration(path)) {
        reload = true;
      } else if (path.toString().endsWith(".md")) {
        postMortems |= server.fileChanged(path, event.getType() == FileChangeType.Deleted);
      }
    }
    if (reload) {
      server.reload();
    } else if (postMortems) {
      server.relintAll();
    }
  }
}
