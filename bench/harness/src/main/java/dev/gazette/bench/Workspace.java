package dev.gazette.bench;

import dev.gazette.Gazette;
import dev.gazette.GazetteConfig;
import dev.gazette.bench.corpus.Corpus;
import dev.gazette.bench.engine.GazetteIndexer;
import dev.gazette.bench.lucene.RawIndexer;
import dev.gazette.bench.lucene.Reorderer;
import dev.gazette.store.DataFolder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The cache folder: indexes of each corpus built once (merged to one segment) and reused by the
 * suites that only search them. A cached Gazette index is rebuilt when Gazette's core changed since
 * it was built, so a search benchmark never runs on an index an older core wrote.
 */
public final class Workspace {
  private final Path root;
  private final GazetteConfig config;

  /** A workspace in {@code root}. */
  public Workspace(Path root, GazetteConfig config) {
    this.root = root;
    this.config = config;
  }

  /** The configuration every Gazette index here uses. */
  public GazetteConfig config() {
    return config;
  }

  /** A fresh empty folder named {@code name}, deleting what was there. */
  public Path scratch(String name) throws IOException {
    Path dir = root.resolve("scratch").resolve(name);
    delete(dir);
    return Files.createDirectories(dir);
  }

  /** The folder {@code name} under the cache, created if needed. */
  public Path dir(String name) throws IOException {
    return Files.createDirectories(root.resolve(name));
  }

  /** The data folder of a merged Gazette index of {@code corpus}, built when missing or stale. */
  public Path gazette(Corpus corpus) throws IOException {
    Path data = root.resolve(corpus.name()).resolve("gazette");
    Path stamp = data.resolveSibling("gazette.stamp");
    String wanted = coreStamp();
    boolean fresh = Files.exists(stamp) && Files.readString(stamp).equals(wanted);
    if (!fresh || liveIndex(data) == null) {
      delete(data);
      Files.deleteIfExists(stamp);
      System.err.println("building the Gazette index of " + corpus.name() + " (" + corpus.size() + " articles)");
      new GazetteIndexer(config).index(corpus, data, 2, true);
      Files.writeString(stamp, wanted);
    }
    return data;
  }

  /** Records that {@code data}, just built by a benchmark, is a merged Gazette index of {@code corpus}. */
  public Path adoptGazette(Corpus corpus, Path data) throws IOException {
    return adopt(corpus, data, "gazette", "gazette.stamp", coreStamp());
  }

  /** A merged raw-Lucene index of {@code corpus}, built when missing. */
  public Path raw(Corpus corpus) throws IOException {
    Path dir = root.resolve(corpus.name()).resolve("raw");
    Path done = dir.resolveSibling("raw.done");
    if (!Files.exists(done)) {
      delete(dir);
      Files.deleteIfExists(dir.resolveSibling("raw-bp.done"));
      System.err.println("building the raw Lucene index of " + corpus.name() + " (" + corpus.size() + " articles)");
      new RawIndexer().index(corpus, Files.createDirectories(dir), 2, new RawIndexer.Extracted(), true);
      Files.writeString(done, "merged");
    }
    return dir;
  }

  /** A copy of the merged raw-Lucene index of {@code corpus} with its documents reordered by graph bisection. */
  public Path rawReordered(Corpus corpus) throws IOException {
    Path dir = root.resolve(corpus.name()).resolve("raw-bp");
    Path done = dir.resolveSibling("raw-bp.done");
    if (!Files.exists(done)) {
      delete(dir);
      System.err.println("reordering the raw Lucene index of " + corpus.name());
      Reorderer.reorder(raw(corpus), Files.createDirectories(dir));
      Files.writeString(done, "reordered");
    }
    return dir;
  }

  /** Records that {@code dir}, just built by a benchmark, is a merged raw index of {@code corpus}. */
  public Path adoptRaw(Corpus corpus, Path dir) throws IOException {
    return adopt(corpus, dir, "raw", "raw.done", "merged");
  }

  private Path adopt(Corpus corpus, Path built, String name, String marker, String content) throws IOException {
    Files.deleteIfExists(root.resolve(corpus.name()).resolve("raw-bp.done"));
    Path target = root.resolve(corpus.name()).resolve(name);
    delete(target);
    Files.createDirectories(target.getParent());
    Files.move(built, target);
    Files.writeString(target.resolveSibling(marker), content);
    return target;
  }

  /** The live index folder of the data folder {@code data}, or {@code null}. */
  public Path liveIndex(Path data) {
    if (!Files.isDirectory(data)) {
      return null;
    }
    try (DataFolder folder = DataFolder.open(data, config)) {
      return folder.liveIndexDir();
    }
  }

  /** Deletes {@code dir} and everything in it. */
  public static void delete(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    }
  }

  /** The size of the files under {@code dir}, in bytes. */
  public static long size(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
    }
  }

  /** A digest of Gazette core's classes and resources, to tell whether a cached index was written by this core. */
  static String coreStamp() {
    try {
      Path source = Path.of(Gazette.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      if (Files.isRegularFile(source)) {
        try (ZipFile jar = new ZipFile(source.toFile())) {
          for (ZipEntry entry : jar.stream().filter(e -> !e.isDirectory() && !e.getName().startsWith("META-INF"))
              .sorted(Comparator.comparing(ZipEntry::getName)).toList()) {
            digest.update(entry.getName().getBytes());
            try (InputStream in = jar.getInputStream(entry)) {
              digest.update(in.readAllBytes());
            }
          }
        }
      } else {
        try (Stream<Path> walk = Files.walk(source)) {
          for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
            digest.update(source.relativize(file).toString().getBytes());
            digest.update(Files.readAllBytes(file));
          }
        }
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException | NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
