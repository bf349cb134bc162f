import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { git, prepareAdminWorktree, showPublished } from "../../scripts/lib/admin-worktree";
import { LOCAL_CMS_BRANCH, PUBLISHED_BRANCH } from "../../src/local-servers";

const identity = ["-c", "user.name=Test editor", "-c", "user.email=editor@kratomfacts.test", "-c", "commit.gpgsign=false"];
let repo = "";

async function commitFile(dir: string, name: string, text: string, message: string): Promise<void> {
  await writeFile(path.join(dir, name), text);
  await git(dir, "add", name);
  await git(dir, ...identity, "commit", "--quiet", "-m", message);
}

beforeEach(async () => {
  repo = await mkdtemp(path.join(os.tmpdir(), "kf-worktree-"));
  await git(repo, "init", "--quiet", `--initial-branch=${PUBLISHED_BRANCH}`);
  await commitFile(repo, "about.md", "Before\n", "The site before editing");
});

afterEach(async () => {
  await rm(repo, { recursive: true, force: true });
});

describe("the admin's own work tree", () => {
  it("is made on its own branch, inside the git folder, leaving the project folder as it was", async () => {
    const worktree = await prepareAdminWorktree(repo);
    expect(worktree.startsWith(path.join(repo, ".git"))).toBe(true);
    expect(await git(worktree, "symbolic-ref", "--short", "HEAD")).toBe(LOCAL_CMS_BRANCH);
    expect(await git(repo, "symbolic-ref", "--short", "HEAD")).toBe(PUBLISHED_BRANCH);
    expect(await git(repo, "status", "--porcelain")).toBe("");
    expect(await prepareAdminWorktree(repo), "a second start reuses it").toBe(worktree);
  });

  it("shows what the admin published in the project folder, by fast-forward", async () => {
    const worktree = await prepareAdminWorktree(repo);
    await commitFile(worktree, "about.md", "After\n", "Update Pages “about”");
    expect(await showPublished(repo)).toEqual({ kind: "published", commits: ["Update Pages “about”"] });
    expect(await readFile(path.join(repo, "about.md"), "utf8")).toBe("After\n");
    expect(await showPublished(repo)).toEqual({ kind: "up-to-date" });
  });

  it("holds a publication back, naming the file, rather than overwrite an unsaved change in the project folder", async () => {
    const worktree = await prepareAdminWorktree(repo);
    await commitFile(worktree, "about.md", "From the admin\n", "Update Pages “about”");
    await writeFile(path.join(repo, "about.md"), "Typed by hand, not committed\n");
    const held = await showPublished(repo);
    expect(held.kind).toBe("held");
    expect(held.kind === "held" && held.reason).toMatch(/local changes.*about\.md/s);
    expect(await readFile(path.join(repo, "about.md"), "utf8")).toBe("Typed by hand, not committed\n");
    await git(repo, "checkout", "--", "about.md");
    expect((await showPublished(repo)).kind).toBe("published");
  });

  it("gives the admin what was committed on main since, at the next start", async () => {
    const worktree = await prepareAdminWorktree(repo);
    await commitFile(repo, "new.md", "Committed on main\n", "A developer's commit");
    expect(await showPublished(repo)).toEqual({ kind: "up-to-date" });
    await prepareAdminWorktree(repo);
    expect(existsSync(path.join(worktree, "new.md"))).toBe(true);
  });

  it("says why when main and the admin's branch have both moved, and changes neither", async () => {
    const worktree = await prepareAdminWorktree(repo);
    await commitFile(repo, "new.md", "Committed on main\n", "A developer's commit");
    await commitFile(worktree, "about.md", "From the admin\n", "Update Pages “about”");
    const before = await git(repo, "rev-parse", PUBLISHED_BRANCH);
    const held = await showPublished(repo);
    expect(held.kind === "held" && held.reason).toMatch(/has commits the admin has not seen/);
    expect(await git(repo, "rev-parse", PUBLISHED_BRANCH)).toBe(before);
  });

  it("moves main as a branch alone when another branch is checked out in the project folder", async () => {
    const worktree = await prepareAdminWorktree(repo);
    await git(repo, "checkout", "--quiet", "-b", "feature");
    await commitFile(worktree, "about.md", "From the admin\n", "Update Pages “about”");
    expect((await showPublished(repo)).kind).toBe("published");
    expect(await git(repo, "rev-parse", PUBLISHED_BRANCH)).toBe(await git(repo, "rev-parse", LOCAL_CMS_BRANCH));
    expect(await readFile(path.join(repo, "about.md"), "utf8")).toBe("Before\n");
  });
});
