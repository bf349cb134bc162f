import { stripVTControlCharacters } from "node:util";
import { runGatsbyBuild, type BuildOptions, type BuildResult } from "./gatsby-build";
import { samplePeakMemory } from "./process-tree-memory";

export interface MeasuredBuild extends BuildResult {
  /** Peak resident memory of the build process and all its workers, in bytes (shared pages counted in each). */
  peakRss: number;
  /** Peak proportional memory of the same processes (shared pages split between them), in bytes; 0 off Linux. */
  peakPss: number;
}

const PHASES = /^success (.+?) - (\d+\.\d+)s/;

/** A real `gatsby build`, with the peak memory of its whole process tree sampled while it runs. */
export async function measuredBuild(options: Omit<BuildOptions, "onStart">): Promise<MeasuredBuild> {
  let sampler: ReturnType<typeof samplePeakMemory> | undefined;
  const result = await runGatsbyBuild({ ...options, onStart: (pid) => (sampler = samplePeakMemory(pid)) });
  const peak = (await sampler?.stop()) ?? { rss: 0, pss: 0 };
  return { ...result, peakRss: peak.rss, peakPss: peak.pss };
}

/** Gatsby's own phase timings from its output, the ones of half a second or more. */
export function phaseTimes(output: string): [string, number][] {
  return output
    .split("\n")
    .map((line) => stripVTControlCharacters(line).trim().match(PHASES))
    .filter((match): match is RegExpMatchArray => match !== null)
    .map((match) => [match[1] as string, Number(match[2])] as [string, number])
    .filter(([, seconds]) => seconds >= 0.5);
}

export const gigabytes = (bytes: number): string => `${(bytes / 1024 ** 3).toFixed(2)} GB`;
export const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;
