package dev.pm.read;

import dev.pm.model.ListBlock;
import dev.pm.model.ListItem;
import dev.pm.model.Paragraph;
import java.util.regex.Pattern;

/**
 * A list that only details the sentence introducing it, so its entries are not items: the names a
 * sentence enumerates ("... to point the following subdomains to S3:" over "- staticshare"), or the
 * clauses of a standing rule broken into bullets ("For any construct adopted by the core library:"
 * over "- assign its feature to ...;"). A person reads one sentence there, not a list of work.
 */
final class DetailLists {

  /** One bare name: no spaces, not a link or a ticket, which are items of their own. */
  private static final Pattern NAME = Pattern.compile("^[\\p{L}\\p{N}_.@/-]{2,60}$");

  private static final Pattern LINK = Pattern.compile("(?i)https?://|^#\\d|^[A-Z]+-\\d");

  /** "For any ...", "For every ...", "Whenever ...": a rule for all future cases, not a task. */
  private static final Pattern UNIVERSAL =
      Pattern.compile(
          "(?iu)^(?:for (?:any|every|each|all)|whenever|für (?:jede[nsr]?|alle)|pour (?:tout|chaque)|para (?:cada|todo))\\b");

  private DetailLists() {}

  /** True when {@code list}, right after {@code intro}, only details what {@code intro} says. */
  static boolean details(Paragraph intro, ListBlock list) {
    String lead = intro.text().strip();
    if (!lead.endsWith(":") || list.items().isEmpty()) {
      return false;
    }
    boolean names = true;
    boolean clauses = true;
    for (int i = 0; i < list.items().size(); i++) {
      ListItem item = list.items().get(i);
      String text = item.text().strip();
      names &=
          item.task() == ListItem.TaskState.NONE
              && NAME.matcher(text).matches()
              && !LINK.matcher(text).find()
              && item.links().isEmpty();
      clauses &=
          item.task() == ListItem.TaskState.NONE
              && !text.isEmpty()
              && Character.isLowerCase(text.charAt(0))
              && (i == list.items().size() - 1 || text.endsWith(";") || text.endsWith(","));
    }
    return names || (clauses && UNIVERSAL.matcher(lead).find());
  }
}
