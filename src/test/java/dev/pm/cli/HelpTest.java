package dev.pm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Every command's {@code --help} ends with examples and the exit codes it can return. */
class HelpTest {

  @TempDir Path repo;

  @Test
  void everySubcommandShowsExamplesAndExitCodes() {
    Environment env =
        new Environment(repo, Clock.systemUTC(), Map.of("NO_COLOR", "1"), Optional.empty());
    List<List<String>> commands = new ArrayList<>();
    collect(new CommandLine(new PmCommandTree(env)), new ArrayList<>(), commands);
    // The walk must reach the nested commands, or the loop below proves nothing.
    assertThat(commands)
        .contains(List.of("init"), List.of("schema"), List.of("schema", "derive"), List.of("lint"));

    var pm = new PmRunner(repo);
    for (List<String> command : commands) {
      List<String> args = new ArrayList<>(command);
      args.add("--help");
      var help = pm.run(args.toArray(String[]::new));
      String name = "pm " + String.join(" ", args);
      assertThat(help.exitCode()).as(name).isZero();
      assertThat(help.out()).as(name).contains("Examples:").contains("Exit codes");
    }
  }

  private static void collect(CommandLine cli, List<String> path, List<List<String>> into) {
    cli.getSubcommands()
        .forEach(
            (name, sub) -> {
              if (sub.getCommand() instanceof CommandLine.HelpCommand
                  || !name.equals(sub.getCommandName())) {
                return; // picocli's built-in help, and aliases (listed under their own name too)
              }
              List<String> child = new ArrayList<>(path);
              child.add(name);
              into.add(child);
              collect(sub, child, into);
            });
  }
}
