/**
 * Netlify Identity's emails (invitation, password recovery, email change, confirmation) link to
 * the site's home page with a token in the address's #fragment. The widget that reads it lives
 * in the admin, so such an address is sent there, fragment and all; readers load nothing more.
 */
const IDENTITY_FRAGMENT = /(?:confirmation|invite|recovery|email_change)_token=|access_token=|error=access_denied/;

export function adminAddressForIdentityLink(location: Pick<Location, "hash" | "pathname">): string | null {
  if (location.pathname.startsWith("/admin")) return null;
  return IDENTITY_FRAGMENT.test(location.hash) ? `/admin/${location.hash}` : null;
}
