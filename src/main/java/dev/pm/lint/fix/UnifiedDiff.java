package dev.pm.lint.fix;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import java.util.List;

/** The {@code git diff}-style text of what a fix would change, for {@code --fix-dry-run}. */
public final class UnifiedDiff {

  private static final int CONTEXT_LINES = 3;

  private UnifiedDiff() {}

  public static List<String> of(FixRun.FileFix fix) {
    List<String> before = fix.before().lines().toList();
    List<String> after = fix.after().lines().toList();
    String name = fix.file().displayPath();
    return UnifiedDiffUtils.generateUnifiedDiff(
        "a/" + name, "b/" + name, before, DiffUtils.diff(before, after), CONTEXT_LINES);
  }
}
