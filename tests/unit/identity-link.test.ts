import { describe, expect, it } from "vitest";
import { adminAddressForIdentityLink } from "../../src/islands/identity-link";

const at = (pathname: string, hash: string) => adminAddressForIdentityLink({ pathname, hash });

describe("links in Netlify Identity's emails", () => {
  it("sends invitation, recovery, email-change and confirmation links to the admin with their token", () => {
    for (const hash of ["#invite_token=abc", "#recovery_token=abc", "#email_change_token=abc", "#confirmation_token=abc", "#access_token=abc&type=x"]) {
      expect(at("/", hash)).toBe(`/admin/${hash}`);
    }
    expect(at("/", "#error=access_denied&error_description=403")).toBe("/admin/#error=access_denied&error_description=403");
  });

  it("leaves readers' own fragments, and the admin itself, alone", () => {
    expect(at("/blog/what-is-kratom/", "#what-the-research-says")).toBeNull();
    expect(at("/", "")).toBeNull();
    expect(at("/admin/", "#invite_token=abc")).toBeNull();
  });
});
