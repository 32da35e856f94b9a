/**
 * The dataset SPI: a {@link org.hesstrucks.dataset.DatasetPlugin} loads or generates a
 * {@link org.hesstrucks.dataset.Dataset}: a training and a held-out {@link org.hesstrucks.dataset.DataSplit}
 * with dense features and either class labels or real targets. Every plugin applies the shared
 * {@link org.hesstrucks.dataset.DatasetOptions} (seeded split, subsample, standardisation on training
 * statistics) through {@link org.hesstrucks.dataset.Datasets#assemble}, and refuses a malformed file with a
 * {@link org.hesstrucks.dataset.DataFormatException} naming the file, the place and what was expected.
 */
package org.hesstrucks.dataset;
