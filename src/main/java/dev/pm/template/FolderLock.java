package dev.pm.template;

import dev.pm.error.UserError;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * An exclusive lock on a post-mortem folder, held from scanning ids to writing the new file.
 *
 * <p>Rationale: check-then-write loses ids under concurrency (measured: 9 of 240 under 6
 * processes). The lock file, keyed by the folder's real path, lives in the repository's git folder
 * ({@code .git/pm-locks/}), which every process working on that checkout shares whatever its {@code
 * TMPDIR} or user, and which git never shows as a change. Outside git it is {@value #OUTSIDE_GIT}
 * in the post-mortem folder itself: it lived in the temp folder once, and processes with different
 * {@code TMPDIR}s took the same ids. An in-process lock covers threads, because a JVM cannot hold
 * two OS locks on one file. The lock file stays: deleting it would let a process that opened it
 * just before lock a file no other process can find.
 */
final class FolderLock implements AutoCloseable {

  /** The lock file's name in a post-mortem folder outside any git repository. */
  static final String OUTSIDE_GIT = ".pm-new.lock";

  private static final ConcurrentHashMap<String, ReentrantLock> IN_PROCESS =
      new ConcurrentHashMap<>();

  private final ReentrantLock local;
  private final FileChannel channel;
  private final FileLock lock;

  private FolderLock(ReentrantLock local, FileChannel channel, FileLock lock) {
    this.local = local;
    this.channel = channel;
    this.lock = lock;
  }

  static FolderLock acquire(Path folder) {
    String key;
    try {
      key = folder.toRealPath().toString();
    } catch (IOException e) {
      key = folder.toAbsolutePath().normalize().toString();
    }
    ReentrantLock local = IN_PROCESS.computeIfAbsent(key, k -> new ReentrantLock());
    local.lock();
    try {
      Path file = lockFile(Path.of(key));
      Files.createDirectories(file.getParent());
      FileChannel channel =
          FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      FileLock lock = channel.lock();
      return new FolderLock(local, channel, lock);
    } catch (IOException e) {
      local.unlock();
      throw new UserError("cannot lock " + folder + " for numbering: " + e.getMessage());
    }
  }

  @Override
  public void close() {
    try {
      lock.release();
      channel.close();
    } catch (IOException e) {
      // Closing the channel releases the lock whatever happens; nothing to recover.
    } finally {
      local.unlock();
    }
  }

  /**
   * In {@code .git/pm-locks} of the repository holding {@code folder}, named by the folder's path;
   * else {@value #OUTSIDE_GIT} in the folder.
   */
  static Path lockFile(Path folder) {
    return gitLockFolder(folder)
        .map(dir -> dir.resolve(hash(folder.toString()) + ".lock"))
        .orElse(folder.resolve(OUTSIDE_GIT));
  }

  /** {@code .git/pm-locks} of the repository holding {@code folder}, if one does. */
  static java.util.Optional<Path> gitLockFolder(Path folder) {
    for (Path dir = folder.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
      Path git = dir.resolve(".git");
      if (Files.isDirectory(git)) {
        return java.util.Optional.of(git.resolve("pm-locks"));
      }
      if (Files.isRegularFile(git)) {
        // A worktree or submodule: ".git" is a file saying "gitdir: <path>".
        try {
          String line = Files.readString(git, StandardCharsets.UTF_8).strip();
          if (line.startsWith("gitdir:")) {
            return java.util.Optional.of(
                dir.resolve(line.substring("gitdir:".length()).strip())
                    .normalize()
                    .resolve("pm-locks"));
          }
        } catch (IOException | RuntimeException unreadable) {
          break;
        }
      }
    }
    return java.util.Optional.empty();
  }

  private static String hash(String key) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
