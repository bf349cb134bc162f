import { createRequire } from "node:module";
import { beforeAll, describe, expect, it } from "vitest";

const require = createRequire(import.meta.url);

interface FluidRequest {
  file: { id: string; internal: { contentDigest: string } };
  args: { toFormat?: string };
}

/** What sharp was asked, as gatsby-plugin-sharp's `fluid`; answers as gatsby-plugin-sharp would shape them. */
const asked: FluidRequest[] = [];
let failNext = false;
const sharpStandIn = {
  fluid: async (request: FluidRequest) => {
    asked.push(request);
    if (failNext) return ((failNext = false), null);
    const format = (request.args.toFormat ?? "jpg").toLowerCase();
    const src = `/static/${request.file.internal.contentDigest}/760/${request.file.id}.${format}`;
    return {
      src,
      srcSet: `${src} 760w`,
      sizes: "(max-width: 760px) 100vw, 760px",
      srcSetType: `image/${format}`,
      presentationWidth: 760,
      aspectRatio: 1.6,
      base64: "data:image/jpeg;base64,AA",
      originalImg: src,
    };
  },
  stats: async () => ({ isTransparent: false }),
  traceSVG: async () => "",
};

type RemarkImages = (api: Record<string, unknown>, options: Record<string, unknown>) => Promise<unknown>;
let remarkImages: RemarkImages;

beforeAll(() => {
  // The real gatsby-remark-images, loaded through the wrapper, over a stand-in for sharp: what is asked is counted.
  for (const name of ["gatsby-remark-images", "../../plugins/gatsby-remark-images-once"]) delete require.cache[require.resolve(name)];
  const sharpPath = require.resolve("gatsby-plugin-sharp");
  const real = require.cache[sharpPath];
  require.cache[sharpPath] = { id: sharpPath, filename: sharpPath, loaded: true, exports: sharpStandIn } as NodeJS.Module;
  try {
    remarkImages = require("../../plugins/gatsby-remark-images-once") as RemarkImages;
  } finally {
    if (real) require.cache[sharpPath] = real;
    else delete require.cache[sharpPath];
  }
});

const imageFile = (name: string, digest: string) => ({ id: name, absolutePath: `/site/static/img/${name}`, internal: { type: "File", contentDigest: digest } });

function body(...names: string[]) {
  return { type: "root", children: names.map((name) => ({ type: "paragraph", children: [{ type: "image", url: `../../static/img/${name}`, alt: `A picture of ${name}` }] })) };
}

async function render(tree: ReturnType<typeof body>, files: ReturnType<typeof imageFile>[]): Promise<string[]> {
  const postFile = { id: "post", dir: "/site/content/posts", internal: { type: "File" } };
  await remarkImages(
    { markdownAST: tree, markdownNode: { parent: "post" }, files, getNode: (id: string) => (id === "post" ? postFile : undefined), reporter: { warn() {}, panic() {} }, cache: {}, pathPrefix: "" },
    { maxWidth: 760, withWebp: true, withAvif: true, linkImagesToOriginal: false },
  );
  return tree.children.map((paragraph) => (paragraph.children[0] as unknown as { value: string }).value);
}

describe("body images asked about once per file, size and format", () => {
  it("renders three occurrences of one image and one of another from six answers instead of twelve", async () => {
    asked.length = 0;
    const html = await render(body("chart.jpg", "leaf.jpg", "chart.jpg", "chart.jpg"), [imageFile("chart.jpg", "c1"), imageFile("leaf.jpg", "l1")]);
    expect(asked.map(({ file, args }) => `${file.id} ${(args.toFormat ?? "jpg").toLowerCase()}`).sort()).toEqual([
      "chart.jpg avif",
      "chart.jpg jpg",
      "chart.jpg webp",
      "leaf.jpg avif",
      "leaf.jpg jpg",
      "leaf.jpg webp",
    ]);
    expect(html[0]).toContain('type="image/avif"');
    expect(html[0]).toContain("/static/c1/760/chart.jpg.webp 760w");
    expect(html[2]).toBe(html[0]);
    expect(html[3]).toBe(html[0]);
    expect(html[1]).toContain("/static/l1/760/leaf.jpg.avif 760w");
  });

  it("asks again for an image replaced under the same name, and after an answer that failed", async () => {
    asked.length = 0;
    await render(body("chart.jpg"), [imageFile("chart.jpg", "c2")]);
    expect(asked).toHaveLength(3);
    failNext = true;
    await render(body("photo.jpg"), [imageFile("photo.jpg", "p1")]);
    const html = await render(body("photo.jpg"), [imageFile("photo.jpg", "p1")]);
    expect(asked.filter(({ file }) => file.id === "photo.jpg").length).toBeGreaterThan(3);
    expect(html[0]).toContain("/static/p1/760/photo.jpg.jpg 760w");
  });
});
