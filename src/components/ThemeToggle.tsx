import { useEffect, useRef } from "react";
import { currentTheme } from "../theme/theme";

/**
 * A switch between light and dark; the choice is remembered. Hidden until the page runs
 * JavaScript. The theme script in every page's head runs it (src/theme/theme.ts), built pages
 * and `gatsby develop` alike; the effect only shows the current state under develop, where
 * React draws the button after that script has looked for it.
 */
export function ThemeToggle() {
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => button.current!.setAttribute("aria-pressed", String(currentTheme() === "dark")), []);
  return (
    <button ref={button} type="button" className="theme-toggle needs-js" aria-pressed="false">
      Dark theme
    </button>
  );
}
