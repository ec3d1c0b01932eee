package dev.pm.cli;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code pm} with every sub-command: what {@code pm}, {@code pm --help}, {@code pm help}, {@code pm
 * completion}, a mistyped command (for its suggestions) and the man page generator get. A run that
 * names another sub-command builds only that one ({@link #only}).
 */
@Command(
    subcommands = {
      NewCommand.class,
      LintCommand.class,
      StatsCommand.class,
      IndexCommand.class,
      TemplatesCommand.class,
      InitCommand.class,
      RenumberCommand.class,
      ExplainCommand.class,
      SchemaCommand.class,
      CompletionCommand.class,
      LspCommand.class,
      CommandLine.HelpCommand.class
    })
public final class PmCommandTree extends PmCommand {

  /**
   * Sub-commands that read the whole tree: help lists the commands, completion describes them all.
   */
  private static final Set<String> NEED_THE_TREE = Set.of("help", "completion");

  /** Options of the root that may come before the sub-command's name without ending the search. */
  private static final Set<String> ROOT_FLAGS = Set.of("--stacktrace");

  /**
   * The sub-commands by name, as their {@code @Command} annotations name them. Kept by hand because
   * reading the annotations of all twelve classes to find one was a sixth of picocli's part of a
   * one-file run (the JVM parses each class's annotations and makes a proxy for them); {@code
   * PmCommandTreeTest} checks it against the annotations.
   */
  static final Map<String, Class<?>> BY_NAME =
      Map.ofEntries(
          Map.entry("new", NewCommand.class),
          Map.entry("lint", LintCommand.class),
          Map.entry("stats", StatsCommand.class),
          Map.entry("index", IndexCommand.class),
          Map.entry("templates", TemplatesCommand.class),
          Map.entry("init", InitCommand.class),
          Map.entry("renumber", RenumberCommand.class),
          Map.entry("explain", ExplainCommand.class),
          Map.entry("schema", SchemaCommand.class),
          Map.entry("lsp", LspCommand.class));

  public PmCommandTree(Environment env) {
    super(env);
  }

  /**
   * For tools that build the command from its class: picocli's man page generator at build time.
   */
  public PmCommandTree() {
    super();
  }

  /**
   * The class of the one sub-command {@code args} run, when it needs no other: the first argument
   * that is not a root flag names it. Empty for anything else (no command, a root option such as
   * {@code --help}, an unknown name).
   */
  static Optional<Class<?>> only(String... args) {
    for (String arg : args) {
      if (ROOT_FLAGS.contains(arg)) {
        continue;
      }
      if (arg.startsWith("-") || NEED_THE_TREE.contains(arg)) {
        return Optional.empty();
      }
      return Optional.ofNullable(BY_NAME.get(arg));
    }
    return Optional.empty();
  }
}
