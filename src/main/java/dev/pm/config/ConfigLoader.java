package dev.pm.config;

import dev.pm.error.UserError;
import dev.pm.io.Git;
import dev.pm.lint.BuiltInRules;
import dev.pm.lint.RuleLevel;
import dev.pm.parse.ParseLimits;
import dev.pm.yaml.YamlEntry;
import dev.pm.yaml.YamlObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds and reads {@code .pm.yaml} (or {@code .pm.yml}). Unknown keys, unknown rules and bad values
 * are errors with a position.
 */
public final class ConfigLoader {

  public static final String FILE_NAME = ".pm.yaml";

  /** The names pm reads, in the order it names them; one folder may hold only one of them. */
  public static final List<String> FILE_NAMES = List.of(FILE_NAME, ".pm.yml");

  private static final Pattern SIZE =
      Pattern.compile("(?i)^\\s*(\\d+)\\s*(b|kb|kib|mb|mib|gb|gib)?\\s*$");

  private ConfigLoader() {}

  /**
   * The nearest configuration file in {@code start} or a folder above it, up to the root of the git
   * work tree holding {@code start}: a file above the repository belongs to someone else.
   */
  public static Optional<Path> find(Path start) {
    Path start0 = start.toAbsolutePath().normalize();
    Optional<Path> root = Git.workTreeRoot(start0);
    for (Path dir = start0; dir != null; dir = dir.getParent()) {
      Optional<Path> found = configIn(dir);
      if (found.isPresent() || root.map(dir::equals).orElse(false)) {
        return found;
      }
    }
    return Optional.empty();
  }

  private static Optional<Path> configIn(Path dir) {
    List<Path> present =
        FILE_NAMES.stream().map(dir::resolve).filter(Files::isRegularFile).toList();
    if (present.size() > 1) {
      throw new UserError(
          dir.toString(),
          null,
          "two configuration files, "
              + String.join(" and ", FILE_NAMES)
              + "; keep one (pm would not know which to read)");
    }
    return present.stream().findFirst();
  }

  /**
   * The configuration for a run in {@code workingDir}: {@code explicit} if given, else the nearest
   * file, else defaults rooted at the git top level (the working directory outside git), so that a
   * run from a sub-folder finds the same post-mortems as one from the top.
   */
  public static PmConfig load(Path workingDir, Optional<Path> explicit) {
    return load(workingDir, explicit, ParseLimits.DEFAULT);
  }

  /**
   * As {@link #load(Path, Optional)}, with {@code defaultLimits} where the file sets no {@code
   * limits} (tests that check what is read give a hang guard instead of the 3 s budget).
   */
  public static PmConfig load(Path workingDir, Optional<Path> explicit, ParseLimits defaultLimits) {
    Optional<Path> file = explicit.isPresent() ? explicit : find(workingDir);
    if (file.isEmpty()) {
      Path dir = workingDir.toAbsolutePath().normalize();
      return PmConfig.defaults(Git.workTreeRoot(dir).orElse(dir), defaultLimits);
    }
    return read(file.get(), defaultLimits);
  }

  /** The largest .pm.yaml read: far beyond any real one. */
  static final long MAX_BYTES = 1024 * 1024;

  public static PmConfig read(Path file) {
    return read(file, ParseLimits.DEFAULT);
  }

  private static PmConfig read(Path file, ParseLimits defaultLimits) {
    String text;
    try {
      // Capped like front matter: a huge .pm.yaml ran out of memory (exit 1) instead of an error.
      long size = Files.size(file);
      if (size > MAX_BYTES) {
        throw new UserError(
            file.toString(),
            dev.pm.model.Location.START,
            "configuration is " + size + " bytes; the limit is " + MAX_BYTES + " bytes");
      }
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UserError(file.toString(), null, "cannot read configuration: " + e.getMessage());
    }
    YamlObject root =
        YamlObject.parse(file.toString(), text)
            .allowOnly(
                "directory",
                "template",
                "idPrefix",
                "templatesDir",
                "severities",
                "statuses",
                "draftStatuses",
                "include",
                "exclude",
                "rules",
                "paths",
                "limits",
                "index",
                "owners",
                "cache");
    PmConfig defaults = PmConfig.defaults(file.toAbsolutePath().getParent(), defaultLimits);
    Map<String, RuleLevel> rules = new LinkedHashMap<>();
    for (YamlEntry entry : root.entries("rules").values()) {
      if (BuiltInRules.find(entry.key()).isEmpty() && !BuiltInRules.isPolicyKey(entry.key())) {
        throw root.error(
            entry.keyAt(),
            "unknown rule \"" + entry.key() + "\" (pm lint --list-rules lists them)");
      }
      try {
        rules.put(entry.key(), RuleLevel.fromWireName(root.stringOf(entry)));
      } catch (IllegalArgumentException e) {
        throw root.error(entry.value().at(), e.getMessage());
      }
    }
    Map<String, String> paths = new LinkedHashMap<>();
    for (YamlEntry entry : root.entries("paths").values()) {
      globs(root, "paths", List.of(entry.key()));
      paths.put(entry.key(), root.stringOf(entry));
    }
    Map<String, String> owners = new LinkedHashMap<>();
    for (YamlEntry entry : root.entries("owners").values()) {
      owners.put(entry.key(), root.stringOf(entry));
    }
    String prefix = root.string("idPrefix").orElse(defaults.idPrefix());
    if (!prefix.matches("[A-Za-z][A-Za-z0-9]*")) {
      throw root.error(
          root.keyAt("idPrefix"), "idPrefix must be letters and digits, starting with a letter");
    }
    return new PmConfig(
        defaults.base(),
        Optional.of(file),
        root.string("directory").orElse(defaults.directory()),
        root.string("template").orElse(defaults.template()),
        prefix,
        root.string("templatesDir"),
        root.strings("severities"),
        root.strings("statuses"),
        draftStatuses(root),
        root.has("include") ? globs(root, "include", root.strings("include")) : defaults.include(),
        root.has("exclude") ? globs(root, "exclude", root.strings("exclude")) : defaults.exclude(),
        rules,
        paths,
        limits(root.object("limits"), defaults.limits()),
        index(root.object("index")),
        owners,
        root.has("directory"),
        root.bool("cache").orElse(false));
  }

  private static dev.pm.index.IndexSettings index(Optional<YamlObject> maybe) {
    if (maybe.isEmpty()) {
      return dev.pm.index.IndexSettings.DEFAULT;
    }
    YamlObject index = maybe.get().allowOnly("file", "columns", "order");
    java.util.List<dev.pm.index.IndexColumn> columns = new java.util.ArrayList<>();
    for (String name : index.strings("columns")) {
      columns.add(
          dev.pm.index.IndexColumn.of(name)
              .orElseThrow(
                  () ->
                      index.error(
                          index.keyAt("columns"),
                          "unknown index column \""
                              + name
                              + "\"; expected date, id, title, severity, status, duration, items or overdue")));
    }
    String order = index.string("order").orElse("newest-first");
    if (!order.equals("newest-first") && !order.equals("oldest-first")) {
      throw index.error(
          index.keyAt("order"),
          "index order must be newest-first or oldest-first, not \"" + order + "\"");
    }
    return new dev.pm.index.IndexSettings(
        index.string("file"),
        columns.isEmpty() ? dev.pm.index.IndexSettings.DEFAULT.columns() : columns,
        order.equals("newest-first"));
  }

  /**
   * Each draft status must be one of the configured statuses, when there are any: a typo would
   * leave no draft.
   */
  private static List<String> draftStatuses(YamlObject root) {
    List<String> statuses = root.strings("statuses");
    List<String> drafts = root.strings("draftStatuses");
    for (String draft : drafts) {
      if (!statuses.isEmpty() && statuses.stream().noneMatch(draft::equalsIgnoreCase)) {
        throw root.error(
            root.keyAt("draftStatuses"),
            "draft status \""
                + draft
                + "\" is not one of the statuses: "
                + String.join(", ", statuses));
      }
    }
    return drafts;
  }

  private static ParseLimits limits(Optional<YamlObject> maybe, ParseLimits defaults) {
    if (maybe.isEmpty()) {
      return defaults;
    }
    YamlObject limits = maybe.get().allowOnly("maxFileSize", "parseTimeout");
    long size =
        limits.string("maxFileSize").map(s -> bytes(limits, s)).orElse(defaults.maxFileBytes());
    Duration timeout =
        limits.string("parseTimeout").map(s -> duration(limits, s)).orElse(defaults.parseTimeout());
    return new ParseLimits(size, defaults.maxFrontMatterBytes(), timeout);
  }

  /** {@code 4MiB}, {@code 500kb}, {@code 1048576}. */
  public static long bytes(YamlObject owner, String text) {
    Matcher m = SIZE.matcher(text);
    if (!m.matches()) {
      throw owner.error(
          owner.keyAt("maxFileSize"),
          "maxFileSize must be a size such as 4MiB or 500KB, not \"" + text + "\"");
    }
    String unit = m.group(2) == null ? "b" : m.group(2).toLowerCase(Locale.ROOT);
    long factor =
        switch (unit) {
          case "kb", "kib" -> 1024L;
          case "mb", "mib" -> 1024L * 1024;
          case "gb", "gib" -> 1024L * 1024 * 1024;
          default -> 1L;
        };
    // Checked, not multiplied blindly: 17179869184GiB wrapped round to 0 and ended in "internal
    // error".
    long n;
    try {
      n = Math.multiplyExact(Long.parseLong(m.group(1)), factor);
    } catch (ArithmeticException | NumberFormatException e) {
      n = Long.MAX_VALUE;
    }
    if (n < 1 || n > MAX_FILE_SIZE) {
      throw owner.error(
          owner.keyAt("maxFileSize"),
          "maxFileSize must be between 1 byte and 2GiB (what one file can be read into), not \""
              + text
              + "\"");
    }
    return n;
  }

  /** The largest file Java reads into one array. */
  private static final long MAX_FILE_SIZE = 2L * 1024 * 1024 * 1024 - 16;

  private static final Duration MAX_TIMEOUT = Duration.ofHours(1);

  /**
   * Every glob compiles, or the configuration is refused where it is written (not an internal error
   * on first use).
   */
  private static List<String> globs(YamlObject root, String key, List<String> patterns) {
    for (String pattern : patterns) {
      try {
        java.nio.file.FileSystems.getDefault().getPathMatcher("glob:" + pattern);
      } catch (java.util.regex.PatternSyntaxException e) {
        throw root.error(
            root.keyAt(key),
            key
                + " has a glob that is not valid: \""
                + pattern
                + "\" ("
                + e.getDescription()
                + ")");
      }
    }
    return patterns;
  }

  private static Duration duration(YamlObject owner, String text) {
    Duration d = parsedDuration(owner, text);
    if (d.isNegative() || d.isZero() || d.compareTo(MAX_TIMEOUT) > 0) {
      throw owner.error(
          owner.keyAt("parseTimeout"),
          "parseTimeout must be more than 0 and at most 1h, not \"" + text + "\"");
    }
    return d;
  }

  private static Duration parsedDuration(YamlObject owner, String text) {
    try {
      String t = text.trim().toLowerCase(Locale.ROOT);
      if (t.endsWith("ms")) {
        return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2).trim()));
      }
      if (t.endsWith("s")) {
        return Duration.ofSeconds(Long.parseLong(t.substring(0, t.length() - 1).trim()));
      }
      return Duration.parse(text);
    } catch (NumberFormatException | DateTimeParseException | ArithmeticException e) {
      throw owner.error(
          owner.keyAt("parseTimeout"),
          "parseTimeout must be a duration such as 10s, not \"" + text + "\"");
    }
  }
}
