import { z } from "zod";
import { httpsUrl, objectList, optionalObject, optionalObjectList, tagList, textList, year } from "./field-lists";
import { JURISDICTION_KIND, LEAF_STATUS, SEVEN_OH_STATUS } from "./law-statuses";
import { choice, dateTime, dialNumber, flag, imagePath, longText, optionalDate, optionalText, optionalWholeNumber, referenceKey, shortText, sitePath, templateKey } from "./fields";

/**
 * THE content model. Build validation (src/checks/front-matter-fields.ts), the GraphQL types
 * (src/build/schema.ts) and the CMS fields all derive from these schemas. Unknown keys are
 * errors rather than silently dropped: a misspelt field would otherwise vanish between the
 * editor and the page.
 */
const reference = {
  id: referenceKey({ label: "Key", hint: "A short name the body cites it by, like nida-2024 (lower-case letters, digits, hyphens). Keep it when you edit or move the reference." }),
  title: shortText({ label: "Title", max: 300 }),
  publisher: shortText({ label: "Publisher or journal", max: 200 }),
  year: year({ label: "Year" }),
  url: httpsUrl({ label: "Address (https)" }),
};

/** The `draft` field, as the admin names it: not the workflow's Draft status (see the README). */
const keptOffTheSite = () =>
  flag({
    label: "Kept off the site",
    hint: "Ticked, the site leaves this out even once it is published here: how an article is taken down. Not the workflow's Draft status, which only means “not published yet”.",
  });

const reviewer = {
  name: shortText({ label: "Name", max: 120 }),
  credential: shortText({ label: "Credential", hint: "For example MD, PharmD. Only a real, named reviewer.", max: 120 }),
};

export const postSchema = z.strictObject({
  templateKey: templateKey("blog-post"),
  title: shortText({ label: "Title", max: 120 }),
  date: dateTime({ label: "Publish date" }),
  lastReviewed: dateTime({ label: "Last reviewed", widget: "date", requiredToPublish: true, hint: "When the article was last checked against its sources." }),
  nextReview: optionalDate({
    label: "Next review due",
    hint: "When the sources must be checked again: at most 3 months after the last review for an article tagged Law, 12 months for others. Left empty, it is that long after the last review.",
  }),
  updated: optionalDate({ label: "Updated", hint: "When the article last changed in substance." }),
  reviewedBy: optionalObject({ label: "Reviewed by", hint: "Leave empty unless a named expert really reviewed it." }, "PostReviewer", reviewer),
  description: longText({ label: "Description", hint: "One or two sentences shown in lists and search results.", max: 600 }),
  keyPoints: textList({ label: "Key points", itemLabel: "Key point", hint: "3 to 5 short statements shown at the top.", itemMax: 200, min: 3, max: 5, requiredToPublish: true }),
  tags: tagList({ label: "Tags" }),
  featuredpost: flag({ label: "Featured on the home page" }),
  featuredimage: imagePath({ label: "Featured image" }),
  featuredimagealt: optionalText({
    label: "Featured image description (alt text)",
    hint: "What the image shows, for readers who cannot see it. Leave empty only if it is decoration.",
    max: 200,
  }),
  // At most 150: the most any article has is 26; 20,000 once made a 6 MB page.
  references: objectList({ label: "References", hint: "At least 3. Cite one in the body with “Cite a reference” above it (it writes [@key]). The site numbers them in the order the body first cites them.", min: 3, max: 150, requiredToPublish: true }, "PostReference", reference),
  corrections: optionalObjectList({ label: "Updates and corrections", hint: "Each change of substance after publication: when, and what changed. Shown at the end of the article, newest first." }, "PostCorrection", {
    date: dateTime({ label: "Date", widget: "date" }),
    note: longText({ label: "What changed", max: 500 }),
  }),
  draft: keptOffTheSite(),
});

export const pageSchema = z.strictObject({
  templateKey: templateKey("page"),
  title: shortText({ label: "Title", max: 120 }),
  description: longText({ label: "Description", max: 600 }),
  lastReviewed: dateTime({ label: "Last reviewed", widget: "date", requiredToPublish: true, hint: "When the page was last checked: its facts, its links and its advice." }),
  draft: keptOffTheSite(),
});

export const templates = { "blog-post": postSchema, page: pageSchema } as const;
export type TemplateKey = keyof typeof templates;
export const templateKeys = Object.keys(templates) as TemplateKey[];

export type Post = z.output<typeof postSchema>;
export type Page = z.output<typeof pageSchema>;
export type FrontMatter = Post | Page;

/** content/settings/safety.yml: the disclaimer and help lines every article shows, edited in one place. */
export const safetySettingsSchema = z.strictObject({
  disclaimer: longText({ label: "Medical disclaimer", max: 600 }),
  stripHeading: shortText({ label: "Help strip heading", hint: "The short help strip under every article's key points.", max: 60 }),
  overdoseAction: shortText({ label: "What to do in an overdose, in one line", hint: "Shown first in the help strip. Plain words: a reader may be in an emergency.", max: 160 }),
  overdoseGuidePath: sitePath({ label: "Address of the step-by-step overdose article", hint: "For example /blog/overdose-what-to-do/" }),
  helpHeading: shortText({ label: "Help box heading", max: 60 }),
  helpLines: objectList({ label: "Help lines", hint: "The first line is the emergency number: every page's footer shows it too.", min: 1 }, "HelpLine", {
    name: shortText({ label: "Name", max: 80 }),
    number: shortText({ label: "Number as shown", max: 30 }),
    dial: dialNumber({ label: "Number to dial" }),
    description: shortText({ label: "When to call", max: 300 }),
  }),
  spanishNote: longText({ label: "Help in Spanish (written in Spanish)", hint: "Shown in the help box, marked as Spanish for screen readers.", max: 400 }),
});

export type SafetySettings = z.output<typeof safetySettingsSchema>;

/** content/settings/topics.yml: the site's vocabulary of topics, which articles pick their tags from in the admin. */
export const topicsSettingsSchema = z.strictObject({
  topics: textList({
    label: "Topics",
    itemLabel: "Topic",
    hint: "The words articles are filed under, each with its own page. Add one only when no topic here fits: articles pick from this list.",
    itemMax: 40,
    min: 1,
    max: 40,
  }),
});

/**
 * content/law/<slug>.yml: one jurisdiction's law on kratom and 7-OH, dated and sourced. The rules
 * that tie fields together (a ban needs its date, a history entry its source) are in
 * src/content/jurisdiction-rules.ts; the checks run both.
 */
export const jurisdictionSchema = z.strictObject({
  name: shortText({ label: "Name", max: 60 }),
  code: shortText({ label: "Code", hint: "The two-letter postal code (OH), or US for federal law.", max: 2 }),
  kind: choice({ label: "Kind" }, JURISDICTION_KIND),
  leaf: choice({ label: "Kratom leaf products", hint: "“No statewide law found” means we looked: the summary says where and when." }, LEAF_STATUS),
  minimumAge: optionalWholeNumber({ label: "Minimum age to buy", hint: "Only when a statute or rule sets one.", min: 16, max: 25 }),
  sevenOH: choice({ label: "Concentrated 7-OH products", hint: "“Limited”: a cap or ratio, stated in the summary." }, SEVEN_OH_STATUS),
  summary: longText({ label: "Summary", hint: "Plain words, at most 300 characters: the rule and since when. For “Unconfirmed”, what is known and as of when.", max: 300 }),
  effective: optionalDate({ label: "Current rule in force since", hint: "Needed when anything is banned or limited." }),
  checked: dateTime({ label: "Last checked", widget: "date", hint: "The day someone last checked the sources. Checks more than 120 days old are flagged." }),
  sources: objectList({ label: "Sources", hint: "At least 1. Primary documents first: the statute, the rule, the agency's page.", min: 1, max: 30 }, "JurisdictionSource", reference),
  history: optionalObjectList({ label: "History", hint: "Each dated change, oldest first, with the source that shows it." }, "JurisdictionChange", {
    date: dateTime({ label: "Date", widget: "date" }),
    change: longText({ label: "What changed", max: 400 }),
    source: referenceKey({ label: "Source", hint: "The key of one of the sources above." }),
  }),
});

export type Jurisdiction = z.output<typeof jurisdictionSchema>;
