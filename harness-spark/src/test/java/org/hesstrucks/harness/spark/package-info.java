/** Tests of the Spark executor on a local Spark ({@code local[2,2]}), bound to 127.0.0.1 with the UI off. */
package org.hesstrucks.harness.spark;
