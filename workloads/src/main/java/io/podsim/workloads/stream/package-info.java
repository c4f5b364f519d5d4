/** Pod streams: in-memory lists and the arrival-ordered merge of several sources. */
package io.podsim.workloads.stream;
