import CMS from "decap-cms-app";
import "../styles/site.scss";
import { cmsConfig } from "./config";
import { contentPages } from "../content/cms";
import { PagePreview, PostPreview, SafetyPreview } from "./previews";

CMS.init({ config: cmsConfig(process.env.GATSBY_CMS_LOCAL_BACKEND === "true") as never });
CMS.registerPreviewTemplate("posts", PostPreview as never);
CMS.registerPreviewTemplate("safety", SafetyPreview as never);
for (const { name } of contentPages) CMS.registerPreviewTemplate(name, PagePreview as never);
