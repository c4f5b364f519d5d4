/**
 * Readers of Alibaba's public cluster traces (alibaba/clusterdata), one class per format. They
 * map trace rows to podsim's model and say in their Javadoc exactly how each column maps.
 */
package io.podsim.workloads.trace.alibaba;
