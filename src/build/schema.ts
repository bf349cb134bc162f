import type { CreateSchemaCustomizationArgs } from "gatsby";
import type { z } from "zod";
import { fieldMeta, type FieldMeta } from "../content/fields";
import { jurisdictionSchema, pageSchema, postSchema, safetySettingsSchema, templates } from "../content/model";
import { JURISDICTION_TYPE } from "./law-nodes";
import { CONTENT_TYPES } from "./content-nodes";

/** A zod object shape; typed loosely because registry metadata cannot carry zod types. */
type Shape = Readonly<Record<string, object>>;

interface GraphqlField {
  type: string;
  extensions?: Record<string, object | string>;
  resolve?: (source: Record<string, unknown>) => unknown;
}

function metaOf(shape: Shape): [string, FieldMeta][] {
  return Object.entries(shape).map(([name, field]) => {
    const meta = fieldMeta.get(field as z.core.$ZodType);
    if (!meta) throw new Error(`content model: field ${name} was not made with a field constructor from src/content/`);
    return [name, meta];
  });
}

/** Non-null only when the value is always there: a default, or required even in drafts. */
function alwaysPresent(meta: FieldMeta | undefined): boolean {
  return meta !== undefined && (meta.default !== undefined || (meta.required && !meta.requiredToPublish));
}

function graphqlField(name: string, meta: FieldMeta, nonNull: boolean): GraphqlField {
  const field: GraphqlField = { type: `${meta.graphqlType}${nonNull ? "!" : ""}` };
  if (meta.graphqlType === "Date") field.extensions = { dateformat: {} };
  const fallback = meta.default;
  if (fallback !== undefined) field.resolve = (source) => source[name] ?? fallback;
  return field;
}

function graphqlFields(shape: Shape): Record<string, GraphqlField> {
  return Object.fromEntries(metaOf(shape).map(([name, meta]) => [name, graphqlField(name, meta, alwaysPresent(meta))]));
}

/**
 * Front-matter GraphQL fields from the content model. A field is non-null only when every
 * template always has it; fields with a model default resolve to it, so a post that leaves out
 * `tags` or `featuredpost` still answers `[]` or `false` instead of breaking a query.
 */
export function frontmatterGraphqlFields(): Record<string, GraphqlField> {
  const all = Object.values(templates).map((schema) => new Map(metaOf(schema.shape)));
  const names = [...new Set(all.flatMap((fields) => [...fields.keys()]))];
  return Object.fromEntries(
    names.map((name) => {
      const metas = all.map((fields) => fields.get(name));
      const first = metas.find((meta) => meta !== undefined) as FieldMeta;
      return [name, graphqlField(name, first, first.default !== undefined || metas.every(alwaysPresent))];
    }),
  );
}

/** Every named object type the model uses (references, reviewer, help lines), from its sub-fields. */
export function objectTypes(shapes: readonly Shape[]): { name: string; fields: Record<string, GraphqlField> }[] {
  const found = new Map<string, Shape>();
  const collect = (shape: Shape): void => {
    for (const [, meta] of metaOf(shape)) {
      if (meta.objectType && !found.has(meta.objectType.name)) {
        found.set(meta.objectType.name, meta.objectType.fields);
        collect(meta.objectType.fields);
      }
    }
  };
  shapes.forEach(collect);
  return [...found.entries()].map(([name, shape]) => ({ name, fields: graphqlFields(shape) }));
}

const nodeTypes = `
  type TagLink @dontInfer {
    name: String!
    slug: String!
    path: String!
  }
  type ArticleSection @dontInfer {
    id: String!
    title: String!
  }
  type MarkdownRemarkChecked @dontInfer {
    kind: String!
    slug: String!
    path: String!
    draft: Boolean!
    published: Boolean!
    problems: [String!]!
    featuredImage: String
    bodyImages: [String!]!
  }
  type MarkdownRemark implements Node @dontInfer {
    rawMarkdownBody: String!
    fileAbsolutePath: String!
    frontmatter: MarkdownRemarkFrontmatter!
    fields: MarkdownRemarkFields!
  }
  type MarkdownRemarkFields @dontInfer {
    checked: MarkdownRemarkChecked!
  }
`;

/** What the build adds to every article and page beside the model's fields (src/build/content-nodes.ts). */
const contentFields: Record<string, GraphqlField> = {
  file: { type: "String!" },
  slug: { type: "String!" },
  path: { type: "String!" },
  published: { type: "Boolean!" },
  markdown: { type: "MarkdownRemark!", extensions: { link: { from: "markdownId" } } },
};

/**
 * The checked content's fields, typed by the model. The node holds the validated value with its
 * defaults filled in and lists as [] when absent, so those are non-null; what only a published
 * article must have (lastReviewed) stays nullable, as a draft may lack it.
 */
function checkedFields(shape: Shape, leaveOut: readonly string[]): Record<string, GraphqlField> {
  return Object.fromEntries(
    metaOf(shape)
      .filter(([name]) => !leaveOut.includes(name))
      .map(([name, meta]) => [name, graphqlField(name, meta, alwaysPresent(meta) || meta.graphqlType.startsWith("["))]),
  );
}

function articleFields(): Record<string, GraphqlField> {
  return {
    ...checkedFields(postSchema.shape, ["templateKey", "tags"]),
    ...contentFields,
    tags: { type: "[TagLink!]!" },
    readingMinutes: { type: "Int!" },
    readingGrade: { type: "Float!" },
    featuredimagealt: { type: "String!" },
    sections: { type: "[ArticleSection!]!" },
    uncitedReferences: { type: "[String!]!" },
    featuredImage: { type: "File", extensions: { link: { by: "absolutePath", from: "featuredImagePath" } } },
  };
}

export function createSchemaCustomization({ actions, schema }: CreateSchemaCustomizationArgs): void {
  const shapes = [...Object.values(templates).map((template) => template.shape), safetySettingsSchema.shape, jurisdictionSchema.shape];
  actions.createTypes([
    ...objectTypes(shapes).map(({ name, fields }) => schema.buildObjectType({ name, extensions: { infer: false }, fields })),
    schema.buildObjectType({ name: "MarkdownRemarkFrontmatter", extensions: { infer: false }, fields: frontmatterGraphqlFields() }),
    schema.buildObjectType({
      name: "SafetySettings",
      interfaces: ["Node"],
      extensions: { infer: false },
      fields: { ...graphqlFields(safetySettingsSchema.shape), problems: { type: "[String!]!" } },
    }),
    nodeTypes,
    schema.buildObjectType({ name: CONTENT_TYPES.post, interfaces: ["Node"], extensions: { infer: false }, fields: articleFields() }),
    // A file with problems has a node too (valid: false) but none of the fields: pages ask for valid ones.
    schema.buildObjectType({
      name: JURISDICTION_TYPE,
      interfaces: ["Node"],
      extensions: { infer: false },
      fields: {
        ...graphqlFields(jurisdictionSchema.shape),
        history: { type: "[JurisdictionChange!]!" },
        file: { type: "String!" },
        slug: { type: "String!" },
        path: { type: "String!" },
        valid: { type: "Boolean!" },
      },
    }),
    schema.buildObjectType({ name: CONTENT_TYPES.page, interfaces: ["Node"], extensions: { infer: false }, fields: { ...checkedFields(pageSchema.shape, ["templateKey"]), ...contentFields } }),
  ]);
}
