import { describe, expect, it } from "vitest";
import { latestNextReview, nextReviewDue, pastNextReview, reviewDateProblems } from "../../src/content/review-dates";

describe("when an article is due for its next review", () => {
  it("is its own date when it has one", () => {
    expect(nextReviewDue({ lastReviewed: "2026-12-01", nextReview: "2027-02-15", tags: ["Law"] })).toBe("2027-02-15");
  });

  it("is otherwise 12 months after the last review, or 3 for an article tagged Law (any spelling)", () => {
    expect(nextReviewDue({ lastReviewed: "2026-12-01", tags: ["Kratom"] })).toBe("2027-12-01");
    expect(nextReviewDue({ lastReviewed: "2026-12-01T10:00:00Z", tags: ["law"] })).toBe("2027-03-01");
  });

  it("falls on the last day of a shorter month rather than spilling into the next", () => {
    expect(latestNextReview("2026-11-30", ["Law"])).toBe("2027-02-28");
  });

  it("is unknown for a draft that has not been reviewed", () => {
    expect(nextReviewDue({ tags: [] })).toBeNull();
  });
});

describe("the review-date rules", () => {
  it("accept a next review within the interval, the last day included", () => {
    expect(reviewDateProblems("a.md", { lastReviewed: "2026-12-01", nextReview: "2027-03-01", tags: ["Law"] })).toEqual([]);
  });

  it("refuse a next review past the interval, naming the field and the latest allowed day", () => {
    expect(reviewDateProblems("a.md", { lastReviewed: "2026-12-01", nextReview: "2027-03-02", tags: ["Law"] })).toEqual([
      { file: "a.md", field: "nextReview", message: "2027-03-02 is more than 3 months after lastReviewed (2026-12-01); an article tagged Law is reviewed by 2027-03-01 at the latest" },
    ]);
  });

  it("refuse a next review before the last", () => {
    expect(reviewDateProblems("a.md", { lastReviewed: "2026-12-01", nextReview: "2026-11-30", tags: [] })[0]?.field).toBe("nextReview");
  });
});

describe("articles past their next review", () => {
  const articles = [
    { file: "law.md", lastReviewed: "2026-08-01", tags: ["Law"] },
    { file: "evidence.md", lastReviewed: "2026-08-01", tags: ["Kratom"] },
    { file: "set.md", lastReviewed: "2026-06-01", nextReview: "2026-10-01", tags: [] },
  ];

  it("are listed most overdue first, on a fixed day", () => {
    expect(pastNextReview(articles, new Date("2026-12-01T12:00:00Z")).map(({ file, nextReview }) => `${file} ${nextReview}`)).toEqual(["set.md 2026-10-01", "law.md 2026-11-01"]);
  });

  it("do not include one due today", () => {
    expect(pastNextReview([{ file: "a.md", lastReviewed: "2026-09-01", tags: ["Law"] }], new Date("2026-12-01T12:00:00Z"))).toEqual([]);
  });
});
