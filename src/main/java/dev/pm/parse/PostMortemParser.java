package dev.pm.parse;

import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.pm.model.FrontMatter;
import dev.pm.model.FrontMatterField;
import dev.pm.model.Location;
import dev.pm.model.ParseProblem;
import dev.pm.model.PostMortem;
import dev.pm.model.Section;
import dev.pm.model.SourceFile;
import dev.pm.text.LineIndex;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a post-mortem file into the model: bytes, decoding, front matter, Markdown. One instance is
 * shared by all threads (flexmark's {@link Parser} is thread-safe; a SnakeYAML instance is made per
 * call). Never throws for anything a file contains: problems end up in {@link
 * PostMortem#problems()}.
 *
 * <p>Call it on a thread with a large stack (see {@link ParseWorkers}): flexmark recurses on nested
 * emphasis and block quotes.
 */
public final class PostMortemParser {

  private final Parser markdown;
  private final ParseLimits limits;

  public PostMortemParser(ParseLimits limits) {
    this.limits = limits;
    MutableDataSet options = new MutableDataSet();
    options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), TaskListExtension.create()));
    // GFM accepts one dash per separator column; flexmark's default of 3 drops real tables.
    options.set(TablesExtension.MIN_SEPARATOR_DASHES, 1);
    // Ragged rows must reach the table rules as written, not padded or cut.
    options.set(TablesExtension.APPEND_MISSING_COLUMNS, false);
    options.set(TablesExtension.DISCARD_EXTRA_COLUMNS, false);
    options.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, false);
    options.set(TablesExtension.COLUMN_SPANS, false);
    this.markdown = Parser.builder(options).build();
  }

  public ParseLimits limits() {
    return limits;
  }

  /**
   * Reads and parses a file; an unreadable, undecodable or oversized file is a problem, not an
   * exception.
   */
  public PostMortem read(Path path, String displayPath) {
    SourceFile empty = new SourceFile(path, displayPath, "");
    try {
      if (!Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(path)) {
        return unreadable(empty, "not a regular file");
      }
      long size = Files.size(path);
      if (size > limits.maxFileBytes()) {
        return unreadable(
            empty,
            "file is "
                + size
                + " bytes; the limit is "
                + limits.maxFileBytes()
                + " bytes (raise limits.maxFileSize in .pm.yaml)");
      }
      return decode(Files.readAllBytes(path), path, displayPath);
    } catch (IOException | SecurityException e) {
      return unreadable(empty, "cannot read file: " + describe(e));
    }
  }

  /**
   * Decodes and parses bytes read elsewhere (standard input, for {@code pm lint -}) as the file
   * {@code path} would be; the caller has kept them within {@link ParseLimits#maxFileBytes()}.
   */
  public PostMortem decode(byte[] bytes, Path path, String displayPath) {
    SourceDecoder.Result decoded = SourceDecoder.decode(bytes);
    if (!decoded.ok()) {
      return PostMortem.unreadable(
          new SourceFile(path, displayPath, ""),
          new ParseProblem(
              ParseProblem.Kind.UNREADABLE,
              new Location(decoded.errorLine(), decoded.errorColumn()),
              decoded.error()));
    }
    return parse(new SourceFile(path, displayPath, decoded.text()));
  }

  /** Parses text already in memory. */
  public PostMortem parse(SourceFile source) {
    String text = source.text();
    LineIndex lines = new LineIndex(text);
    List<ParseProblem> problems = new ArrayList<>();
    Optional<FrontMatter> frontMatter = Optional.empty();
    String body = text;
    FrontMatterBlock block = FrontMatterBlock.find(text);
    if (block != null && !block.closed()) {
      problems.add(
          new ParseProblem(
              ParseProblem.Kind.FRONT_MATTER,
              Location.START,
              "front matter opened on line 1 is never closed with \"---\""));
    } else if (block != null) {
      Map<String, FrontMatterField> fields = Map.of();
      boolean markdown = false;
      if (block.syntax() == FrontMatter.Syntax.YAML) {
        String content = text.substring(block.contentStart(), block.contentEnd());
        FrontMatterYaml.Read outcome =
            FrontMatterYaml.read(content, block.firstContentLine(), limits.maxFrontMatterBytes());
        fields = outcome.fields();
        markdown = !outcome.problems().isEmpty() && MarkdownNotYaml.reads(content);
        if (!markdown) {
          problems.addAll(outcome.problems());
        }
      }
      if (!markdown) {
        frontMatter =
            Optional.of(
                new FrontMatter(block.syntax(), Location.START, block.closingLine(), fields));
        body = blankOut(text, block.end());
      }
    }
    dev.pm.work.CpuBudget budget = dev.pm.work.CpuBudget.start(limits.parseTimeout());
    Optional<FrontMatter> front = frontMatter;
    String markdownBody = body;
    java.util.function.Supplier<PostMortem> build =
        () -> {
          Document document =
              markdown.parse(BasedSequence.of(new DeadlineCharSequence(markdownBody, budget)));
          ModelBuilder builder = new ModelBuilder(text, lines, markdown);
          Section root = builder.build(document);
          return new PostMortem(
              source,
              front,
              root,
              builder.comments(),
              builder.references(),
              problems,
              lines.lineCount());
        };
    boolean gated = false;
    try {
      gated = LargeFileGate.enter(markdownBody.length());
      try {
        return build.get();
      } catch (StackOverflowError e) {
        // Too deep for this thread's small stack: once more on the one shared big stack.
        return DeepStack.call(build);
      }
    } catch (StackOverflowError e) {
      return unreadable(source, "Markdown nests too deeply to parse");
    } catch (DeadlineCharSequence.DeadlineExceeded | InterruptedException e) {
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      return unreadable(
          source,
          "parsing took longer than "
              + limits.parseTimeout().toMillis() / 1000.0
              + " s (raise limits.parseTimeout in .pm.yaml)");
    } finally {
      if (gated) {
        LargeFileGate.leave();
      }
    }
  }

  /**
   * Replaces the front matter with spaces so that flexmark's offsets stay the file's offsets: one
   * {@link LineIndex} serves both, and positions cannot drift.
   */
  private static String blankOut(String text, int end) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < end; i++) {
      char c = text.charAt(i);
      out.append(c == '\n' || c == '\r' ? c : ' ');
    }
    out.append(text, end, text.length());
    return out.toString();
  }

  static PostMortem unreadable(SourceFile source, String message) {
    return PostMortem.unreadable(
        source, new ParseProblem(ParseProblem.Kind.UNREADABLE, Location.START, message));
  }

  private static String describe(Exception e) {
    // The file's path is already the diagnostic's location; say what went wrong in words.
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "no such file (removed while pm ran?)";
    }
    String message = e.getMessage();
    String kind = e.getClass().getSimpleName();
    return message == null ? kind : kind + ": " + message;
  }
}
