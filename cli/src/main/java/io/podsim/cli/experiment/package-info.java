/** Experiment modes that reproduce published results with podsim's own scheduler and plugins. */
package io.podsim.cli.experiment;
