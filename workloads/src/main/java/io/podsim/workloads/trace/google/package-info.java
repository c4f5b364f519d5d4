/** Readers for Google's Borg cluster traces (google/cluster-data): clusterdata-2011-2 and clusterdata-2019. */
package io.podsim.workloads.trace.google;
