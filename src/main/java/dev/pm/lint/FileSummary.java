package dev.pm.lint;

import dev.pm.model.Location;
import java.util.Optional;

/**
 * What cross-file rules need of a file, kept after its parse tree is dropped.
 *
 * @param path the file on disk, absolute (to tell it from the same file at another git ref)
 * @param incidentId the front matter {@code id}, with where it stands
 */
public record FileSummary(
    String file, java.nio.file.Path path, Optional<String> incidentId, Location idAt) {}
