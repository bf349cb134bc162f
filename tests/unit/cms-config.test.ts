import type { CmsFieldBase, CmsFieldList } from "decap-cms-core";
import { describe, expect, it } from "vitest";
import { type CmsField, cmsCollections } from "../../src/content/cms";
import { fieldMeta } from "../../src/content/fields";
import { pageSchema, postSchema, safetySettingsSchema } from "../../src/content/model";
import { cmsConfig } from "../../src/cms/config";

const byName = Object.fromEntries(cmsCollections().map((collection) => [collection.name, collection]));

function names(fields: readonly CmsField[]): string[] {
  return fields.map((field) => field.name);
}

function postField(name: string): CmsField {
  const field = byName.posts!.fields!.find((candidate) => candidate.name === name);
  if (!field) throw new Error(`no field ${name}`);
  return field;
}

function listField(name: string): CmsFieldBase & CmsFieldList {
  const field = postField(name);
  if (field.widget !== "list") throw new Error(`${name} is a ${field.widget} field, not a list`);
  return field as CmsFieldBase & CmsFieldList;
}

describe("the admin's collections, derived from the content model", () => {
  it("give an article every model field, in model order, then the body", () => {
    expect(names(byName.posts!.fields!)).toEqual([...Object.keys(postSchema.shape), "body"]);
  });

  it("give each page and the settings file exactly their model's fields", () => {
    for (const file of byName.pages!.files!) expect(names(file.fields)).toEqual([...Object.keys(pageSchema.shape), "body"]);
    expect(names(byName.settings!.files![0]!.fields)).toEqual(Object.keys(safetySettingsSchema.shape));
  });

  it("require what the model requires of a draft, and offer the model's defaults", () => {
    for (const field of byName.posts!.fields!.filter((f) => f.name !== "body")) {
      const meta = fieldMeta.get(postSchema.shape[field.name as keyof typeof postSchema.shape] as never)!;
      expect({ name: field.name, required: field.required, default: "default" in field ? field.default : undefined }).toEqual({
        name: field.name,
        // Sources, key points and the review date are asked for before publishing, not at every save.
        required: meta.required && !meta.requiredToPublish,
        default: field.widget === "hidden" ? "blog-post" : meta.default,
      });
    }
  });

  it("pick an article's topics from the site's vocabulary (Settings → Topics), never typed", () => {
    const tags = byName.posts!.fields!.find((field) => field.name === "tags")!;
    expect(tags).toMatchObject({ widget: "relation", collection: "settings", file: "topics", value_field: "topics.*", multiple: true });
    const settingsFiles = (byName.settings as { files: Array<{ name: string; file: string }> }).files;
    expect(settingsFiles.find(({ name }) => name === "topics")?.file).toBe("content/settings/topics.yml");
  });

  it("edit references field by field, with the https rule the build applies", () => {
    const references = listField("references");
    // Three are needed to publish, not to save a draft: the publish check counts them (src/cms/entry-checks.tsx).
    expect(references.min).toBeUndefined();
    expect(references.max).toBe(150);
    expect(names(references.fields!)).toEqual(["id", "title", "publisher", "year", "url"]);
    const key = references.fields!.find((field) => field.name === "id")!;
    expect(new RegExp(key.pattern![0]).test("nida-2024")).toBe(true);
    expect(new RegExp(key.pattern![0]).test("NIDA 2024")).toBe(false);
    const url = references.fields!.find((field) => field.name === "url")!;
    expect(new RegExp(url.pattern![0]).test("https://nida.nih.gov/research-topics/kratom")).toBe(true);
    expect(new RegExp(url.pattern![0]).test("http://nida.nih.gov/")).toBe(false);
  });

  it("limit every text field to the length the build accepts, with the build's wording", () => {
    const textFields = byName.posts!.fields!.filter((field) => (field.widget === "string" || field.widget === "text") && field.name !== "body");
    expect(textFields.map((field) => field.name)).toEqual(["title", "description", "featuredimagealt"]);
    for (const field of textFields) {
      const schema = postSchema.shape[field.name as "title"];
      const max = fieldMeta.get(schema)!.max!;
      const pattern = new RegExp(field.pattern![0]);
      expect([pattern.test("x".repeat(max)), schema.safeParse("x".repeat(max)).success]).toEqual([true, true]);
      expect([pattern.test("x".repeat(max + 1)), schema.safeParse("x".repeat(max + 1)).success]).toEqual([false, false]);
      expect(schema.safeParse("x".repeat(max + 1)).error!.issues[0]!.message).toBe(field.pattern![1]);
    }
  });

  it("edit key points one per box, so a comma inside a point never splits it", () => {
    const keyPoints = listField("keyPoints");
    expect(keyPoints).toMatchObject({ widget: "list", max: 5, field: { widget: "text", required: true } });
    expect(keyPoints.min).toBeUndefined();
    expect(new RegExp(keyPoints.field!.pattern![0]).test("x".repeat(201))).toBe(false);
  });

  it("name new files in plain ASCII, so a curly quote or accent in a title cannot hide a draft", () => {
    expect(cmsConfig("local").slug).toEqual({ encoding: "ascii", clean_accents: true, sanitize_replacement: "-" });
  });

  it("write dates the way legacy posts store them", () => {
    const fields = Object.fromEntries(byName.posts!.fields!.map((field) => [field.name, field]));
    expect(fields.date!.widget).toBe("datetime");
    expect(fields.lastReviewed).toMatchObject({ widget: "datetime", format: "YYYY-MM-DD", time_format: false });
  });
});
