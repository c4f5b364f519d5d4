/** Synthetic workloads drawn from distributions with a seeded generator. */
package io.podsim.workloads.synthetic;
