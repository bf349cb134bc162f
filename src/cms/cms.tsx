import CMS from "decap-cms-app";
// Bundled into /admin/cms.css for the preview pane only (the admin page itself does not load it).
import "../styles/site.scss";
import "../styles/admin-preview.scss";
import { cmsConfig } from "./config";
import { contentPages } from "../content/cms";
import { refuseWhatTheBuildWould } from "./entry-checks";
import { startIdentity } from "./identity";
import { refuseDeletingMediaInUse } from "./media-in-use";
import { PagePreview, PostPreview, SafetyPreview } from "./previews";

const localBackend = process.env.GATSBY_CMS_LOCAL_BACKEND === "true";
if (!localBackend) startIdentity();
refuseDeletingMediaInUse(CMS);
CMS.init({ config: cmsConfig(localBackend) });
CMS.registerPreviewStyle("/admin/cms.css");
refuseWhatTheBuildWould(CMS);
CMS.registerPreviewTemplate("posts", PostPreview);
CMS.registerPreviewTemplate("safety", SafetyPreview);
for (const { name } of contentPages) CMS.registerPreviewTemplate(name, PagePreview);
