import type { CheerioAPI } from "cheerio";

/** What every published article page must show a reader; returns what is wrong, if anything. */
export function articleShortcomings($: CheerioAPI): string[] {
  const wrong: string[] = [];
  const references = $(".references ol > li");
  if (references.length < 3) wrong.push(`has ${references.length} references`);
  references.each((index, li) => {
    if ($(li).attr("id") !== `ref-${index + 1}`) wrong.push(`reference ${index + 1} has no ref-${index + 1} anchor`);
    const href = $(li).find("a").attr("href") ?? "";
    if (!href.startsWith("https://")) wrong.push(`reference ${index + 1} links to ${JSON.stringify(href)}`);
  });
  $('.article-body a[href^="#ref-"]').each((_, a) => {
    const target = $(a).attr("href")!.slice(1);
    if ($(`[id="${target}"]`).length !== 1) wrong.push(`citation ${target} points nowhere`);
  });
  if (!/Last reviewed/.test($(".article-meta").text())) wrong.push("shows no last-reviewed date");
  const points = $(".key-points li").length;
  if (points < 3 || points > 5) wrong.push(`has ${points} key points`);
  if (!$(".disclaimer").text().includes("not medical advice")) wrong.push("has no disclaimer");
  const dialled = $('.help-box a[href^="tel:"]').map((_, a) => $(a).attr("href")).get();
  for (const number of ["tel:911", "tel:+18006624357", "tel:988", "tel:+18002221222"]) {
    if (!dialled.includes(number)) wrong.push(`help box lacks ${number}`);
  }
  return wrong;
}

/** The page's one JSON-LD block of a schema.org type ("Article", "BreadcrumbList"). */
export function jsonLd($: CheerioAPI, type = "Article"): Record<string, unknown> {
  const blocks = $('script[type="application/ld+json"]')
    .toArray()
    .map((script) => JSON.parse($(script).text()) as Record<string, unknown>)
    .filter((data) => data["@type"] === type);
  const [block, ...more] = blocks;
  if (!block || more.length > 0) throw new Error(`expected one ${type} JSON-LD block, found ${blocks.length}`);
  return block;
}
