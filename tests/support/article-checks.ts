import type { CheerioAPI } from "cheerio";

const HELP_NUMBERS = ["tel:911", "tel:+18006624357", "tel:988", "tel:+18002221222"];

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
  if (!/Next review due/.test($(".article-meta").text())) wrong.push("shows no next-review date");
  wrong.push(...helpStripShortcomings($));
  const points = $(".key-points li").length;
  if (points < 3 || points > 5) wrong.push(`has ${points} key points`);
  if (!$(".disclaimer").text().includes("not medical advice")) wrong.push("has no disclaimer");
  const dialled = $('.help-box a[href^="tel:"]')
    .map((_, a) => $(a).attr("href"))
    .get();
  for (const number of HELP_NUMBERS) {
    if (!dialled.includes(number)) wrong.push(`help box lacks ${number}`);
  }
  return wrong;
}

/** The help strip: after the key points, before the first heading of the body, with every number and a way to all help. */
function helpStripShortcomings($: CheerioAPI): string[] {
  const strip = $(".help-strip");
  if (strip.length !== 1) return [`has ${strip.length} help strips`];
  const wrong: string[] = [];
  const order = $(".key-points, .help-strip, .article-body h2").toArray();
  const at = (element: unknown) => order.indexOf(element as (typeof order)[number]);
  if (at(strip[0]) !== 1 || !$(order[0]).is(".key-points")) wrong.push("help strip is not right after the key points, before the body's first heading");
  const dialled = strip
    .find('a[href^="tel:"]')
    .map((_, a) => $(a).attr("href"))
    .get();
  for (const number of HELP_NUMBERS) if (!dialled.includes(number)) wrong.push(`help strip lacks ${number}`);
  if (strip.find('a[href="/get-help/"]').length !== 1) wrong.push("help strip has no Get help link");
  if (!/naloxone/i.test(strip.text())) wrong.push("help strip does not say to give naloxone");
  return wrong;
}

/** The page's one JSON-LD item of a schema.org type ("MedicalWebPage", "BreadcrumbList"), or a page's main entity ("Article"). */
export function jsonLd($: CheerioAPI, type = "Article"): Record<string, unknown> {
  const blocks = $('script[type="application/ld+json"]')
    .toArray()
    .map((script) => JSON.parse($(script).text()) as Record<string, unknown>)
    .flatMap((data) => [data, ...(typeof data.mainEntity === "object" && data.mainEntity !== null ? [data.mainEntity as Record<string, unknown>] : [])])
    .filter((data) => data["@type"] === type);
  const [block, ...more] = blocks;
  if (!block || more.length > 0) throw new Error(`expected one ${type} JSON-LD block, found ${blocks.length}`);
  return block;
}
