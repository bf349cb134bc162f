import { LinkChecker, LinkState } from "linkinator";
import { serveStatic } from "./static-server";

export interface BrokenLink {
  url: string;
  status: number | undefined;
  from: string | undefined;
}

/**
 * Crawls a built site served on loopback (as a static host would serve it) from the home
 * page: every internal link, image, stylesheet, script and #fragment must resolve. Addresses
 * on other hosts are not fetched: the test machine has no internet, and they are not ours.
 */
export async function brokenLinks(siteDir: string): Promise<{ checked: number; broken: BrokenLink[] }> {
  const server = await serveStatic(siteDir);
  try {
    const checker = new LinkChecker();
    const result = await checker.check({
      path: `${server.url}/`,
      recurse: true,
      checkFragments: true,
      concurrency: 8,
      linksToSkip: async (link) => !link.startsWith(server.url),
    });
    const broken = result.links.filter((link) => link.state === LinkState.BROKEN).map((link) => ({ url: link.url, status: link.status, from: link.parent }));
    return { checked: result.links.filter((link) => link.state === LinkState.OK).length, broken };
  } finally {
    await server.close();
  }
}
