package dev.pm.io;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes files so that a crash never leaves a partial one: the text goes to a temporary file in the
 * same folder, is flushed to disk, and only then takes the target's name.
 */
public final class AtomicFiles {

  private AtomicFiles() {}

  /**
   * Creates {@code target} with {@code text}, failing if it exists. The hard link is atomic
   * create-if-absent; where the file system has no hard links the caller's lock makes the move
   * safe.
   */
  public static void createNew(Path target, String text) throws IOException {
    Path temp = writeTemp(target, text);
    setPermissions(temp, NEW_FILE);
    try {
      try {
        Files.createLink(target, temp);
      } catch (UnsupportedOperationException | java.nio.file.FileSystemException e) {
        if (e instanceof FileAlreadyExistsException exists) {
          throw exists;
        }
        if (Files.exists(target)) {
          throw new FileAlreadyExistsException(target.toString());
        }
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
    // The new name, and the removal of the temporary one, must reach the disk too: without this a
    // crash just after pm new could leave no post-mortem although pm said it wrote one.
    syncFolder(target);
  }

  /** Writes text to a stream; what a caller gives to have its output streamed into a file. */
  @FunctionalInterface
  public interface Content {
    void writeTo(java.io.Writer out) throws IOException;
  }

  /** Replaces {@code target} (or creates it) atomically. */
  public static void replace(Path target, String text) throws IOException {
    replace(target, out -> out.write(text));
  }

  /**
   * Replaces {@code target} (or creates it) atomically with what {@code content} writes, streamed
   * to the temporary file so that a large report never has to fit in memory as one string.
   */
  public static void replace(Path target, Content content) throws IOException {
    Path temp = writeTemp(target, content);
    setPermissions(temp, Files.exists(target) ? permissions(target) : NEW_FILE);
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(temp);
    }
    syncFolder(target);
  }

  /** Makes the rename itself durable: without it a crash can bring back the old file. */
  private static void syncFolder(Path target) {
    try (FileChannel folder =
        FileChannel.open(target.toAbsolutePath().getParent(), StandardOpenOption.READ)) {
      folder.force(true);
    } catch (IOException | UnsupportedOperationException e) {
      // Some file systems (and Windows) cannot open a folder for syncing; the rename still
      // happened.
    }
  }

  /** The file changed on disk between pm reading it and pm writing it; nothing was written. */
  public static final class ChangedOnDiskException extends IOException {
    public ChangedOnDiskException(Path file) {
      super(file + " changed while pm was working on it");
    }
  }

  /**
   * Rewrites the file {@code path} names with {@code text}, but only if it still holds {@code
   * expected} (the bytes pm read). A symlink stays a symlink: the file it points to is rewritten,
   * in that file's folder, with that file's permissions.
   */
  public static void rewrite(Path path, byte[] expected, String text) throws IOException {
    rewrite(path, expected, text, ReadOnlyFiles.REFUSE, () -> {});
  }

  /**
   * What a rewrite does with a file whose mode says nobody may write it: a read-only post-mortem is
   * often read-only on purpose (an archived incident), so pm refuses it unless the user passed
   * {@code --force}; the rename then replaces it and the file keeps its read-only mode.
   */
  public enum ReadOnlyFiles {
    REFUSE,
    REWRITE;

    /** {@link #REWRITE} when the user passed {@code --force}, else {@link #REFUSE}. */
    public static ReadOnlyFiles forced(boolean force) {
      return force ? REWRITE : REFUSE;
    }
  }

  /** As {@link #rewrite(Path, byte[], String)}, rewriting read-only files too when asked. */
  public static void rewrite(Path path, byte[] expected, String text, ReadOnlyFiles readOnly)
      throws IOException {
    rewrite(path, expected, text, readOnly, () -> {});
  }

  /**
   * As {@link #rewrite(Path, byte[], String)}; {@code beforeCheck} runs after the temporary file is
   * written and synced, just before the last check (tests edit the file there).
   *
   * <p>The check comes last, right before the rename: comparing first and then writing and syncing
   * lost an edit made in between (10 of 10 when timed). The owner, group and permissions are the
   * file's own. A file with other hard links (a rename would split them) is refused with a message
   * rather than replaced, and so is a read-only file unless {@code readOnly} allows it.
   */
  static void rewrite(
      Path path, byte[] expected, String text, ReadOnlyFiles readOnly, Runnable beforeCheck)
      throws IOException {
    Path real = path.toRealPath();
    refuseUnsafe(path, real, readOnly);
    Path temp = writeTemp(real, text);
    try {
      setPermissions(temp, permissions(real));
      keepOwner(temp, real);
      beforeCheck.run();
      if (!java.util.Arrays.equals(Files.readAllBytes(real), expected)) {
        throw new ChangedOnDiskException(path);
      }
      Files.move(temp, real, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(temp);
    }
    syncFolder(real);
  }

  private static void refuseUnsafe(Path path, Path real, ReadOnlyFiles readOnly)
      throws IOException {
    try {
      if (readOnly == ReadOnlyFiles.REFUSE
          && !Files.getPosixFilePermissions(real)
              .contains(java.nio.file.attribute.PosixFilePermission.OWNER_WRITE)) {
        throw new IOException(
            path + " is read-only; make it writable, or pass --force, to let pm rewrite it");
      }
      Object links = Files.getAttribute(real, "unix:nlink");
      if (links instanceof Integer n && n > 1) {
        throw new IOException(
            path + " has " + n + " hard links; rewriting it would split them, so pm leaves it");
      }
    } catch (UnsupportedOperationException | IllegalArgumentException e) {
      // Not a POSIX file system: nothing more to check.
    }
  }

  private static void keepOwner(Path temp, Path real) throws IOException {
    try {
      java.nio.file.attribute.PosixFileAttributes attrs =
          Files.readAttributes(real, java.nio.file.attribute.PosixFileAttributes.class);
      java.nio.file.attribute.PosixFileAttributeView view =
          Files.getFileAttributeView(temp, java.nio.file.attribute.PosixFileAttributeView.class);
      if (!attrs
          .group()
          .equals(
              Files.readAttributes(temp, java.nio.file.attribute.PosixFileAttributes.class)
                  .group())) {
        view.setGroup(attrs.group());
      }
      if (!attrs.owner().equals(Files.getOwner(temp))) {
        view.setOwner(attrs.owner());
      }
    } catch (UnsupportedOperationException | java.nio.file.FileSystemException e) {
      // Not POSIX, or not allowed to give the file away (only root may): the rewrite still happens.
    }
  }

  /**
   * What a new file gets: what an editor would give it under the usual umask (temp files are 0600).
   */
  private static final java.util.Set<java.nio.file.attribute.PosixFilePermission> NEW_FILE =
      java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--");

  private static java.util.Set<java.nio.file.attribute.PosixFilePermission> permissions(Path file)
      throws IOException {
    try {
      return Files.getPosixFilePermissions(file);
    } catch (UnsupportedOperationException e) {
      return NEW_FILE;
    }
  }

  private static void setPermissions(
      Path file, java.util.Set<java.nio.file.attribute.PosixFilePermission> perms)
      throws IOException {
    try {
      Files.setPosixFilePermissions(file, perms);
    } catch (UnsupportedOperationException e) {
      // Not a POSIX file system: the default ACLs apply.
    }
  }

  private static Path writeTemp(Path target, String text) throws IOException {
    return writeTemp(target, out -> out.write(text));
  }

  private static Path writeTemp(Path target, Content content) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Path temp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
    try (FileChannel channel =
        FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
      java.io.Writer out =
          new java.io.BufferedWriter(
              new java.io.OutputStreamWriter(
                  java.nio.channels.Channels.newOutputStream(channel), StandardCharsets.UTF_8),
              1 << 16);
      content.writeTo(out);
      out.flush();
      channel.force(true);
    } catch (IOException | RuntimeException | Error e) {
      Files.deleteIfExists(temp);
      throw e;
    }
    return temp;
  }
}
