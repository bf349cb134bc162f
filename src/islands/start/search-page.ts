import { attachSearch } from "../search-page";

const page = document.querySelector<HTMLElement>(".search-page");
if (page) attachSearch(page);
