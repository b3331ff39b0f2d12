package dev.gazette.cli;

/** The gazette command-line tool. */
public final class Main {
  private Main() {}

  /** Entry point. */
  public static void main(String[] args) {
    System.out.println("gazette cli");
  }
}
