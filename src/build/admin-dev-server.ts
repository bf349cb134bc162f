import path from "node:path";
import type { GatsbyNode } from "gatsby";
import { watchAdmin } from "./admin-bundle";

/**
 * `gatsby develop` (npm start): the admin at /admin/, rebuilt by esbuild when its sources
 * change. Gatsby's development server already serves public/, where the bundle is written;
 * only the folder address needs its page.
 */
export const onCreateDevServer: GatsbyNode["onCreateDevServer"] = async ({ app, reporter }) => {
  await watchAdmin({ publicDir: "public", production: false, localBackend: process.env.GATSBY_CMS_LOCAL_BACKEND === "true" }, (errors) => {
    if (errors > 0) reporter.error(`The admin bundle has ${errors} error(s); see above`);
    else reporter.info("Admin bundle rebuilt: /admin/");
  });
  const page = path.resolve("public/admin/index.html");
  app.get(["/admin", "/admin/"], (_request: unknown, response: { sendFile: (file: string) => void }) => response.sendFile(page));
};
