/** JMH benchmarks: speed targets live here, never in unit tests. */
package io.podsim.benchmarks;
