import CMS from "decap-cms-app";
// Bundled into /admin/cms.css for the preview pane only (the admin page itself does not load it).
import "../styles/site.scss";
import { cmsConfig } from "./config";
import { contentPages } from "../content/cms";
import { startIdentity } from "./identity";
import { PagePreview, PostPreview, SafetyPreview } from "./previews";

const localBackend = process.env.GATSBY_CMS_LOCAL_BACKEND === "true";
if (!localBackend) startIdentity();
CMS.init({ config: cmsConfig(localBackend) as never });
CMS.registerPreviewStyle("/admin/cms.css");
CMS.registerPreviewTemplate("posts", PostPreview as never);
CMS.registerPreviewTemplate("safety", SafetyPreview as never);
for (const { name } of contentPages) CMS.registerPreviewTemplate(name, PagePreview as never);
