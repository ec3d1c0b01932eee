package dev.pm.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Where a report or baseline named with {@code --output} (or {@code --write-baseline}) goes. The
 * rule, decided by what is at the path when pm writes:
 *
 * <ul>
 *   <li>nothing, or a regular file: a temporary file in the same folder, then an atomic rename, so
 *       a reader never sees half a report and a crash never leaves one;
 *   <li>a character device, FIFO or other non-regular file ({@code /dev/stdout}, {@code /dev/null},
 *       a named pipe): opened and written in place, never renamed over, so it stays what it was;
 *   <li>a symbolic link: followed, and what it points to written in place, as the shell's {@code >}
 *       does; the link stays a link (renaming over it would turn it into a file);
 *   <li>a directory (or a link to one): an error, nothing written.
 * </ul>
 */
public final class OutputTarget {

  private OutputTarget() {}

  /** Writing failed; the message says why in words and names no Java type. */
  public static final class WriteException extends IOException {
    WriteException(String reason) {
      super(reason);
    }
  }

  /** Writes what {@code content} produces to {@code target} by the rule above. */
  public static void write(Path target, AtomicFiles.Content content) throws WriteException {
    try {
      if (Files.isDirectory(target)) {
        throw new WriteException("it is a directory");
      }
      if (Files.isSymbolicLink(target)
          || (Files.exists(target, LinkOption.NOFOLLOW_LINKS)
              && !Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS))) {
        writeInPlace(target, content);
        return;
      }
      Path parent = target.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      AtomicFiles.replace(target, content);
    } catch (WriteException e) {
      throw e;
    } catch (IOException e) {
      throw new WriteException(describe(e));
    }
  }

  private static void writeInPlace(Path target, AtomicFiles.Content content) throws IOException {
    // O_TRUNC empties a file a link points to and is ignored by devices and FIFOs.
    try (Writer out =
        new BufferedWriter(
            new OutputStreamWriter(
                Files.newOutputStream(
                    target,
                    StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING),
                StandardCharsets.UTF_8),
            1 << 16)) {
      content.writeTo(out);
    }
  }

  private static String describe(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileAlreadyExistsException f) {
      return Escape.text(f.getFile()) + " is in the way of a folder";
    }
    if (e instanceof NoSuchFileException) {
      return "no such folder";
    }
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return f.getReason().toLowerCase(java.util.Locale.ROOT);
    }
    return e.getMessage() == null ? "write failed" : e.getMessage();
  }
}
