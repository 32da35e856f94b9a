/**
 * The {@code idx} dataset plugin: the IDX files of MNIST and Fashion-MNIST, raw or gzip (detected by the
 * magic bytes), checked byte by byte ({@link org.hesstrucks.dataset.DataFormatException} names the file and
 * the offset of the first inconsistency), pixels scaled to [0, 1].
 */
package org.hesstrucks.dataset.idx;
