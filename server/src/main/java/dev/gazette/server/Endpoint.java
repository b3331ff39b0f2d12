package dev.gazette.server;

/** One operation of the API: turns a {@link Call} into a {@link Reply}, or throws {@link ApiException}. */
@FunctionalInterface
interface Endpoint {

  /** Answers {@code call}; runs on a {@link Lane}'s thread, so it may block, unless routed on the I/O thread. */
  Reply handle(Call call);
}
