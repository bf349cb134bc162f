import { site } from "../site";
import { routes } from "../content/paths";

/** robots.txt: everything but the admin, and where the sitemap is. */
export function robotsTxt(): string {
  return ["User-agent: *", `Disallow: ${routes.admin}`, "", `Sitemap: ${site.siteUrl}${routes.sitemap}`, ""].join("\n");
}
