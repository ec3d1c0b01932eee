package dev.pm.cache;

import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

/**
 * A file's size and modification time, recorded with a cached result so that a later run can trust
 * an unchanged file without reading and hashing it (ESLint's {@code --cache-strategy metadata},
 * git's index). The content hash stays the tie-breaker: a file whose stamp differs is hashed, and
 * its result is still used when the bytes are the same.
 *
 * <p>A stamp is recorded only once the file has <em>settled</em>: its modification time lies more
 * than {@link #SETTLE} before the run began. A file written in the same clock tick as it was read
 * could change again without its time changing (git's "racily clean" files); such a file gets
 * {@link #NONE} and is hashed next time, when its stamp can be recorded.
 *
 * <p>What this trusts, as git and ESLint do: that a tool which rewrites a file with the same size
 * also moves its modification time. A file edited to the same size with its time set back by hand
 * ({@code touch -d}) keeps its old result until its size or time changes.
 *
 * @param size the size in bytes, or -1 for {@link #NONE}
 * @param modified the modification time in nanoseconds since the epoch
 */
public record FileStamp(long size, long modified) {

  /** No stamp: the file is hashed whatever its size and time. */
  static final FileStamp NONE = new FileStamp(-1, 0);

  /**
   * Longer than the coarsest modification-time resolution pm meets (FAT and some network file
   * systems keep 2 s; ext4, APFS and NTFS far finer).
   */
  static final Duration SETTLE = Duration.ofSeconds(2);

  /**
   * The stamp of a file with these attributes, read after {@code runStarted}; {@link #NONE} when
   * the file may still change within the tick of its modification time.
   */
  static FileStamp settled(BasicFileAttributes attributes, Instant runStarted) {
    long modified = attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS);
    Instant cutoff = runStarted.minus(SETTLE);
    long settledBefore = TimeUnit.SECONDS.toNanos(cutoff.getEpochSecond()) + cutoff.getNano();
    return modified < settledBefore ? new FileStamp(attributes.size(), modified) : NONE;
  }

  /** Whether a file with these attributes can be taken to hold the bytes this stamp was made on. */
  boolean vouchesFor(BasicFileAttributes attributes) {
    return size >= 0
        && size == attributes.size()
        && modified == attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS);
  }
}
