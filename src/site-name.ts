/** The publication's name, wherever a page, the admin or the build names it (no environment read here: reader pages import it). */
export const SITE_NAME = "Kratom Facts";
