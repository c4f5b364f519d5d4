/** Trace readers, one class per format, found by name through {@link io.podsim.workloads.trace.TraceFormat}. */
package io.podsim.workloads.trace;
