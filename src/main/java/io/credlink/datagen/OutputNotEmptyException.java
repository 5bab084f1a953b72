package io.credlink.datagen;

import java.nio.file.Path;

/** The output directory holds files and overwriting was not asked for. */
public class OutputNotEmptyException extends RuntimeException {

    public OutputNotEmptyException(Path dir) {
        super("output directory is not empty: " + dir + " (use --force to write into it)");
    }
}
