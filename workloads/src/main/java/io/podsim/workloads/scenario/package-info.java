/** Scenario files: the YAML shape, its loading and validation, and the loaded scenario. */
package io.podsim.workloads.scenario;
