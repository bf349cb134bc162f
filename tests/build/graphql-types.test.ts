import { readFileSync } from "node:fs";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { fieldMeta } from "../../src/content/fields";
import { templates } from "../../src/content/model";

/** The front-matter type the build's GraphQL typegen wrote, read with the TypeScript parser. */
function generatedFrontmatterType(): Map<string, string> {
  const source = ts.createSourceFile("gatsby-types.d.ts", readFileSync("src/gatsby-types.d.ts", "utf8"), ts.ScriptTarget.Latest);
  const properties = new Map<string, string>();
  const visit = (node: ts.Node): void => {
    if (ts.isTypeAliasDeclaration(node) && node.name.text === "MarkdownRemarkFrontmatter" && ts.isTypeLiteralNode(node.type)) {
      for (const member of node.type.members) {
        if (ts.isPropertySignature(member) && member.type) properties.set(member.name.getText(source), member.type.getText(source));
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return properties;
}

describe("the GraphQL types the build generates", () => {
  const generated = generatedFrontmatterType();
  const modelFields = Object.values(templates).flatMap((schema) => Object.entries(schema.shape));

  it("have exactly the content model's front-matter fields", () => {
    expect([...generated.keys()].sort()).toEqual([...new Set(modelFields.map(([name]) => name))].sort());
  });

  it("make a field nullable unless every template requires it even in drafts, or the model gives a default", () => {
    for (const [name, schema] of modelFields) {
      const meta = fieldMeta.get(schema as never)!;
      const everywhere = Object.values(templates).every((template) => {
        const field = (template.shape as Record<string, unknown>)[name];
        const fieldInfo = field === undefined ? undefined : fieldMeta.get(field as never);
        return fieldInfo !== undefined && fieldInfo.required && !fieldInfo.requiredToPublish;
      });
      const nullable = generated.get(name)?.startsWith("Maybe<");
      expect({ name, nullable }).toEqual({ name, nullable: !(everywhere || meta.default !== undefined) });
    }
  });
});
