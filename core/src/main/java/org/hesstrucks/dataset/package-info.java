/**
 * The dataset SPI: a {@link org.hesstrucks.dataset.DatasetPlugin} loads or generates a
 * {@link org.hesstrucks.dataset.Dataset}: a training and a held-out {@link org.hesstrucks.dataset.DataSplit}
 * with dense features and either class labels or real targets.
 */
package org.hesstrucks.dataset;
