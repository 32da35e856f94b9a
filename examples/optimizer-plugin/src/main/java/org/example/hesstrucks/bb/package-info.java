/** An example third-party optimizer plugin for Hess-Trucks: the Barzilai-Borwein spectral gradient method. */
package org.example.hesstrucks.bb;
