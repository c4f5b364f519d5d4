/**
 * The end-to-end throughput harness behind {@code podsim bench}: the shapes of kube-scheduler's
 * scheduler_perf workloads, run with kube-default scoring every node.
 */
package io.podsim.cli.bench;
