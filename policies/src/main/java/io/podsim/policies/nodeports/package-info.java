/** NodePorts: host ports are exclusive per node. */
package io.podsim.policies.nodeports;
