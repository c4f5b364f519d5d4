/** Charts of a run's outputs (JFreeChart), as PNG and SVG, with one colour per profile throughout. */
package io.podsim.reports.charts;
