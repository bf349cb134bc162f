import type { GatsbyBrowser } from "gatsby";
import "./src/styles/site.scss";
import { adminAddressForIdentityLink } from "./src/browser/identity-link";

export const onClientEntry: GatsbyBrowser["onClientEntry"] = () => {
  const admin = adminAddressForIdentityLink(window.location);
  if (admin !== null) window.location.replace(admin);
};
