import { useEffect, useState } from "react";
import { applyTheme, currentTheme, type Theme } from "../theme/theme";

/** A switch between light and dark; the choice is remembered. Hidden until the page runs JavaScript. */
export function ThemeToggle() {
  const [theme, setTheme] = useState<Theme | null>(null);
  useEffect(() => setTheme(currentTheme()), []);
  const toggle = () => {
    const next: Theme = (theme ?? currentTheme()) === "dark" ? "light" : "dark";
    applyTheme(next);
    setTheme(next);
  };
  return (
    <button type="button" className="theme-toggle needs-js" aria-pressed={theme === "dark"} onClick={toggle}>
      Dark theme
    </button>
  );
}
