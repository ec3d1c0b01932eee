package dev.pm.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes N filled-in post-mortems for the benchmark: all five built-in templates in turn, each
 * document made from that template's filled example ({@code src/test/resources/lint/clean/}) with
 * its own id, date, title, services and a few paragraphs of prose, in {@code YYYY/MM/} folders. A
 * known share carries one realistic defect (listed in {@code MANIFEST.tsv}). Deterministic: the
 * same seed and N give the same bytes ({@link Random} is specified to the bit).
 *
 * <pre>java -cp target/test-classes dev.pm.bench.CorpusGenerator OUT_DIR N [SEED] [DEFECT_SHARE]
 * </pre>
 */
public final class CorpusGenerator {

  static final List<String> TEMPLATES =
      List.of("standard", "blameless", "sre", "review", "comprehensive");
  private static final Path EXAMPLES = Path.of("src/test/resources/lint/clean");
  private static final Pattern ID = Pattern.compile("(?m)^id: (\\S+)$");
  private static final Pattern TITLE = Pattern.compile("(?m)^title: (.+)$");
  private static final Pattern DATE = Pattern.compile("(?m)^date: (\\S+)$");
  private static final String[] SERVICES = {
    "checkout-api",
    "search",
    "payments",
    "auth",
    "publishing",
    "billing",
    "edge-proxy",
    "queue",
    "notifications",
    "reports"
  };
  private static final String[] SYMPTOMS = {
    "returned 502s",
    "timed out",
    "served stale data",
    "dropped messages",
    "lost writes",
    "ran out of connections",
    "degraded latency",
    "failed health checks"
  };
  private static final String[] WORDS =
      ("the a deploy rollback alert pager on-call latency error rate database connection pool cache "
              + "queue worker region traffic retry timeout config flag customer request dashboard metric threshold replica leader "
              + "failover disk memory CPU saturation incident mitigation runbook owner review escalation capacity load balancer "
              + "certificate DNS release canary budget SLO")
          .split(" ");

  /** The defects, each one a rule pm reports; the share of documents with one is a parameter. */
  enum Defect {
    NONE,
    STATUS_SPELLING,
    SLASHED_DATE,
    MISSING_SECTION,
    PLACEHOLDER
  }

  private CorpusGenerator() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: CorpusGenerator OUT_DIR N [SEED] [DEFECT_SHARE]");
      System.exit(2);
    }
    Path out = Path.of(args[0]);
    int n = Integer.parseInt(args[1]);
    long seed = args.length > 2 ? Long.parseLong(args[2]) : 20261123L;
    double share = args.length > 3 ? Double.parseDouble(args[3]) : 0.1;
    Map<String, Integer> defects = write(out, n, seed, share);
    System.err.println("wrote " + n + " post-mortems to " + out + " (defects: " + defects + ")");
  }

  static Map<String, Integer> write(Path out, int n, long seed, double share) throws IOException {
    Map<String, String> examples = new LinkedHashMap<>();
    for (String t : TEMPLATES) {
      examples.put(t, Files.readString(EXAMPLES.resolve(t + ".md")));
    }
    Random random = new Random(seed);
    Map<LocalDate, Integer> perDay = new HashMap<>();
    Map<String, Integer> counts = new LinkedHashMap<>();
    List<String> manifest = new ArrayList<>(List.of("file\ttemplate\tdefect"));
    for (int i = 0; i < n; i++) {
      String template = TEMPLATES.get(i % TEMPLATES.size());
      LocalDate date = LocalDate.of(2020, 1, 1).plusDays(random.nextInt(6 * 365));
      int number = perDay.merge(date, 1, Integer::sum);
      String id = "INC-" + date + "-" + String.format("%02d", number);
      String service = SERVICES[random.nextInt(SERVICES.length)];
      String title = capitalise(service) + " " + SYMPTOMS[random.nextInt(SYMPTOMS.length)];
      Defect defect =
          random.nextDouble() < share
              ? Defect.values()[1 + random.nextInt(Defect.values().length - 1)]
              : Defect.NONE;
      String clean = document(examples.get(template), id, date, title, service, random);
      String text = inject(clean, date, defect);
      if (text.equals(clean)) {
        defect = Defect.NONE; // this template has nothing the defect could change
      }
      String name =
          date
              + "-"
              + title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
              + "-"
              + String.format("%02d", number)
              + ".md";
      Path file =
          out.resolve(String.valueOf(date.getYear()))
              .resolve(String.format("%02d", date.getMonthValue()))
              .resolve(name);
      Files.createDirectories(file.getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
      manifest.add(
          out.relativize(file) + "\t" + template + "\t" + defect.name().toLowerCase(Locale.ROOT));
      counts.merge(defect.name().toLowerCase(Locale.ROOT), 1, Integer::sum);
    }
    Files.write(out.resolve("MANIFEST.tsv"), manifest, StandardCharsets.UTF_8);
    return counts;
  }

  private static String document(
      String example, String id, LocalDate date, String title, String service, Random random) {
    String text =
        example
            .replace(first(ID, example), id)
            .replace(first(TITLE, example), title)
            .replace(first(DATE, example), date.toString())
            .replaceFirst(
                "(?m)^services:\\n(  - .*\\n)+",
                Matcher.quoteReplacement("services:\n  - " + service + "\n"));
    StringBuilder prose = new StringBuilder("\n");
    int paragraphs = 1 + random.nextInt(3);
    for (int p = 0; p < paragraphs; p++) {
      prose.append(sentences(random, 4 + random.nextInt(10))).append("\n\n");
    }
    return text.stripTrailing() + "\n" + prose;
  }

  private static String inject(String text, LocalDate date, Defect defect) {
    return switch (defect) {
      case NONE -> text;
      case STATUS_SPELLING -> text.replaceFirst("\\| Done \\|", "| done |");
      case SLASHED_DATE ->
          text.replaceFirst(
              "(?m)^date: .*$",
              "date: " + date.getYear() + "/" + date.getMonthValue() + "/" + date.getDayOfMonth());
      case MISSING_SECTION -> text.replaceFirst("(?m)^## (?!.*Action).*\\n(?=\\n)", "");
      case PLACEHOLDER -> text + "[Describe the customer impact here]\n";
    };
  }

  private static String sentences(Random random, int count) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < count; i++) {
      int words = 8 + random.nextInt(14);
      for (int w = 0; w < words; w++) {
        String word = WORDS[random.nextInt(WORDS.length)];
        s.append(w == 0 ? capitalise(word) : word).append(w == words - 1 ? ". " : " ");
      }
    }
    return s.toString().strip();
  }

  private static String first(Pattern pattern, String text) {
    Matcher m = pattern.matcher(text);
    if (!m.find()) {
      throw new IllegalStateException("example lacks " + pattern);
    }
    return m.group(1);
  }

  private static String capitalise(String word) {
    return Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }
}
