/**
 * The {@code held-out} probe: the model's held-out metrics (loss and accuracy on the test split) at
 * checkpoints, on a schedule of its own ({@code every}), recorded as probe records with their cost.
 */
package org.hesstrucks.probe.heldout;
