import type { Page } from "playwright-core";
import { expect } from "vitest";

/** What an editor types into a new article, field by field. */
export interface NewArticle {
  title: string;
  /** As the datetime-local box takes it: 2026-11-23T09:30 */
  date: string;
  lastReviewed: string;
  updated: string;
  reviewer: { name: string; credential: string };
  description: string;
  keyPoints: string[];
  tags: string;
  featuredImageFile: string;
  featuredImageAlt: string;
  references: Array<{ id: string; title: string; publisher: string; year: string; url: string }>;
  bodyLines: string[];
}

/** Three real, stable sources an article written by a test cites, with their keys. */
export const TEST_SOURCES: NewArticle["references"] = [
  { id: "nida-2024", title: "Kratom", publisher: "National Institute on Drug Abuse", year: "2024", url: "https://nida.nih.gov/research-topics/kratom" },
  { id: "fda-2025", title: "FDA and Kratom", publisher: "U.S. Food and Drug Administration", year: "2025", url: "https://www.fda.gov/news-events/public-health-focus/fda-and-kratom" },
  { id: "dea-2020", title: "Drug Fact Sheet: Kratom", publisher: "Drug Enforcement Administration", year: "2020", url: "https://www.dea.gov/factsheets/kratom" },
];

/** An article field's box by the id Decap gives it (`title-field-3`): the first, the article's own. */
export function fieldBox(page: Page, name: string, tag = "input") {
  return page.locator(`${tag}[id^="${name}-field-"]`).first();
}

/** The same, in the item a list just added (a reference's title, the newest key point). */
export function newestFieldBox(page: Page, name: string, tag = "input") {
  return page.locator(`${tag}[id^="${name}-field-"]`).last();
}

/** Opens the admin and signs in to the local backend (no account needed). */
export async function signInLocally(page: Page, adminUrl: string): Promise<void> {
  await page.goto(adminUrl);
  await page.getByRole("button", { name: "Login" }).click();
  await expect.poll(() => page.getByRole("link", { name: "Articles" }).count(), { timeout: 20_000 }).toBeGreaterThan(0);
}

/** Opens an admin route afresh (a full load, as following a link would), signed in from the last visit. */
export async function openInAdmin(page: Page, url: string): Promise<void> {
  await page.goto("about:blank");
  await page.goto(url);
}

/** The article body's text box (src/cms/cited-body.tsx). */
export const bodyBox = (page: Page) => fieldBox(page, "body", "textarea");

export async function typeBody(page: Page, lines: readonly string[]): Promise<void> {
  await bodyBox(page).click();
  for (const line of lines) {
    await page.keyboard.insertText(line);
    await page.keyboard.press("Enter");
  }
}

/** Picks each topic from the site's vocabulary, as an editor does: types its start, then chooses it. */
export async function pickTopics(page: Page, topics: readonly string[]): Promise<void> {
  const box = fieldBox(page, "tags");
  for (const topic of topics) {
    await box.click();
    await box.pressSequentially(topic.slice(0, 4));
    await page.getByRole("option", { name: topic, exact: true }).click();
  }
}

export async function addReference(page: Page, reference: NewArticle["references"][number]): Promise<void> {
  await page.getByRole("button", { name: "Add references" }).click();
  for (const part of ["id", "title", "publisher", "year", "url"] as const) await newestFieldBox(page, part).fill(reference[part]);
}

/**
 * Puts an image from the media library into the body just before `beforeText`, as an editor
 * does: the Image button, the picture picked in the library, then its description when asked.
 */
export async function insertBodyImage(page: Page, { beforeText, file, alt }: { beforeText: string; file: string; alt: string }): Promise<void> {
  await bodyBox(page).evaluate((element: HTMLTextAreaElement, text) => element.setSelectionRange(element.value.indexOf(text), element.value.indexOf(text)), beforeText);
  const asked = new Promise<string>((resolve) => page.once("dialog", (dialog) => void dialog.accept(alt).then(() => resolve(dialog.message()))));
  await page.getByRole("button", { name: "Image", exact: true }).click();
  await page.getByText(file, { exact: true }).click();
  await page.getByRole("button", { name: "Choose selected" }).click();
  expect(await asked).toMatch(/^Describe the image for readers who cannot see it/);
}

/** Picks a source from the body's "Cite a reference" list, as an editor does. */
export async function citeReference(page: Page, key: string): Promise<void> {
  await page.getByRole("combobox", { name: /Cite a reference/ }).selectOption(key);
}

export async function fillNewArticle(page: Page, article: NewArticle): Promise<void> {
  await fieldBox(page, "title").fill(article.title);
  await fieldBox(page, "date").fill(article.date);
  await fieldBox(page, "lastReviewed").fill(article.lastReviewed);
  await fieldBox(page, "updated").fill(article.updated);
  await page.locator('[id^="reviewedBy-field-"] [data-testid="expand-button"]').click();
  await fieldBox(page, "name").fill(article.reviewer.name);
  await fieldBox(page, "credential").fill(article.reviewer.credential);
  await fieldBox(page, "description", "textarea").fill(article.description);
  for (const point of article.keyPoints) {
    await page.getByRole("button", { name: "Add key points" }).click();
    await newestFieldBox(page, "item", "textarea").fill(point);
  }
  await pickTopics(page, article.tags.split(", "));
  await page.locator('[id^="featuredpost-field-"]').click();
  await page.getByRole("button", { name: "Choose an image" }).click();
  await page.locator("input[type=file]").setInputFiles(article.featuredImageFile);
  await page.getByRole("button", { name: "Choose selected" }).click();
  await fieldBox(page, "featuredimagealt").fill(article.featuredImageAlt);
  for (const reference of article.references) await addReference(page, reference);
  await typeBody(page, article.bodyLines);
}

export async function save(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Save", exact: true }).click();
}

/** Editorial workflow: the saved draft is marked Ready, then published (merged into main). */
export async function markReadyAndPublish(page: Page): Promise<void> {
  page.once("dialog", (dialog) => void dialog.accept());
  await page.getByRole("button", { name: /^Status:/ }).click();
  await page.getByRole("menuitem", { name: "Ready" }).click();
  await expect.poll(() => page.getByRole("button", { name: "Status: Ready" }).count(), { timeout: 10_000 }).toBe(1);
  await page.getByRole("button", { name: "Publish", exact: true }).click();
  await page.getByRole("menuitem", { name: "Publish now" }).click();
}
