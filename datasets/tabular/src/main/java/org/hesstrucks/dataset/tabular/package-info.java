/**
 * The {@code tabular} dataset plugin: CSV files (with or without a header, the label column by name or index,
 * scikit-learn's bundled-file header) and LIBSVM/SVMlight sparse text (densified), for classification (labels
 * remapped to 0 … k − 1, the mapping recorded) or regression. A ragged row, a non-numeric cell, a missing label
 * column or a malformed sparse token is refused with the file, the line (and column or token) and what was
 * expected.
 */
package org.hesstrucks.dataset.tabular;
