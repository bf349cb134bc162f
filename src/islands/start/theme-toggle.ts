import { attachThemeToggle } from "../theme-toggle";

document.querySelectorAll<HTMLButtonElement>("button.theme-toggle").forEach(attachThemeToggle);
