package dev.pm.io;

import java.nio.file.Path;

/** A file to check, and the path to show for it. */
public record InputFile(Path path, String displayPath) {}
