import path from "node:path";
import type { GatsbyNode } from "gatsby";
import { watchAdmin } from "./admin-bundle";
import { recordedRedirects } from "./file-name-redirects";

interface DevRequest {
  path: string;
}
interface DevResponse {
  sendFile(file: string): void;
  redirect(status: number, location: string): void;
}

/**
 * `gatsby develop` (npm start): the admin at /admin/, rebuilt by esbuild when its sources
 * change, always with the local backend (decap-server on this machine), whatever CMS_BACKEND
 * says. Gatsby's development server already serves public/, where the bundle is written; only
 * the folder address needs its page, and an article's address by file name (the admin's
 * "View live" link) its redirect, as Netlify's _redirects gives it in production.
 */
export const onCreateDevServer: GatsbyNode["onCreateDevServer"] = async ({ app, reporter, store }) => {
  app.get("/blog/:name/", (request: DevRequest, response: DevResponse, next: () => void) => {
    const redirect = recordedRedirects(store).find((candidate) => candidate.fromPath === request.path);
    if (redirect) response.redirect(301, redirect.toPath);
    else next();
  });
  await watchAdmin({ publicDir: "public", production: false, backend: "local" }, (errors) => {
    if (errors > 0) reporter.error(`The admin bundle has ${errors} error(s); see above`);
    else reporter.info("Admin bundle rebuilt: /admin/");
  });
  const page = path.resolve("public/admin/index.html");
  app.get(["/admin", "/admin/"], (_request: unknown, response: DevResponse) => response.sendFile(page));
};
