/** The podsim command line: run, validate and profiles, and the runner that wires the modules. */
package io.podsim.cli;
