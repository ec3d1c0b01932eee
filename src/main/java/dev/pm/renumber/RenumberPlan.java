package dev.pm.renumber;

import dev.pm.error.UserError;
import dev.pm.io.InputFile;
import dev.pm.parse.IncidentIdReader;
import dev.pm.parse.SourceDecoder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What {@code pm renumber OLD NEW} will do, worked out completely before anything is written: the
 * post-mortem that has OLD (its front matter, body and, if its name carries the id, its file name)
 * and the references to OLD in other post-mortems. Everything that would make it unsafe (NEW
 * already taken, OLD unknown or ambiguous, a file pm cannot rewrite, a name already taken) is
 * refused here, as a {@link UserError}, so a refused renumber changes nothing.
 */
public final class RenumberPlan {

  /**
   * One file to rewrite: its bytes as read (to refuse it if it changes meanwhile) and its new text.
   */
  // The bytes are the file as read, compared with the file again before it is rewritten; an Edit
  // is never compared or hashed, so a record's array equality is no trap here.
  @SuppressWarnings("ArrayRecordComponent")
  public record Edit(InputFile file, byte[] read, String newText, int occurrences) {}

  private final String oldId;
  private final String newId;
  private final Edit target;
  private final Optional<Path> renameTo;
  private final List<Edit> references;
  private final List<String> notes;

  private RenumberPlan(
      String oldId,
      String newId,
      Edit target,
      Optional<Path> renameTo,
      List<Edit> references,
      List<String> notes) {
    this.oldId = oldId;
    this.newId = newId;
    this.target = target;
    this.renameTo = renameTo;
    this.references = references;
    this.notes = notes;
  }

  public String oldId() {
    return oldId;
  }

  public String newId() {
    return newId;
  }

  public Edit target() {
    return target;
  }

  public Optional<Path> renameTo() {
    return renameTo;
  }

  public List<Edit> references() {
    return references;
  }

  /** Things the user should know that are not errors (references left alone, and why). */
  public List<String> notes() {
    return notes;
  }

  /**
   * Plans renaming incident id OLD to NEW: the file that carries it and every reference to it.
   *
   * @param files every post-mortem of the project
   * @param only the file to renumber when several carry OLD (after a merge), else empty
   */
  public static RenumberPlan make(
      String oldId, String newId, List<InputFile> files, Optional<Path> only) {
    requireId("OLD", oldId);
    requireId("NEW", newId);
    if (oldId.strip().equalsIgnoreCase(newId.strip())) {
      throw new UserError("OLD and NEW are the same id");
    }
    List<Read> all = new ArrayList<>();
    for (InputFile file : files) {
      all.add(Read.of(file));
    }
    String oldKey = oldId.strip().toUpperCase(Locale.ROOT);
    String newKey = newId.strip().toUpperCase(Locale.ROOT);
    Optional<RenumberPlan> unfinished = unfinished(oldId, newId, all, oldKey, newKey, only);
    if (unfinished.isPresent()) {
      return unfinished.get();
    }
    for (Read r : all) {
      if (r.id.map(id -> id.toUpperCase(Locale.ROOT)).filter(newKey::equals).isPresent()) {
        throw new UserError(newId + " is already the id of " + r.file.displayPath());
      }
    }
    List<Read> owners =
        all.stream()
            .filter(
                r -> r.id.map(id -> id.toUpperCase(Locale.ROOT)).filter(oldKey::equals).isPresent())
            .toList();
    if (only.isPresent()) {
      Path wanted = only.get().toAbsolutePath().normalize();
      owners =
          owners.stream()
              .filter(r -> r.file.path().toAbsolutePath().normalize().equals(wanted))
              .toList();
      if (owners.isEmpty()) {
        throw new UserError(only.get() + " does not have the id " + oldId);
      }
    }
    if (owners.isEmpty()) {
      throw new UserError("no post-mortem has the id " + oldId);
    }
    if (owners.size() > 1) {
      throw new UserError(
          oldId
              + " is the id of "
              + owners.size()
              + " post-mortems ("
              + String.join(", ", owners.stream().map(r -> r.file.displayPath()).toList())
              + "); choose one with --file");
    }
    Read owner = owners.get(0);
    owner.requireRewritable();
    IdOccurrences occurrences = new IdOccurrences(oldId.strip());
    String strippedNew = newId.strip();
    Edit target =
        new Edit(
            owner.file,
            owner.bytes,
            occurrences.replace(owner.text, strippedNew),
            occurrences.count(owner.text));

    Optional<Path> renameTo = Optional.empty();
    String name = owner.file.path().getFileName().toString();
    if (occurrences.count(name) > 0) {
      Path renamed = owner.file.path().resolveSibling(occurrences.replace(name, strippedNew));
      if (Files.exists(renamed)) {
        throw new UserError(
            "cannot rename "
                + owner.file.displayPath()
                + ": "
                + renamed.getFileName()
                + " already exists");
      }
      renameTo = Optional.of(renamed);
    }

    List<Edit> references = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    boolean oldStaysInUse =
        all.stream()
            .anyMatch(
                r ->
                    !r.file.equals(owner.file)
                        && r.id
                            .map(id -> id.toUpperCase(Locale.ROOT))
                            .filter(oldKey::equals)
                            .isPresent());
    for (Read r : all) {
      if (r.file.equals(owner.file)) {
        continue;
      }
      if (r.text == null) {
        // A file pm will not rewrite must not hold a reference that would silently go stale.
        if (r.bytes != null
            && occurrences.count(new String(r.bytes, java.nio.charset.StandardCharsets.ISO_8859_1))
                > 0) {
          r.requireRewritable();
        }
        continue;
      }
      int n = occurrences.count(r.text);
      if (n == 0) {
        continue;
      }
      if (oldStaysInUse) {
        notes.add(
            "left "
                + n
                + " reference"
                + (n == 1 ? "" : "s")
                + " to "
                + oldId
                + " in "
                + r.file.displayPath()
                + ": another post-mortem keeps that id");
        continue;
      }
      r.requireRewritable();
      references.add(new Edit(r.file, r.bytes, occurrences.replace(r.text, strippedNew), n));
    }
    return new RenumberPlan(oldId.strip(), strippedNew, target, renameTo, references, notes);
  }

  /**
   * A renumber killed between rewriting the post-mortem and renaming it: no file has OLD, one has
   * NEW and still carries OLD in its name. The rest is the rename (and any reference still holding
   * OLD).
   */
  private static Optional<RenumberPlan> unfinished(
      String oldId,
      String newId,
      List<Read> all,
      String oldKey,
      String newKey,
      Optional<Path> only) {
    if (only.isPresent() || all.stream().anyMatch(r -> idIs(r, oldKey))) {
      return Optional.empty();
    }
    IdOccurrences occurrences = new IdOccurrences(oldId.strip());
    List<Read> renamed =
        all.stream()
            .filter(
                r ->
                    idIs(r, newKey)
                        && occurrences.count(r.file.path().getFileName().toString()) > 0)
            .toList();
    if (renamed.size() != 1) {
      return Optional.empty();
    }
    Read owner = renamed.get(0);
    owner.requireRewritable();
    Path to =
        owner
            .file
            .path()
            .resolveSibling(
                occurrences.replace(owner.file.path().getFileName().toString(), newId.strip()));
    if (Files.exists(to)) {
      throw new UserError(
          "cannot rename "
              + owner.file.displayPath()
              + ": "
              + to.getFileName()
              + " already exists");
    }
    List<Edit> references = new ArrayList<>();
    for (Read r : all) {
      if (!r.file.equals(owner.file) && r.text != null && occurrences.count(r.text) > 0) {
        references.add(
            new Edit(
                r.file,
                r.bytes,
                occurrences.replace(r.text, newId.strip()),
                occurrences.count(r.text)));
      }
    }
    return Optional.of(
        new RenumberPlan(
            oldId.strip(),
            newId.strip(),
            new Edit(owner.file, owner.bytes, owner.text, 0),
            Optional.of(to),
            references,
            List.of(
                "finishing a renumber that was interrupted: "
                    + owner.file.displayPath()
                    + " already has "
                    + newId.strip())));
  }

  private static boolean idIs(Read r, String key) {
    return r.id.map(id -> id.toUpperCase(Locale.ROOT)).filter(key::equals).isPresent();
  }

  private static void requireId(String what, String id) {
    if (id == null
        || id.isBlank()
        || id.strip()
            .chars()
            .anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
      throw new UserError(what + " must be an incident id without spaces, e.g. INC-2026-03-14-02");
    }
  }

  /** A post-mortem as read: its bytes, its text when it is UTF-8, and its front matter id. */
  // Never compared or hashed (see Edit); the bytes are kept to write back unchanged parts.
  @SuppressWarnings("ArrayRecordComponent")
  private record Read(
      InputFile file, byte[] bytes, String text, Optional<String> id, String problem) {

    static Read of(InputFile file) {
      byte[] bytes;
      try {
        bytes = Files.readAllBytes(file.path());
      } catch (IOException | SecurityException e) {
        return new Read(file, null, null, Optional.empty(), "cannot read it: " + e.getMessage());
      }
      // Plain UTF-8 only: renumbering is rare enough that a BOM or UTF-16 file is the user's to
      // edit.
      boolean plain = SourceDecoder.encodingOf(bytes) == SourceDecoder.Encoding.UTF_8;
      SourceDecoder.Result decoded = SourceDecoder.decode(bytes);
      if (!plain || !decoded.ok()) {
        return new Read(
            file,
            bytes,
            null,
            Optional.empty(),
            !plain ? "it is not plain UTF-8" : decoded.error());
      }
      return new Read(file, bytes, decoded.text(), IncidentIdReader.inText(decoded.text()), null);
    }

    void requireRewritable() {
      if (text == null) {
        throw new UserError(
            "cannot renumber in " + file.displayPath() + ": " + problem + "; nothing was changed");
      }
    }
  }
}
