package io.github.fourfold;

/**
 * Thrown when a plugged-in qualifier fails on a lead: it threw, returned null, or returned a
 * result for another lead or date. The failure is never turned into a verdict.
 *
 * <p>The message names the qualifier's {@link Qualifier#id() id} and the kind of failure, never
 * a value from the lead. The original exception, if any, is the cause.
 */
public final class QualifierFailedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The id of the qualifier that failed. */
  private final String qualifierId;

  /**
   * Creates the exception.
   *
   * @param qualifierId the failing qualifier's id
   * @param what what went wrong, without values from the lead
   * @param cause the qualifier's own exception, or null
   */
  public QualifierFailedException(String qualifierId, String what, @org.jspecify.annotations.Nullable Throwable cause) {
    super("Qualifier '" + qualifierId + "' failed: " + what, cause);
    this.qualifierId = qualifierId;
  }

  /**
   * The id of the qualifier that failed.
   *
   * @return the id
   */
  public String qualifierId() {
    return qualifierId;
  }
}
