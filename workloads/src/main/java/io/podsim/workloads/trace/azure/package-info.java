/** Reader for Microsoft's Azure VM packing trace of 2020 (Azure/AzurePublicDataset, AzureTracesForPacking2020). */
package io.podsim.workloads.trace.azure;
