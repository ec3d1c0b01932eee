package dev.pm.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs the git command line, bounded in time. pm reads other branches with git itself rather than a
 * Java git library: the user's git knows their repository's config, worktrees and credentials.
 */
public final class Git {

  public static final Duration TIMEOUT = Duration.ofSeconds(5);

  private Git() {}

  /**
   * What the command printed, or empty when git is missing, failed (exit above 1; {@code git grep}
   * exits 1 for "nothing matched") or ran past the time bound.
   */
  public static Optional<String> run(Path dir, String... command) {
    return bytes(dir, command).map(b -> new String(b, StandardCharsets.UTF_8));
  }

  /** As {@link #run}, the bytes as git wrote them: for a file's content, in any encoding. */
  public static Optional<byte[]> bytes(Path dir, String... command) {
    Process p;
    try {
      p =
          new ProcessBuilder(command)
              .directory(dir.toFile())
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .start();
    } catch (IOException e) {
      return Optional.empty();
    }
    try (InputStream out = p.getInputStream()) {
      // Read on another thread so that a git that hangs cannot hold pm past the bound.
      CompletableFuture<byte[]> read =
          CompletableFuture.supplyAsync(
              () -> {
                try {
                  return out.readAllBytes();
                } catch (IOException e) {
                  return new byte[0];
                }
              });
      byte[] bytes = read.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
      if (!p.waitFor(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
        p.destroyForcibly();
        return Optional.empty();
      }
      return p.exitValue() <= 1 ? Optional.of(bytes) : Optional.empty();
    } catch (TimeoutException | ExecutionException | IOException e) {
      p.destroyForcibly();
      return Optional.empty();
    } catch (InterruptedException e) {
      p.destroyForcibly();
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  /**
   * The nearest folder at or above {@code start} holding {@code .git} (a folder, or a file in
   * linked worktrees and submodules). Read from the file system rather than asked of git: it is
   * called on every run, before any command needs git, and must not cost a process.
   */
  public static Optional<Path> workTreeRoot(Path start) {
    for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
      if (Files.exists(dir.resolve(".git"), java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
        return Optional.of(dir);
      }
    }
    return Optional.empty();
  }

  /** The top folder of the git work tree holding {@code path} (or its nearest existing parent). */
  public static Optional<Path> topLevel(Path path) {
    Path existing = path.toAbsolutePath().normalize();
    while (existing != null && !Files.isDirectory(existing)) {
      existing = existing.getParent();
    }
    if (existing == null) {
      return Optional.empty();
    }
    return run(existing, "git", "rev-parse", "--show-toplevel")
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .map(Path::of);
  }
}
