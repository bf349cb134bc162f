export type Theme = "light" | "dark";

/** Where the reader's choice is kept between visits. */
export const THEME_STORAGE_KEY = "kf-theme";

/**
 * Runs in <head> before the body is parsed, so a remembered theme is on the page before its
 * first paint (React would apply it only after hydration: a flash of the wrong theme). It also
 * marks the page as scripted, which is what shows the search field and the theme toggle.
 * Constant text: the Content-Security-Policy allows it by its hash.
 */
export const themeBootScript = `(function(d){d.classList.add("js");try{var t=localStorage.getItem("${THEME_STORAGE_KEY}");if(t==="dark"||t==="light")d.setAttribute("data-theme",t)}catch(e){}})(document.documentElement)`;

/** The theme the page shows now: the reader's choice if made, otherwise the system's. */
export function currentTheme(): Theme {
  const chosen = document.documentElement.getAttribute("data-theme");
  if (chosen === "dark" || chosen === "light") return chosen;
  return window.matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light";
}

export function applyTheme(theme: Theme): void {
  document.documentElement.setAttribute("data-theme", theme);
  try {
    localStorage.setItem(THEME_STORAGE_KEY, theme);
  } catch {
    // Storage can be blocked (private modes, strict settings): the choice then lasts for this page only.
  }
}

/** The page background of each theme (Bulma's scheme-main), for browser chrome and the web manifest. */
export const THEME_COLORS: Record<Theme, string> = { light: "#ffffff", dark: "#14161a" };
