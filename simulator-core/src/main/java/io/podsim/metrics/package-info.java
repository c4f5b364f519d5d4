/** What a run measured: the recorder that listens to the engine, and the run result it builds. */
package io.podsim.metrics;
