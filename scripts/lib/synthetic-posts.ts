import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { stringify } from "yaml";

export interface SyntheticPostOptions {
  count: number;
  /** Body length in words (headings and images come on top). */
  words: number;
  tags: readonly string[];
  tagsPerPost: number;
  /** Media-folder images (/img/x.jpg) used as featured and body images; none for text-only posts. */
  images: readonly string[];
  bodyImageEvery?: number;
  firstDate: Date;
  /** The review date every post carries (YYYY-MM-DD); today when left out. */
  lastReviewed?: string;
  titlePrefix?: string;
}

const VOCABULARY = (
  "the study reported that readers should weigh evidence carefully before drawing conclusions about " +
  "any product label dose regulator agency survey sample trial result effect risk source review leaf " +
  "plant alkaloid receptor liver clinician question answer method limit data finding context history"
).split(" ");

/** Real, stable sources so synthetic posts pass the same publishing rules as articles. */
const REFERENCES = [
  { id: "nida-2024", title: "Kratom", publisher: "National Institute on Drug Abuse", year: 2024, url: "https://nida.nih.gov/research-topics/kratom" },
  { id: "fda-2025", title: "FDA and Kratom", publisher: "U.S. Food and Drug Administration", year: 2025, url: "https://www.fda.gov/news-events/public-health-focus/fda-and-kratom" },
  { id: "dea-2020", title: "Drug Fact Sheet: Kratom", publisher: "Drug Enforcement Administration", year: 2020, url: "https://www.dea.gov/factsheets/kratom" },
];

/** A deterministic pseudo-random sequence, so every run writes the same posts. */
function sequence(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function paragraphs(words: number, next: () => number, images: readonly string[], imageEvery: number): string {
  const blocks: string[] = [];
  let written = 0;
  let section = 0;
  while (written < words) {
    if (written % 200 === 0) blocks.push(`## Section ${(section += 1)}`);
    const sentence = Array.from({ length: 20 }, () => VOCABULARY[Math.floor(next() * VOCABULARY.length)]).join(" ");
    const cite = REFERENCES[blocks.length % REFERENCES.length]!.id;
    blocks.push(`${sentence[0]?.toUpperCase()}${sentence.slice(1)} [@${cite}].`);
    written += 20;
    if (images.length > 0 && imageEvery > 0 && written % imageEvery === 0) {
      blocks.push(`![Illustration ${written / imageEvery}](${images[Math.floor(next() * images.length)]})`);
    }
  }
  return blocks.join("\n\n");
}

/** Writes `count` valid posts into `<dir>/posts` and returns their file paths. */
export async function writeSyntheticPosts(dir: string, options: SyntheticPostOptions): Promise<string[]> {
  const postsDir = path.join(dir, "posts");
  await mkdir(postsDir, { recursive: true });
  const next = sequence(options.count * 7919 + options.words);
  const files: string[] = [];
  for (let index = 0; index < options.count; index += 1) {
    const date = new Date(options.firstDate.getTime() - index * 86_400_000);
    const number = String(index + 1).padStart(5, "0");
    const tags = Array.from({ length: options.tagsPerPost }, (_, offset) => options.tags[(index + offset) % options.tags.length] as string);
    const frontMatter = {
      templateKey: "blog-post",
      title: `${options.titlePrefix ?? "Synthetic post"} ${number}`,
      date: date.toISOString(),
      lastReviewed: options.lastReviewed ?? new Date().toISOString().slice(0, 10),
      description: `Synthetic post number ${index + 1}, generated to exercise the build.`,
      featuredpost: false,
      ...(options.images.length > 0 ? { featuredimage: options.images[index % options.images.length], featuredimagealt: "A generated illustration." } : {}),
      tags: [...new Set(tags)],
      keyPoints: ["A first generated key point.", "A second generated key point.", "A third generated key point."],
      references: REFERENCES,
    };
    const body = paragraphs(options.words, next, options.images, options.bodyImageEvery ?? 0);
    const file = path.join(postsDir, `${date.toISOString().slice(0, 10)}-synthetic-post-${number}.md`);
    await writeFile(file, `---\n${stringify(frontMatter)}---\n${body}\n`);
    files.push(file);
  }
  return files;
}
