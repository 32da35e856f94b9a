package org.hesstrucks.analysis.spectrum;

/** Which end of the spectrum a request wants. */
public enum Which {
  /** The k algebraically largest, descending. */
  LARGEST,
  /** The k algebraically smallest, ascending. */
  SMALLEST,
  /** The k largest in absolute value, by descending |λ|. */
  LARGEST_MAGNITUDE
}
