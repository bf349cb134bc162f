import { afterEach, describe, expect, it, vi } from "vitest";
import { buildDate } from "../../src/build/build-date";

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("the day a build takes as today", () => {
  it("is the clock's when KF_BUILD_DATE is unset or empty", () => {
    vi.stubEnv("KF_BUILD_DATE", "");
    expect(Math.abs(buildDate().getTime() - Date.now())).toBeLessThan(5_000);
  });

  it("is the pinned day when KF_BUILD_DATE is set, so a test build says the same next year", () => {
    vi.stubEnv("KF_BUILD_DATE", "2026-12-01");
    expect(buildDate().toISOString()).toBe("2026-12-01T12:00:00.000Z");
  });

  it("refuses a pinned value that is not a date", () => {
    vi.stubEnv("KF_BUILD_DATE", "next week");
    expect(() => buildDate()).toThrow("KF_BUILD_DATE=next week is not a date like 2026-12-01");
  });
});
