/**
 * The probe SPI: measurements the harness takes at checkpoints (held-out metrics, Hessian spectra, the
 * H = G + S trace split). A probe returns named values that land in the cell's result; its cost is counted
 * apart from the optimizer's.
 */
package org.hesstrucks.probe;
