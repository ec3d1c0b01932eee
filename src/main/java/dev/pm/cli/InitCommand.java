package dev.pm.cli;

import dev.pm.config.ConfigLoader;
import dev.pm.error.UserError;
import dev.pm.io.AtomicFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code pm init}: writes a commented default {@code .pm.yaml}; never overwrites one. */
@Command(
    name = "init",
    description =
        "Write a commented default .pm.yaml in the current folder (never overwrites one).",
    mixinStandardHelpOptions = true,
    footerHeading = "%nExamples:%n",
    footer = {
      "  pm init                                   # ./.pm.yaml, defaults commented",
      "  pm init && git add .pm.yaml",
      "",
      "Exit codes: 0 written, 2 .pm.yaml already exists (left as it is), cannot be",
      "written, or usage error."
    })
final class InitCommand implements Callable<Integer> {

  @ParentCommand PmCommand parent;
  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    Path target = parent.env().workingDir().resolve(ConfigLoader.FILE_NAME);
    String text;
    try (InputStream in = InitCommand.class.getResourceAsStream("/dev/pm/default-pm.yaml")) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    try {
      AtomicFiles.createNew(target, text);
    } catch (FileAlreadyExistsException e) {
      throw new UserError(ConfigLoader.FILE_NAME + " already exists; pm init never overwrites it");
    }
    spec.commandLine().getOut().println("wrote " + ConfigLoader.FILE_NAME);
    return ExitCodes.OK;
  }
}
