package org.example.hesstrucks.bb;

import org.hesstrucks.core.ConfigException;

/**
 * Options of the Barzilai-Borwein method.
 *
 * @param memory how many past values the non-monotone Armijo test compares against (GLL); default 10
 * @param minStep the smallest step the BB formula may give; default 1e-10
 * @param maxStep the largest; default 1e10
 * @param sufficientDecrease the Armijo constant; default 1e-4
 */
public record BarzilaiBorweinConfig(Integer memory, Double minStep, Double maxStep, Double sufficientDecrease) {
  public BarzilaiBorweinConfig {
    memory = memory == null ? 10 : ConfigException.requirePositive("memory", memory);
    minStep = minStep == null ? 1e-10 : ConfigException.requirePositive("minStep", minStep);
    maxStep = maxStep == null ? 1e10 : ConfigException.requirePositive("maxStep", maxStep);
    sufficientDecrease = sufficientDecrease == null ? 1e-4
        : ConfigException.requireOpenInterval("sufficientDecrease", sufficientDecrease, 0, 1);
    if (minStep >= maxStep) {
      throw new ConfigException("minStep", "a number below maxStep (" + maxStep + ")", minStep);
    }
  }
}
