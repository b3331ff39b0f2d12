package dev.gazette.server;

import dev.gazette.store.DataFolder;

/** What the server does with its data folder before it reports ready (for {@code ./gazette serve}: index the seeds). */
@FunctionalInterface
interface Startup {

  /** Prepares {@code data}; runs on a background thread while the server already answers {@code /health}. */
  void prepare(DataFolder data);
}
