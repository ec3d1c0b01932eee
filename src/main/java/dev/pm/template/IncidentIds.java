package dev.pm.template;

import dev.pm.error.UserError;
import dev.pm.parse.IncidentIdReader;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Allocates {@code <PREFIX>-YYYY-MM-DD-NN}: the next number for that date after every id already in
 * the folder's post-mortems (read from their front matter) and, in a git repository, in the same
 * folder on every other local and remote-tracking branch ({@link GitIds}). Callers hold {@link
 * FolderLock} from the scan until the file is written, so two runs never take the same number.
 */
final class IncidentIds {

  private IncidentIds() {}

  /**
   * The largest number of a day. Numbers past 999999 are read like any other (they once fell
   * outside the pattern, so the number after 999999 was handed out again and again); at this one,
   * or with more digits than it has, pm refuses to number rather than wrap or repeat.
   */
  private static final long MAX_NUMBER = 999_999_999_999_999_999L;

  private static final int MAX_DIGITS = 18;

  static String next(Path directory, String prefix, LocalDate date) {
    Pattern own =
        Pattern.compile(Pattern.quote(prefix.toUpperCase(Locale.ROOT) + "-" + date) + "-(\\d+)");
    long highest = 0;
    for (Map.Entry<Path, String> entry : idsIn(directory, IncidentIdReader::inFile).entrySet()) {
      highest = Math.max(highest, number(own, entry.getValue().trim(), entry.getKey().toString()));
    }
    for (String id : GitIds.ids(directory, prefix + "-" + date + "-")) {
      highest = Math.max(highest, number(own, id, "another branch"));
    }
    if (highest >= MAX_NUMBER) {
      throw new UserError(tooLarge(prefix + "-" + date + "-" + highest, "this folder"));
    }
    return String.format(Locale.ROOT, "%s-%s-%02d", prefix, date, highest + 1);
  }

  /** The number {@code id} has for the day {@code own} matches, else 0. */
  private static long number(Pattern own, String id, String where) {
    Matcher m = own.matcher(id.toUpperCase(Locale.ROOT));
    if (!m.matches()) {
      return 0;
    }
    String digits = m.group(1).replaceFirst("^0+(?=.)", "");
    if (digits.length() > MAX_DIGITS) {
      throw new UserError(tooLarge(id, where));
    }
    return Long.parseLong(digits);
  }

  private static String tooLarge(String id, String where) {
    return "cannot number a new post-mortem: id \""
        + dev.pm.io.Escape.text(id)
        + "\" in "
        + dev.pm.io.Escape.text(where)
        + " has the largest number pm counts to for a day; give the id with --id";
  }

  /**
   * The post-mortem in {@code directory} whose front matter id is {@code id} (ignoring case), if
   * one is.
   */
  static Optional<Path> holderOf(Path directory, String id) {
    return idsIn(directory, IncidentIdReader::inFile).entrySet().stream()
        .filter(e -> e.getValue().strip().equalsIgnoreCase(id.strip()))
        .map(Map.Entry::getKey)
        .sorted()
        .findFirst();
  }

  /**
   * Every Markdown file's front matter id in {@code directory} and below, each read with {@code
   * peek}.
   *
   * <p>A file or folder that vanishes between being listed and being read (an editor's or a build's
   * temporary file) is passed over: it holds no post-mortem. Aborting on it made {@code pm new}
   * fail 11 of 15 times while another program churned temporary files in the folder.
   */
  static Map<Path, String> idsIn(Path directory, Function<Path, Optional<String>> peek) {
    Map<Path, String> ids = new LinkedHashMap<>();
    if (!Files.isDirectory(directory)) {
      return ids;
    }
    try {
      Files.walkFileTree(
          directory,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              // A link to a post-mortem still takes its id: counting too much is safe here.
              boolean regular =
                  attrs.isRegularFile() || (attrs.isSymbolicLink() && Files.isRegularFile(file));
              if (regular && isMarkdown(file)) {
                peek.apply(file).ifPresent(id -> ids.put(file, id));
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
              if (e instanceof NoSuchFileException) {
                return FileVisitResult.CONTINUE;
              }
              throw e;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
              if (e != null && !(e instanceof NoSuchFileException)) {
                throw e;
              }
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      throw new UserError(
          "cannot read " + directory + " to find the incident ids in use: " + e.getMessage());
    }
    return ids;
  }

  private static boolean isMarkdown(Path p) {
    return p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".md");
  }
}
