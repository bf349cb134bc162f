export type Theme = "light" | "dark";

/** Where the reader's choice is kept between visits. */
export const THEME_STORAGE_KEY = "kf-theme";

/**
 * Runs in <head> before the body is parsed, so a remembered theme is on the page before its
 * first paint. It also marks the page as scripted, which shows the theme switch, and runs the
 * switch: one click listener on the document, so no page loads a script file for it (a request
 * of its own would hold Lighthouse's simulated LCP back by a round trip). Constant text: the
 * Content-Security-Policy allows it by its hash.
 */
export const themeBootScript = `(function(d){var h=d.documentElement;h.classList.add("js");function c(){var t=h.getAttribute("data-theme");return t==="dark"||t==="light"?t:matchMedia("(prefers-color-scheme: dark)").matches?"dark":"light"}function s(){d.querySelectorAll(".theme-toggle").forEach(function(b){b.setAttribute("aria-pressed",String(c()==="dark"))})}try{var t=localStorage.getItem("${THEME_STORAGE_KEY}");if(t==="dark"||t==="light")h.setAttribute("data-theme",t)}catch(e){}d.addEventListener("DOMContentLoaded",s);d.addEventListener("click",function(e){if(!e.target.closest||!e.target.closest(".theme-toggle"))return;var n=c()==="dark"?"light":"dark";h.setAttribute("data-theme",n);try{localStorage.setItem("${THEME_STORAGE_KEY}",n)}catch(x){}s()})})(document)`;

/** The theme the page shows now: the reader's choice if made, otherwise the system's. */
export function currentTheme(): Theme {
  const chosen = document.documentElement.getAttribute("data-theme");
  if (chosen === "dark" || chosen === "light") return chosen;
  return window.matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light";
}

/** The page background of each theme (Bulma's scheme-main), for browser chrome and the web manifest. */
export const THEME_COLORS: Record<Theme, string> = { light: "#ffffff", dark: "#14161a" };
