package dev.pm.renumber;

import dev.pm.io.AtomicFiles;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Carries out a {@link RenumberPlan}: the references first, then the post-mortem (rewritten, then
 * renamed without ever replacing another file) last. In that order a run killed at any step leaves
 * a state the plan recognises, and running {@code pm renumber OLD NEW} again finishes the job: the
 * references not yet rewritten still hold OLD, and a post-mortem that already has NEW but still
 * carries OLD in its name is only renamed. Every rewrite is atomic and refused if the file changed
 * since the plan read it.
 */
public final class RenumberRun {

  private RenumberRun() {}

  /**
   * Writes the plan's changes and returns one line per change made, for the user; read-only files
   * are rewritten only when {@code readOnly} says so ({@code --force}).
   */
  public static List<String> apply(RenumberPlan plan, AtomicFiles.ReadOnlyFiles readOnly)
      throws IOException {
    return apply(plan, Integer.MAX_VALUE, readOnly);
  }

  /** Does the first {@code steps} writes only: what a run killed after them leaves (for tests). */
  static List<String> apply(RenumberPlan plan, int steps) throws IOException {
    return apply(plan, steps, AtomicFiles.ReadOnlyFiles.REFUSE);
  }

  private static List<String> apply(
      RenumberPlan plan, int steps, AtomicFiles.ReadOnlyFiles readOnly) throws IOException {
    List<String> done = new ArrayList<>();
    for (RenumberPlan.Edit reference : plan.references()) {
      if (done.size() == steps) {
        return done;
      }
      AtomicFiles.rewrite(reference.file().path(), reference.read(), reference.newText(), readOnly);
      done.add(describe(reference, plan));
    }
    RenumberPlan.Edit target = plan.target();
    if (target.occurrences() > 0) {
      if (done.size() == steps) {
        return done;
      }
      AtomicFiles.rewrite(target.file().path(), target.read(), target.newText(), readOnly);
      done.add(describe(target, plan));
    }
    if (plan.renameTo().isPresent() && done.size() < steps) {
      renameWithoutReplacing(target.file().path(), plan.renameTo().get());
      done.add(
          "renamed " + target.file().displayPath() + " to " + plan.renameTo().get().getFileName());
    }
    return done;
  }

  /** What {@link #apply} would do, without doing it. */
  public static List<String> describe(RenumberPlan plan) {
    List<String> lines = new ArrayList<>();
    plan.references().forEach(r -> lines.add(describe(r, plan)));
    if (plan.target().occurrences() > 0) {
      lines.add(describe(plan.target(), plan));
    }
    plan.renameTo()
        .ifPresent(
            to ->
                lines.add(
                    "renamed " + plan.target().file().displayPath() + " to " + to.getFileName()));
    return lines;
  }

  private static String describe(RenumberPlan.Edit edit, RenumberPlan plan) {
    return edit.file().displayPath()
        + ": "
        + plan.oldId()
        + " → "
        + plan.newId()
        + " ("
        + edit.occurrences()
        + (edit.occurrences() == 1 ? " place" : " places")
        + ")";
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
