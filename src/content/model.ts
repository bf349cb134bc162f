import { z } from "zod";
import { dateTime, flag, imagePath, longText, optionalText, shortText, tagList, templateKey } from "./fields";

/**
 * THE content model. Build validation (src/content/validate.ts), the GraphQL types
 * (src/build/schema.ts) and, later, the CMS fields all derive from these two schemas.
 * Unknown keys are errors rather than silently dropped: a misspelt field would otherwise
 * vanish between the editor and the page.
 */
export const postSchema = z.strictObject({
  templateKey: templateKey("blog-post"),
  title: shortText({ label: "Title", max: 120 }),
  date: dateTime({ label: "Publish date" }),
  description: longText({ label: "Description", hint: "One or two sentences shown in lists and search results.", max: 600 }),
  tags: tagList({ label: "Tags" }),
  featuredpost: flag({ label: "Featured on the home page" }),
  featuredimage: imagePath({ label: "Featured image" }),
  featuredimagealt: optionalText({
    label: "Featured image description (alt text)",
    hint: "What the image shows, for readers who cannot see it. Leave empty only if it is decoration.",
    max: 200,
  }),
  draft: flag({ label: "Draft (never published)" }),
});

export const pageSchema = z.strictObject({
  templateKey: templateKey("page"),
  title: shortText({ label: "Title", max: 120 }),
  description: longText({ label: "Description", max: 600 }),
  draft: flag({ label: "Draft (never published)" }),
});

export const templates = { "blog-post": postSchema, page: pageSchema } as const;
export type TemplateKey = keyof typeof templates;
export const templateKeys = Object.keys(templates) as TemplateKey[];

export type Post = z.output<typeof postSchema>;
export type Page = z.output<typeof pageSchema>;
export type FrontMatter = Post | Page;
