package dev.pm.cache;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * The digest of everything besides a file's own bytes that its cached result depends on: pm's
 * build, the cache format and the shape of what is cached, the command and its options, the
 * configuration and the schemas. Parts are added by name, so two parts cannot run into each other.
 */
public final class RunKey {

  /**
   * Raised when the way entries are written changes (beyond the record shapes, which are in the
   * key).
   */
  public static final int FORMAT = 3;

  private final MessageDigest digest;

  public RunKey(String command) {
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
    add("format", Integer.toString(FORMAT));
    add("command", command);
  }

  public RunKey add(String name, String value) {
    byte[] n = name.getBytes(StandardCharsets.UTF_8);
    byte[] v = value.getBytes(StandardCharsets.UTF_8);
    digest.update(Integer.toString(n.length).getBytes(StandardCharsets.US_ASCII));
    digest.update((byte) ':');
    digest.update(n);
    digest.update(Integer.toString(v.length).getBytes(StandardCharsets.US_ASCII));
    digest.update((byte) ':');
    digest.update(v);
    return this;
  }

  /** The bytes of {@code file}, or that it is absent. */
  public RunKey addFile(String name, Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      return add(name, "absent");
    }
    add(name, file.toString());
    digest.update(Files.readAllBytes(file));
    return this;
  }

  /** Every regular file below {@code folder}, by relative path, in a fixed order. */
  public RunKey addFolder(String name, Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return add(name, "absent");
    }
    List<Path> files;
    try (Stream<Path> walk = Files.walk(folder)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    for (Path file : files) {
      addFile(name + "/" + folder.relativize(file).toString().replace('\\', '/'), file);
    }
    return this;
  }

  public String digest() {
    return HexFormat.of().formatHex(digest.digest());
  }
}
