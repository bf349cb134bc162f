import type { CreateSchemaCustomizationArgs } from "gatsby";
import type { z } from "zod";
import { fieldMeta, type FieldMeta } from "../content/fields";
import { templates } from "../content/model";

interface GraphqlField {
  type: string;
  extensions?: Record<string, object>;
  resolve?: (source: Record<string, unknown>) => unknown;
}

function fieldsOf(schema: z.ZodObject): [string, FieldMeta][] {
  return Object.entries(schema.shape).map(([name, field]) => {
    const meta = fieldMeta.get(field as z.ZodType);
    if (!meta) throw new Error(`content model: field ${name} was not made with a field constructor from src/content/fields.ts`);
    return [name, meta];
  });
}

/**
 * Front-matter GraphQL fields from the content model. A field is non-null only when every
 * template requires it; fields with a model default resolve to it, so a post that leaves out
 * `tags` or `featuredpost` still answers `[]` or `false` instead of breaking a query.
 */
export function frontmatterGraphqlFields(): Record<string, GraphqlField> {
  const all = Object.values(templates).map(fieldsOf);
  const names = [...new Set(all.flatMap((fields) => fields.map(([name]) => name)))];
  return Object.fromEntries(
    names.map((name) => {
      const metas = all.map((fields) => fields.find(([field]) => field === name)?.[1]);
      const first = metas.find((meta) => meta !== undefined) as FieldMeta;
      const fallback = first.default;
      const nonNull = fallback !== undefined || metas.every((meta) => meta?.required);
      const field: GraphqlField = { type: `${first.graphqlType}${nonNull ? "!" : ""}` };
      if (first.graphqlType === "Date") field.extensions = { dateformat: {} };
      if (fallback !== undefined) field.resolve = (source) => source[name] ?? fallback;
      return [name, field];
    }),
  );
}

const nodeTypes = `
  type TagLink @dontInfer {
    name: String!
    slug: String!
    path: String!
  }
  type MarkdownRemarkFields @dontInfer {
    kind: String!
    slug: String!
    path: String!
    tags: [TagLink!]!
    draft: Boolean!
    published: Boolean!
    problems: [String!]!
    featuredImagePath: String
  }
  type MarkdownRemark implements Node @dontInfer {
    rawMarkdownBody: String!
    fileAbsolutePath: String!
    frontmatter: MarkdownRemarkFrontmatter!
    fields: MarkdownRemarkFields!
    featuredImage: File @link(by: "absolutePath", from: "fields.featuredImagePath")
  }
`;

export function createSchemaCustomization({ actions, schema }: CreateSchemaCustomizationArgs): void {
  actions.createTypes([
    schema.buildObjectType({ name: "MarkdownRemarkFrontmatter", extensions: { infer: false }, fields: frontmatterGraphqlFields() }),
    nodeTypes,
  ]);
}
