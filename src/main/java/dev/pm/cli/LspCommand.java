package dev.pm.cli;

import dev.pm.lsp.LspServer;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code pm lsp}: the language server for editors, over standard input and output. */
@Command(
    name = "lsp",
    description =
        "Run the language server (LSP over stdin/stdout): pm lint's diagnostics, fixes, rule pages and front matter completion in your editor.",
    mixinStandardHelpOptions = true,
    footerHeading = "%nExamples:%n",
    footer = {
      "  pm lsp                                    # started by the editor, for Markdown files",
      "  nvim: vim.lsp.start_client({cmd = {'pm', 'lsp'}, root_dir = vim.fn.getcwd()})",
      "  (set-up for Neovim, Helix and VS Code: README.md, \"Editors\")",
      "",
      "Exit codes: 0 after the editor's shutdown request, 1 when the editor went away without one."
    })
final class LspCommand implements Callable<Integer> {

  @ParentCommand PmCommand parent;

  @Override
  public Integer call() {
    // The protocol is bytes with Content-Length framing on the process's own stdin and stdout;
    // picocli's PrintWriter is text and would corrupt it, so the raw descriptors are used here.
    return LspServer.serve(
        new FileInputStream(FileDescriptor.in),
        new FileOutputStream(FileDescriptor.out),
        parent.env().workingDir());
  }
}
