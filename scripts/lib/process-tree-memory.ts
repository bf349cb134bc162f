import pidtree from "pidtree";
import pidusage from "pidusage";

/** Samples the summed resident memory of a process and all its descendants; reports the peak. */
export function samplePeakRss(rootPid: number, everyMs = 250): { stop: () => Promise<number> } {
  let peak = 0;
  let running = true;
  const sample = async (): Promise<void> => {
    try {
      const pids = [rootPid, ...(await pidtree(rootPid))];
      const stats = await pidusage(pids);
      const total = Object.values(stats).reduce((sum, stat) => sum + (stat?.memory ?? 0), 0);
      peak = Math.max(peak, total);
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
