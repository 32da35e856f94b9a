/**
 * The {@code synthetic} dataset plugin: seeded generators of Gaussian mixtures, two spirals, teacher-student
 * classification (labels from the argmax of a random tanh {@link org.hesstrucks.dataset.synthetic.TeacherNetwork})
 * and linear and noisy regression, deterministic bit for bit for one data seed. The harness's default sweep
 * trains on its default, teacher-student data with 32 inputs and 10 classes.
 */
package org.hesstrucks.dataset.synthetic;
