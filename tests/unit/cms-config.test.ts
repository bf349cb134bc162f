import { describe, expect, it } from "vitest";
import { type CmsField, cmsCollections } from "../../src/content/cms";
import { fieldMeta } from "../../src/content/fields";
import { pageSchema, postSchema, safetySettingsSchema } from "../../src/content/model";

const byName = Object.fromEntries(cmsCollections().map((collection) => [collection.name, collection]));

function names(fields: readonly CmsField[]): string[] {
  return fields.map((field) => field.name);
}

describe("the admin's collections, derived from the content model", () => {
  it("give an article every model field, in model order, then the body", () => {
    expect(names(byName.posts!.fields!)).toEqual([...Object.keys(postSchema.shape), "body"]);
  });

  it("give each page and the settings file exactly their model's fields", () => {
    for (const file of byName.pages!.files!) expect(names(file.fields)).toEqual([...Object.keys(pageSchema.shape), "body"]);
    expect(names(byName.settings!.files![0]!.fields)).toEqual(Object.keys(safetySettingsSchema.shape));
  });

  it("require what the model requires and offer the model's defaults", () => {
    for (const field of byName.posts!.fields!.filter((f) => f.name !== "body")) {
      const meta = fieldMeta.get(postSchema.shape[field.name as keyof typeof postSchema.shape] as never)!;
      expect({ name: field.name, required: field.required, default: field.default }).toEqual({ name: field.name, required: meta.required, default: field.widget === "hidden" ? "blog-post" : meta.default });
    }
  });

  it("edit references field by field, with the https rule the build applies", () => {
    const references = byName.posts!.fields!.find((field) => field.name === "references")!;
    expect(references.min).toBe(3);
    expect(names(references.fields!)).toEqual(["title", "publisher", "year", "url"]);
    const url = references.fields!.find((field) => field.name === "url")!;
    expect(new RegExp(url.pattern![0]).test("https://nida.nih.gov/research-topics/kratom")).toBe(true);
    expect(new RegExp(url.pattern![0]).test("http://nida.nih.gov/")).toBe(false);
  });

  it("write dates the way legacy posts store them", () => {
    const fields = Object.fromEntries(byName.posts!.fields!.map((field) => [field.name, field]));
    expect(fields.date!.widget).toBe("datetime");
    expect(fields.lastReviewed).toMatchObject({ widget: "datetime", format: "YYYY-MM-DD", time_format: false });
  });
});
