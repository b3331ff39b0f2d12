package dev.gazette.parse;

import java.nio.file.Path;

/**
 * A file being read.
 *
 * @param path where it is, as reported in rejections
 * @param name its path relative to the folder being read ({@code /}-separated; the file name when a
 *     single file is read), used to make ids for records that have none
 */
record SourceFile(Path path, String name) {}
