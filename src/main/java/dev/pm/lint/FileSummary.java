package dev.pm.lint;

import dev.pm.model.Location;
import java.util.Optional;

/**
 * What cross-file rules need of a file, kept after its parse tree is dropped.
 *
 * @param incidentId the front matter {@code id}, with where it stands
 */
public record FileSummary(String file, Optional<String> incidentId, Location idAt) {}
