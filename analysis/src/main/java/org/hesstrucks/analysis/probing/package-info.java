/**
 * What the curvature probe plugins share: choosing the probe batch ("full" or a seeded subset drawn once
 * per run) and turning a failed measurement into an {@code error} value instead of an exception.
 */
package org.hesstrucks.analysis.probing;
