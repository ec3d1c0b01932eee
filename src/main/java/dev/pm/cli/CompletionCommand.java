package dev.pm.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code pm completion bash|zsh}: a shell completion script, made by picocli's generator from the
 * same annotations that define the commands, so it cannot drift from them. zsh loads the bash
 * script through {@code bashcompinit}, as picocli documents.
 */
@Command(
    name = "completion",
    description = "Print a shell completion script.",
    mixinStandardHelpOptions = true,
    footerHeading = "%nExamples:%n",
    footer = {
      "  source <(pm completion bash)              # in ~/.bashrc",
      "  source <(pm completion zsh)               # in ~/.zshrc",
      "",
      "Exit codes: 0 script printed, 2 SHELL missing or not bash or zsh (usage error)."
    })
final class CompletionCommand implements Callable<Integer> {

  enum Shell {
    BASH,
    ZSH
  }

  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "SHELL",
      completionCandidates = CompletionCandidates.Shells.class,
      description = "${COMPLETION-CANDIDATES}")
  Shell shell;

  @Override
  public Integer call() {
    String script = AutoComplete.bash("pm", spec.root().commandLine());
    if (shell == Shell.ZSH) {
      script =
          "autoload -U +X compinit && compinit\nautoload -U +X bashcompinit && bashcompinit\n"
              + script;
    }
    spec.commandLine().getOut().print(script);
    spec.commandLine().getOut().flush();
    return ExitCodes.OK;
  }
}
