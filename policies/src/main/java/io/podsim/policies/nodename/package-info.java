/** NodeName: a pod that names its node runs there or nowhere. */
package io.podsim.policies.nodename;
