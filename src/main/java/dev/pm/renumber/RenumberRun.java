package dev.pm.renumber;

import dev.pm.io.AtomicFiles;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Carries out a {@link RenumberPlan}: the post-mortem first (rewritten, then renamed without ever
 * replacing another file), then the references. Every rewrite is atomic and refused if the file
 * changed since the plan read it.
 */
public final class RenumberRun {

  private RenumberRun() {}

  /** @return one line per change made, for the user */
  public static List<String> apply(RenumberPlan plan) throws IOException {
    List<String> done = new ArrayList<>();
    RenumberPlan.Edit target = plan.target();
    AtomicFiles.rewrite(target.file().path(), target.read(), target.newText());
    done.add(describe(target, plan));
    if (plan.renameTo().isPresent()) {
      renameWithoutReplacing(target.file().path(), plan.renameTo().get());
      done.add("renamed " + target.file().displayPath() + " to " + plan.renameTo().get().getFileName());
    }
    for (RenumberPlan.Edit reference : plan.references()) {
      AtomicFiles.rewrite(reference.file().path(), reference.read(), reference.newText());
      done.add(describe(reference, plan));
    }
    return done;
  }

  /** What {@link #apply} would do, without doing it. */
  public static List<String> describe(RenumberPlan plan) {
    List<String> lines = new ArrayList<>();
    lines.add(describe(plan.target(), plan));
    plan.renameTo().ifPresent(to -> lines.add("renamed " + plan.target().file().displayPath() + " to " + to.getFileName()));
    plan.references().forEach(r -> lines.add(describe(r, plan)));
    return lines;
  }

  private static String describe(RenumberPlan.Edit edit, RenumberPlan plan) {
    return edit.file().displayPath() + ": " + plan.oldId() + " → " + plan.newId() + " (" + edit.occurrences()
        + (edit.occurrences() == 1 ? " place" : " places") + ")";
  }

  /** A hard link then an unlink: the new name is taken atomically or not at all. */
  private static void renameWithoutReplacing(Path from, Path to) throws IOException {
    try {
      Files.createLink(to, from);
      Files.delete(from);
    } catch (FileAlreadyExistsException e) {
      throw e;
    } catch (UnsupportedOperationException | IOException e) {
      if (Files.exists(to)) {
        throw new FileAlreadyExistsException(to.toString());
      }
      Files.move(from, to);
    }
  }
}
