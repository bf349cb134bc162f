import { adminAddressForIdentityLink } from "../identity-link";

const admin = adminAddressForIdentityLink(window.location);
if (admin !== null) window.location.replace(admin);
