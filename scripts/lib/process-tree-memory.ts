import { readFile } from "node:fs/promises";
import pidtree from "pidtree";
import pidusage from "pidusage";

export interface PeakMemory {
  /** The highest sum of the processes' resident sizes: memory two processes share (LMDB's mapped files) is counted in each. */
  rss: number;
  /** The highest sum of their proportional set sizes (Linux): shared pages split between the processes that map them. 0 where /proc has no smaps_rollup. */
  pss: number;
}

async function proportionalSetSize(pid: number): Promise<number> {
  try {
    const rollup = await readFile(`/proc/${pid}/smaps_rollup`, "utf8");
    return Number(/^Pss:\s+(\d+) kB/m.exec(rollup)?.[1] ?? 0) * 1024;
  } catch {
    return 0;
  }
}

/** Samples the summed memory of a process and all its descendants; reports the peaks. */
export function samplePeakMemory(rootPid: number, everyMs = 250): { stop: () => Promise<PeakMemory> } {
  const peak: PeakMemory = { rss: 0, pss: 0 };
  let running = true;
  const sample = async (): Promise<void> => {
    try {
      const pids = [rootPid, ...(await pidtree(rootPid))];
      const stats = await pidusage(pids);
      peak.rss = Math.max(
        peak.rss,
        Object.values(stats).reduce((sum, stat) => sum + (stat?.memory ?? 0), 0),
      );
      peak.pss = Math.max(
        peak.pss,
        (await Promise.all(pids.map(proportionalSetSize))).reduce((sum, size) => sum + size, 0),
      );
    } catch {
      // The tree changes while we look (workers exit); the next sample catches up.
    }
  };
  const loop = (async () => {
    while (running) {
      await sample();
      await new Promise((resolve) => setTimeout(resolve, everyMs));
    }
  })();
  return {
    stop: async () => {
      running = false;
      await loop;
      pidusage.clear();
      return peak;
    },
  };
}
