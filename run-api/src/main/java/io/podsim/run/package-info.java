/** The run API: one call runs one scenario with one profile and seed and returns a typed result; batches run many. */
package io.podsim.run;
