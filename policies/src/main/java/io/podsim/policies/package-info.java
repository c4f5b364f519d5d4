/** The plugin registry and the built-in scheduler profiles. */
package io.podsim.policies;
