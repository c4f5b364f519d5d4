/** TaintToleration: taints keep off pods that do not tolerate them. */
package io.podsim.policies.tainttoleration;
