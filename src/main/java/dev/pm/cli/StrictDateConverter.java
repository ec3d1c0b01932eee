package dev.pm.cli;

import dev.pm.parse.Dates;
import java.time.LocalDate;
import picocli.CommandLine;

/** Dates on the command line are as strict as in documents: {@code 2026-02-30} is refused. */
final class StrictDateConverter implements CommandLine.ITypeConverter<LocalDate> {
  @Override
  public LocalDate convert(String value) {
    return Dates.parse(value)
        .orElseThrow(
            () ->
                new CommandLine.TypeConversionException(
                    "'" + value + "' is " + Dates.problem(value)));
  }
}
