/** Kubernetes manifests (parsed with the fabric8 model) turned into nodes and pods. */
package io.podsim.workloads.manifests;
