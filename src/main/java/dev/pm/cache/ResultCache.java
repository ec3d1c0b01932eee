package dev.pm.cache;

import dev.pm.io.AtomicFiles;
import dev.pm.io.InputFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Per-file results kept between runs ({@code pm lint --cache}, {@code pm stats --cache}): a file
 * whose bytes hash to what they hashed to last time, under the same {@link RunKey}, is not parsed
 * again. Safe for many workers at once.
 *
 * <p>Never a wrong result: an entry is used only when the run key, the path as shown and the
 * content hash all match; a result is stored only when the file still hashes, after it was read, to
 * what it hashed to before (a file edited during the run is not stored). A cache file that cannot
 * be read is ignored with one line on stderr and replaced at the end of the run; one that is not a
 * regular file is neither read nor replaced. The file is replaced atomically, so two runs at once
 * leave one complete cache (the last to finish), never a mixed one.
 */
public final class ResultCache<T> {

  /** Entries kept beyond the files of this run are capped, so a cache cannot grow without bound. */
  static final int MAX_ENTRIES = 200_000;

  /** A cache file larger than this is not read (and is rewritten smaller). */
  static final long MAX_BYTES = 512L * 1024 * 1024;

  private final Path location;
  private final String key;
  private final Class<T> type;
  private final Consumer<String> warn;

  /**
   * The entries read from the cache file, by path: filled once before any worker starts and only
   * read after, so a plain map sized for them (a warm 10,000-file run spent its time growing a
   * concurrent one).
   */
  private Map<String, CacheCodec.Entry<T>> previous = Map.of();

  private final Map<String, CacheCodec.Entry<T>> current = new ConcurrentHashMap<>(1 << 12);
  private final boolean enabled;

  /** When this run opened the cache: file stamps are recorded only for files settled before it. */
  private final Instant opened = Instant.now();

  private boolean writable = true;

  /** Whether the file on disk differs from what this run would write: only then is it rewritten. */
  private volatile boolean changed;

  private ResultCache(
      Path location, String key, Class<T> type, Consumer<String> warn, boolean enabled) {
    this.location = location;
    this.key = key;
    this.type = type;
    this.warn = warn;
    this.enabled = enabled;
  }

  /** A cache that holds nothing and writes nothing: runs without {@code --cache}. */
  public static <T> ResultCache<T> disabled() {
    return new ResultCache<>(null, "", null, m -> {}, false);
  }

  /**
   * Opens the cache at {@code location} for results of {@code type} made under {@code key}. Entries
   * made under another key are dropped; an unreadable file is reported to {@code warn}, once.
   */
  public static <T> ResultCache<T> open(
      Path location, String key, Class<T> type, Consumer<String> warn) {
    ResultCache<T> cache = new ResultCache<>(location, key, type, warn, true);
    cache.load();
    return cache;
  }

  public boolean enabled() {
    return enabled;
  }

  private void load() {
    if (!Files.exists(location, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    if (!Files.isRegularFile(location, LinkOption.NOFOLLOW_LINKS)) {
      warn.accept(
          "pm: cache "
              + location
              + " is not a regular file; running without it and leaving it alone");
      writable = false;
      return;
    }
    try {
      if (Files.size(location) > MAX_BYTES) {
        warn.accept(
            "pm: cache " + location + " is larger than " + (MAX_BYTES >> 20) + " MiB; ignoring it");
        return;
      }
      CacheCodec.CacheFile<T> file;
      try (InputStream in = Files.newInputStream(location)) {
        file = new CacheCodec().read(in, type, key);
      }
      if (file == null || file.entries() == null) {
        throw new IOException("no entries");
      }
      if (key.equals(file.key())) {
        Map<String, CacheCodec.Entry<T>> read = new HashMap<>(file.entries().size() * 4 / 3 + 1);
        for (CacheCodec.Entry<T> entry : file.entries()) {
          read.put(entry.path(), entry);
        }
        previous = read;
      } else {
        changed = true;
      }
    } catch (IOException | RuntimeException e) {
      previous = Map.of();
      changed = true;
      warn.accept(
          "pm: ignoring the unreadable cache "
              + location
              + " ("
              + oneLine(e)
              + "); it will be rewritten");
    }
  }

  /**
   * The file's content hash and, when the cache holds a result for exactly these bytes, that
   * result. A file whose size and modification time are those recorded with its entry is not read
   * at all ({@link FileStamp}); any other file is read and hashed, and its result is still used
   * when the bytes are the same (its new stamp is then recorded).
   */
  public Lookup<T> lookup(InputFile file, long maxBytes) {
    if (!enabled) {
      return Lookup.none();
    }
    BasicFileAttributes attributes = attributes(file.path(), maxBytes);
    if (attributes == null) {
      return Lookup.none();
    }
    String path = pathKey(file);
    CacheCodec.Entry<T> entry = previous.get(path);
    boolean sameName = entry != null && entry.shown().equals(file.displayPath());
    if (sameName && entry.stamp().vouchesFor(attributes)) {
      current.put(path, entry);
      return new Lookup<>(Optional.of(entry.hash()), Optional.of(entry.value()), entry.stamp());
    }
    // Taken before the read, so that the stamp can only be older than the bytes hashed.
    FileStamp stamp = FileStamp.settled(attributes, opened);
    Optional<String> hash = digest(file.path());
    if (hash.isEmpty()) {
      return Lookup.none();
    }
    if (sameName && entry.hash().equals(hash.get())) {
      if (!entry.stamp().equals(stamp)) {
        // Touched but not changed (a checkout, a copy): the new stamp saves the next run a read.
        changed = true;
        entry = entry.stamped(stamp);
      }
      current.put(path, entry);
      return new Lookup<>(hash, Optional.of(entry.value()), stamp);
    }
    return new Lookup<>(hash, Optional.empty(), stamp);
  }

  /**
   * Keeps {@code value} for {@code file} when the file still has the bytes {@code lookup} hashed: a
   * file edited while it was being read is not stored.
   */
  public void store(InputFile file, Lookup<T> lookup, T value, long maxBytes) {
    if (!enabled || lookup.hash().isEmpty()) {
      return;
    }
    // Read again only if it is still a regular file within the limit (never a FIFO put there
    // since).
    Optional<String> now =
        attributes(file.path(), maxBytes) == null ? Optional.empty() : digest(file.path());
    if (now.equals(lookup.hash())) {
      changed = true;
      current.put(
          pathKey(file),
          new CacheCodec.Entry<>(
              pathKey(file), file.displayPath(), lookup.hash().get(), lookup.stamp(), value));
    }
  }

  /**
   * Writes this run's entries, and those of earlier runs for files that still exist (a run on one
   * file keeps the folder's entries), up to {@link #MAX_ENTRIES}. A failure to write is one line on
   * stderr: the run's result stands. When every file came from the cache nothing is written (the
   * entries of files deleted since are dropped at the next write).
   */
  public void save() {
    if (!enabled || !writable || !changed) {
      return;
    }
    List<CacheCodec.Entry<T>> entries = new ArrayList<>(current.values());
    for (CacheCodec.Entry<T> old : previous.values()) {
      if (entries.size() >= MAX_ENTRIES) {
        break;
      }
      if (!current.containsKey(old.path()) && Files.isRegularFile(Path.of(old.path()))) {
        entries.add(old);
      }
    }
    entries.sort(java.util.Comparator.comparing(CacheCodec.Entry::path));
    CacheCodec.CacheFile<T> file =
        new CacheCodec.CacheFile<>(key, entries.subList(0, Math.min(entries.size(), MAX_ENTRIES)));
    try {
      Path parent = location.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      if (Files.exists(location, LinkOption.NOFOLLOW_LINKS)
          && !Files.isRegularFile(location, LinkOption.NOFOLLOW_LINKS)) {
        throw new IOException("not a regular file");
      }
      CacheCodec codec = new CacheCodec();
      AtomicFiles.replace(location, out -> codec.write(out, file, type));
    } catch (IOException | RuntimeException e) {
      warn.accept("pm: could not write the cache " + location + " (" + oneLine(e) + ")");
    }
  }

  private static String pathKey(InputFile file) {
    return file.path().toAbsolutePath().normalize().toString();
  }

  /**
   * The attributes of a regular file within the size limit; null for anything else (never opens a
   * FIFO). One stat for both checks: at 10,000 files every system call per file shows.
   */
  private static BasicFileAttributes attributes(Path path, long maxBytes) {
    try {
      BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
      return attributes.isRegularFile() && attributes.size() <= maxBytes ? attributes : null;
    } catch (IOException | SecurityException e) {
      return null;
    }
  }

  /** SHA-256 of the bytes of a file already seen to be regular and within the limit. */
  private static Optional<String> digest(Path path) {
    try {
      return Optional.of(
          HexFormat.of()
              .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(path))));
    } catch (IOException | SecurityException | NoSuchAlgorithmException e) {
      return Optional.empty();
    }
  }

  private static String oneLine(Exception e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    int newline = message.indexOf('\n');
    return dev.pm.io.Escape.text(newline < 0 ? message : message.substring(0, newline));
  }

  /**
   * What the cache knows of one file.
   *
   * @param hash the content hash, empty when the file is not a regular file within the size limit
   * @param value the cached result for exactly these bytes
   * @param stamp the file's size and time as seen before it was read, to record with a new result
   */
  public record Lookup<T>(Optional<String> hash, Optional<T> value, FileStamp stamp) {

    static <T> Lookup<T> none() {
      return new Lookup<>(Optional.empty(), Optional.empty(), FileStamp.NONE);
    }
  }
}
