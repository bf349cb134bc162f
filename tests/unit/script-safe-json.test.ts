import { describe, expect, it } from "vitest";
import { scriptSafeJson } from "../../src/ssr/script-safe-json";

describe("JSON written inside a <script>", () => {
  it.each(["</script><script>alert(1)</script>", "&lt;/script&gt;&lt;script&gt;alert(2)&lt;/script&gt;", "<!-- a", "]]> & done"])("has no < > or & for %s, and reads back unchanged", (text) => {
    const json = scriptSafeJson({ headline: text });
    expect(json).not.toMatch(/[<>&]/);
    expect(JSON.parse(json)).toEqual({ headline: text });
  });
});
