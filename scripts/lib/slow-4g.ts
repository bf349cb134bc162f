import type { Page } from "playwright-core";

/** Lighthouse's mobile connection ("slow 4G"): 150 ms round trips, 1.6 Mbit/s down, 750 kbit/s up. */
export const SLOW_4G = { offline: false, latency: 150, downloadThroughput: (1638.4 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };

/** Puts a page on the slow connection (and, given a rate, a CPU that many times slower); returns a counter of bytes received. */
export async function onSlow4G(page: Page, cpuSlowdown = 1): Promise<{ files: () => number; transferred: () => number }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", SLOW_4G);
  if (cpuSlowdown > 1) await cdp.send("Emulation.setCPUThrottlingRate", { rate: cpuSlowdown });
  let files = 0;
  let transferred = 0;
  cdp.on("Network.loadingFinished", (event: { encodedDataLength: number }) => {
    files += 1;
    transferred += event.encodedDataLength;
  });
  return { files: () => files, transferred: () => transferred };
}
