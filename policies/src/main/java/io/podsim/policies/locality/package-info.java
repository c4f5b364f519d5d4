/** Research plugins beyond kube-scheduler: data locality and network bandwidth. */
package io.podsim.policies.locality;
