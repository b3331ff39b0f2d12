package dev.gazette;

/** A search or write request with a parameter outside what Gazette accepts. */
public class InvalidRequestException extends GazetteException {
  private final String parameter;

  /**
   * @param parameter the request parameter at fault (for example {@code size})
   * @param message what is wrong and what is allowed
   */
  public InvalidRequestException(String parameter, String message) {
    super(message);
    this.parameter = parameter;
  }

  /** The request parameter at fault. */
  public String parameter() {
    return parameter;
  }
}
