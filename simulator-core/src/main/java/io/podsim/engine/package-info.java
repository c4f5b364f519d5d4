/** The discrete-event engine: the event queue, the events, the run loop and its listeners. */
package io.podsim.engine;
