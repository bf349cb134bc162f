/**
 * The legal tracker's statuses and the words readers and editors see for each. Apart from the
 * model (src/content/model.ts) so reader pages show the words without shipping the validator.
 */
/** What the law says of kratom leaf products, in the words the map, the tables and the admin show. */
export const LEAF_STATUS = {
  banned: "Banned",
  regulated: "Legal, with state rules",
  "no-state-law-found": "No statewide law found",
  unconfirmed: "Unconfirmed",
  "not-scheduled": "Not federally scheduled",
} as const;

/** What the law says of concentrated 7-OH products. */
export const SEVEN_OH_STATUS = {
  banned: "Banned",
  limited: "Limited",
  "no-specific-rule": "No rule on 7-OH found",
  unconfirmed: "Unconfirmed",
} as const;

export const JURISDICTION_KIND = { state: "State", district: "District", federal: "Federal" } as const;

export type LeafStatus = keyof typeof LEAF_STATUS;
export type SevenOhStatus = keyof typeof SEVEN_OH_STATUS;

