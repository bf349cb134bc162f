import { readFileSync } from "node:fs";
import { parse } from "smol-toml";
import { describe, expect, inject, it } from "vitest";
import { tagPath } from "../../src/content/paths";
import { pageExists } from "../support/html";

const { liveDir, siteDir } = inject("sites");

interface Redirect {
  from: string;
  to: string;
  status: number;
}

const redirects = (parse(readFileSync("netlify.toml", "utf8")) as { redirects?: Redirect[] }).redirects ?? [];
const RETIRED = { Energy: "Claimed effects", Relaxation: "Claimed effects", "Pain Relief": "Pain", Anxiety: "Mental health" };

describe("tags retired in the December 2026 review", () => {
  it.each(Object.entries(RETIRED))("a shared link to %s lands on %s, permanently", (old, successor) => {
    const rule = redirects.find((redirect) => redirect.from === `${tagPath(old)}*`);
    expect(rule).toMatchObject({ to: tagPath(successor), status: 301 });
    expect(pageExists(liveDir, tagPath(successor))).toBe(true);
    // Netlify applies a redirect only where no page exists: no live article may keep the old tag.
    expect(pageExists(liveDir, tagPath(old))).toBe(false);
  });

  it("still build a page for a legacy post that carries them", () => {
    for (const old of Object.keys(RETIRED)) expect(pageExists(siteDir, tagPath(old)), old).toBe(true);
  });
});
