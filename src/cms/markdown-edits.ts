/**
 * What the body editor's buttons do to the Markdown: each takes the text and the selection and
 * returns the new text and selection, so an editor gets headings, lists, bold and links without
 * knowing the syntax, and the file stays the plain Markdown the site renders.
 */
export interface Edit {
  value: string;
  start: number;
  end: number;
}

/** The whole lines the selection touches. */
function lineSpan(value: string, start: number, end: number): { from: number; to: number } {
  const from = value.lastIndexOf("\n", start - 1) + 1;
  const next = value.indexOf("\n", Math.max(end - (end > start && value[end - 1] === "\n" ? 1 : 0), start));
  return { from, to: next === -1 ? value.length : next };
}

const LINE_MARK = /^(#{1,6} |[-*] |\d+\. )/;

/** Makes each selected line a heading, a bullet or a numbered step (again: back to a paragraph). */
export function markLines({ value, start, end }: Edit, mark: "## " | "### " | "- " | "1. "): Edit {
  const { from, to } = lineSpan(value, start, end);
  const lines = value.slice(from, to).split("\n");
  const already = lines.every((line) => (mark === "1. " ? /^\d+\. /.test(line) : line.startsWith(mark)));
  const marked = lines.map((line, index) => {
    const bare = line.replace(LINE_MARK, "");
    if (already) return bare;
    return `${mark === "1. " ? `${index + 1}. ` : mark}${bare}`;
  });
  const body = marked.join("\n");
  // A list runs on into the next line unless a blank line ends it (and one must start it after a
  // paragraph): the editor gets the blank lines, not a list that swallows the next sentence.
  const isList = !already && (mark === "- " || mark === "1. ");
  const before =
    isList &&
    from > 0 &&
    value
      .slice(0, from - 1)
      .split("\n")
      .pop()!
      .trim() !== ""
      ? "\n"
      : "";
  const after =
    isList &&
    to < value.length &&
    value
      .slice(to + 1)
      .split("\n")[0]!
      .trim() !== ""
      ? "\n"
      : "";
  const text = before + body + after;
  return { value: value.slice(0, from) + text + value.slice(to), start: from + before.length, end: from + before.length + body.length };
}

/** Wraps the selection (or a placeholder to type over) in `before` and `after`, selecting the inside. */
export function wrap({ value, start, end }: Edit, before: string, after: string, placeholder: string): Edit {
  const inside = value.slice(start, end) || placeholder;
  return { value: value.slice(0, start) + before + inside + after + value.slice(end), start: start + before.length, end: start + before.length + inside.length };
}

/** A link on the selected words (or on the address itself when nothing is selected). */
export function link(edit: Edit, address: string): Edit {
  const words = edit.value.slice(edit.start, edit.end) || address;
  const text = `[${words}](${address})`;
  return { value: edit.value.slice(0, edit.start) + text + edit.value.slice(edit.end), start: edit.start + text.length, end: edit.start + text.length };
}

/** Characters that would end an image's description or address early. */
const escapeAlt = (alt: string) => alt.replace(/[\\[\]]/g, "\\$&");
const safeAddress = (address: string) => (/[\s()<>]/.test(address) ? `<${address.replace(/[<>]/g, encodeURIComponent)}>` : address);

/**
 * A body image in place of the selection, as a paragraph of its own (an image inside a sentence
 * would be shown inline in the text), with the cursor after it.
 */
export function image({ value, start, end }: Edit, address: string, alt: string): Edit {
  const before = value.slice(0, start);
  const after = value.slice(end);
  const gapBefore = before === "" ? "" : before.endsWith("\n\n") ? "" : before.endsWith("\n") ? "\n" : "\n\n";
  const gapAfter = after.startsWith("\n\n") ? "" : after.startsWith("\n") ? "\n" : "\n\n";
  const text = `${gapBefore}![${escapeAlt(alt.trim())}](${safeAddress(address)})${gapAfter}`;
  const cursor = start + text.length;
  return { value: before + text + after, start: cursor, end: cursor };
}
