/** PodTopologySpread: hard and soft spread constraints, with the system default constraints. */
package io.podsim.policies.podtopologyspread;
