import CMS from "decap-cms-app";
// Bundled into /admin/cms.css for the preview pane only (the admin page itself does not load it).
import "../styles/site.scss";
import "../styles/admin-preview.scss";
import { type AdminBackend, cmsConfig } from "./config";
import type { CmsWidgetControlProps, CmsWidgetPreviewProps } from "decap-cms-core";
import type { ComponentType } from "react";
import { CITED_BODY_WIDGET, contentPages } from "../content/cms";
import { CitedBodyControl, citedBodyPreview } from "./cited-body";
import { refuseWhatTheBuildWould } from "./entry-checks";
import { refuseDeletingMediaInUse } from "./media-in-use";
import { JurisdictionPreview, PagePreview, PostPreview, SafetyPreview } from "./previews";

// Both set by the admin's build (src/build/admin-bundle.ts) from the backend chosen for it.
const backend = JSON.parse(process.env.CMS_BACKEND_CONFIG!) as AdminBackend;
// Only Git Gateway signs in with Netlify Identity; for the others the widget is not even bundled.
if (process.env.CMS_IDENTITY_WIDGET) (await import("./identity")).startIdentity();
refuseDeletingMediaInUse(CMS);
CMS.init({ config: cmsConfig(backend) });
CMS.registerPreviewStyle("/admin/cms.css");
const markdown = CMS.getWidget("markdown");
// Decap's types call a widget's preview a props type; at run time it is the component.
CMS.registerWidget(CITED_BODY_WIDGET, CitedBodyControl as unknown as ComponentType<CmsWidgetControlProps>, citedBodyPreview(markdown?.preview as unknown as ComponentType<CmsWidgetPreviewProps>));
refuseWhatTheBuildWould(CMS);
CMS.registerPreviewTemplate("posts", PostPreview);
CMS.registerPreviewTemplate("safety", SafetyPreview);
CMS.registerPreviewTemplate("law", JurisdictionPreview);
for (const { name } of contentPages) CMS.registerPreviewTemplate(name, PagePreview);
