/** The one door for YAML: strict reading of every YAML file podsim takes, with errors in podsim's words. */
package io.podsim.policies.yaml;
