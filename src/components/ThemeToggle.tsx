import { useEffect, useRef } from "react";
import { attachThemeToggle } from "../islands/theme-toggle";

/**
 * A switch between light and dark; the choice is remembered. Hidden until the page runs
 * JavaScript. Built pages are not hydrated: the theme-toggle island wires the button there. The
 * effect does the same under `gatsby develop`, which still runs React in the browser.
 */
export function ThemeToggle() {
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => attachThemeToggle(button.current!), []);
  return (
    <button ref={button} type="button" className="theme-toggle needs-js" aria-pressed="false">
      Dark theme
    </button>
  );
}
