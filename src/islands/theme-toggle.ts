import { applyTheme, currentTheme } from "../theme/theme";

/** Makes a server-rendered theme button switch between light and dark. Returns how to undo it. */
export function attachThemeToggle(button: HTMLButtonElement): () => void {
  const show = () => button.setAttribute("aria-pressed", String(currentTheme() === "dark"));
  const toggle = () => {
    applyTheme(currentTheme() === "dark" ? "light" : "dark");
    show();
  };
  show();
  button.addEventListener("click", toggle);
  return () => button.removeEventListener("click", toggle);
}
