package dev.gazette.server;

/** One operation of the API: turns a {@link Call} into a {@link Reply}, or throws {@link ApiException}. */
@FunctionalInterface
interface Endpoint {

  /** Answers {@code call}; runs on a worker thread, so it may block. */
  Reply handle(Call call);
}
