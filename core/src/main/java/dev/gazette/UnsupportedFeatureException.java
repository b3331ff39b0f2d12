package dev.gazette;

/**
 * Thrown when the index's backend does not offer a feature, such as autocomplete on an OpenSearch
 * cluster: the feature is missing, not failing, and asking again will not help.
 */
public class UnsupportedFeatureException extends GazetteException {

  /** The feature {@code what} is not offered by this backend. */
  public UnsupportedFeatureException(String message) {
    super(message);
  }
}
