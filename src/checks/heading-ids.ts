import type { Problem } from "./problems";
import { headingsOf } from "../content/sections";

/** Ids the page gives its own parts: a heading with one of them would take a citation's or a note's jump. */
const PAGE_IDS = /^(ref|fn|fnref)-\d+$|^(main|header-search-query|table-of-contents-title|(key-points|help-strip|help-box|references|corrections|related)-heading)$/;

/** A body heading whose id the page already uses ("## Ref 1" → #ref-1): a citation would jump to it instead. */
export function checkHeadingIds(file: string, body: string): Problem[] {
  return headingsOf(body)
    .filter(({ id }) => PAGE_IDS.test(id))
    .map(({ id, line, title }) => ({
      file,
      field: "body",
      message: `line ${line} of the body: the heading ${JSON.stringify(title)} would get the address #${id}, which the page uses for something else; reword the heading`,
    }));
}
