package io.podsim.workloads.trace.alibaba;

import java.nio.charset.StandardCharsets;

/**
 * A batch task table held compactly: per task, the requests of each of its instances (millicores
 * and bytes), keyed by a 64-bit hash of job and task name in an open-addressing table (24 bytes a
 * task at most half full), so the 14 million tasks of the 2018 trace fit in well under a gigabyte.
 * Two distinct tasks share a hash with probability below 10^-5 over the whole trace.
 */
final class TaskRequests {
  private long[] keys = new long[1 << 10];
  private long[] cpu = new long[keys.length];
  private long[] memory = new long[keys.length];
  private int size;

  void put(String job, String task, long cpuMilli, long memoryBytes) {
    if (2 * (size + 1) > keys.length) {
      grow();
    }
    insert(hash(job, task), cpuMilli, memoryBytes);
  }

  /** The slot of the task, or -1 when the table has no such task. */
  int find(String job, String task) {
    long key = hash(job, task);
    int mask = keys.length - 1;
    for (int slot = (int) (key ^ (key >>> 32)) & mask; keys[slot] != 0; slot = (slot + 1) & mask) {
      if (keys[slot] == key) {
        return slot;
      }
    }
    return -1;
  }

  long cpu(int slot) {
    return cpu[slot];
  }

  long memory(int slot) {
    return memory[slot];
  }

  private void insert(long key, long cpuMilli, long memoryBytes) {
    int mask = keys.length - 1;
    int slot = (int) (key ^ (key >>> 32)) & mask;
    while (keys[slot] != 0 && keys[slot] != key) {
      slot = (slot + 1) & mask;
    }
    if (keys[slot] == 0) {
      size++;
    }
    keys[slot] = key;
    cpu[slot] = cpuMilli;
    memory[slot] = memoryBytes;
  }

  private void grow() {
    long[] oldKeys = keys;
    long[] oldCpu = cpu;
    long[] oldMemory = memory;
    keys = new long[oldKeys.length * 2];
    cpu = new long[keys.length];
    memory = new long[keys.length];
    size = 0;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != 0) {
        insert(oldKeys[i], oldCpu[i], oldMemory[i]);
      }
    }
  }

  /** FNV-1a over job, a separator and task, finished with a mixer; never 0 (0 marks a free slot). */
  private static long hash(String job, String task) {
    long h = 0xcbf29ce484222325L;
    for (byte b : (job + '\u0000' + task).getBytes(StandardCharsets.UTF_8)) {
      h = (h ^ (b & 0xff)) * 0x100000001b3L;
    }
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    return h == 0 ? 1 : h;
  }
}
