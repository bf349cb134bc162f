/** The folder under public/ where the build writes Pagefind's index and runtime. */
export const SEARCH_BUNDLE_DIR = "pagefind";
