package dev.gazette.server;

/** Starts the Gazette HTTP server. */
public final class Main {
  private Main() {}

  /** Entry point. */
  public static void main(String[] args) {
    System.out.println("gazette server");
  }
}
