/** Run outputs: summary.json, timeseries.csv, pods.csv, comparison.json and the terminal table. */
package io.podsim.reports;
