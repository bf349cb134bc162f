import netlifyIdentity from "netlify-identity-widget";

/**
 * Netlify Identity for the production admin: Decap's Git Gateway backend signs editors in
 * through `window.netlifyIdentity`. Invitation and recovery links reach the admin with their
 * token in the address (gatsby-browser sends them here), and the widget reads it on init.
 */
declare global {
  interface Window {
    netlifyIdentity?: typeof netlifyIdentity;
  }
}

export function startIdentity(): void {
  window.netlifyIdentity = netlifyIdentity;
  netlifyIdentity.on("init", (user) => {
    // After accepting an invitation or resetting a password, open the admin itself.
    if (!user) netlifyIdentity.on("login", () => window.location.assign("/admin/"));
  });
  netlifyIdentity.init();
}
