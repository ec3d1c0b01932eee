package dev.pm.template;

import dev.pm.parse.IncidentIdReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Allocates {@code <PREFIX>-YYYY-MM-DD-NN}: the next number for that date after every id already in
 * the folder's post-mortems (read from their front matter) and, in a git repository, in the same
 * folder on every other local and remote-tracking branch ({@link GitIds}). Callers hold {@link
 * FolderLock} from the scan until the file is written, so two runs never take the same number.
 */
final class IncidentIds {

  private IncidentIds() {}

  static String next(Path directory, String prefix, LocalDate date) {
    Pattern own =
        Pattern.compile(
            Pattern.quote(prefix.toUpperCase(Locale.ROOT) + "-" + date) + "-(\\d{1,6})");
    int highest = 0;
    for (Map.Entry<Path, String> entry : idsIn(directory).entrySet()) {
      Matcher m = own.matcher(entry.getValue().trim().toUpperCase(Locale.ROOT));
      if (m.matches()) {
        highest = Math.max(highest, Integer.parseInt(m.group(1)));
      }
    }
    for (String line : GitIds.idLines(directory, prefix + "-" + date + "-")) {
      Optional<String> id = IncidentIdReader.onLine(line);
      Matcher m = own.matcher(id.orElse("").toUpperCase(Locale.ROOT));
      if (m.matches()) {
        highest = Math.max(highest, Integer.parseInt(m.group(1)));
      }
    }
    return String.format(Locale.ROOT, "%s-%s-%02d", prefix, date, highest + 1);
  }

  /**
   * The post-mortem in {@code directory} whose front matter id is {@code id} (ignoring case), if
   * one is.
   */
  static Optional<Path> holderOf(Path directory, String id) {
    return idsIn(directory).entrySet().stream()
        .filter(e -> e.getValue().strip().equalsIgnoreCase(id.strip()))
        .map(Map.Entry::getKey)
        .sorted()
        .findFirst();
  }

  /** Every Markdown file's front matter id in {@code directory} and below. */
  private static Map<Path, String> idsIn(Path directory) {
    Map<Path, String> ids = new LinkedHashMap<>();
    if (!Files.isDirectory(directory)) {
      return ids;
    }
    try (Stream<Path> files = Files.walk(directory)) {
      files
          .filter(IncidentIds::isMarkdown)
          .forEach(file -> IncidentIdReader.inFile(file).ifPresent(id -> ids.put(file, id)));
    } catch (IOException | java.io.UncheckedIOException e) {
      throw new NewPostMortemException(
          "cannot read " + directory + " to find the incident ids in use: " + e.getMessage());
    }
    return ids;
  }

  private static boolean isMarkdown(Path p) {
    return Files.isRegularFile(p)
        && p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".md");
  }
}
