package dev.pm.template;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What {@code pm new} was asked for, before validation against the template.
 *
 * @param directory where to write (created if missing)
 * @param idPrefix the configured id prefix ({@code INC})
 * @param force overwrite an existing file of the same name
 */
public record NewRequest(
    String title,
    String template,
    Optional<String> severity,
    Optional<String> status,
    LocalDate date,
    Optional<String> id,
    List<String> authors,
    List<String> services,
    Path directory,
    String idPrefix,
    boolean force) {

  public NewRequest {
    authors = List.copyOf(authors);
    services = List.copyOf(services);
  }
}
