package dev.pm.cli;

import dev.pm.error.UserError;
import dev.pm.io.AtomicFiles;
import dev.pm.io.Escape;
import dev.pm.io.OutputTarget;
import java.nio.file.Path;

/** Writes a command's report to the file named by an option, by {@link OutputTarget}'s rule. */
final class OutputFile {

  private OutputFile() {}

  /**
   * Prints through a {@link java.io.PrintWriter}; a write error it swallowed still fails the
   * command.
   */
  static void print(
      Environment env, Path option, java.util.function.Consumer<java.io.PrintWriter> printer) {
    write(
        env,
        option,
        w -> {
          java.io.PrintWriter writer = new java.io.PrintWriter(w);
          printer.accept(writer);
          writer.flush();
          if (writer.checkError()) {
            throw new java.io.IOException("write failed");
          }
        });
  }

  /** Writes, or fails with a one-line user error naming the path as the user typed it. */
  static void write(Environment env, Path option, AtomicFiles.Content content) {
    try {
      OutputTarget.write(env.resolve(option), content);
    } catch (OutputTarget.WriteException e) {
      throw new UserError("cannot write " + Escape.text(option.toString()) + ": " + e.getMessage());
    }
  }
}
