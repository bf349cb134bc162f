import { isValidElement, type ReactNode } from "react";
import { ISLANDS_PATH } from "../islands/islands";

/** The ids of the inline scripts Gatsby's runtime starts from (gatsby/cache-dir/static-entry.js). */
const GATSBY_INLINE_SCRIPTS = new Set(["gatsby-script-loader", "gatsby-chunk-mapping"]);

/**
 * Gatsby's runtime as static-entry.js adds it to a page: the slice that carries its scripts,
 * their inline set-up, any script file that is not an island, and preloads of scripts and page data.
 */
export function isGatsbyRuntime(node: ReactNode): boolean {
  if (!isValidElement<Record<string, unknown>>(node)) return false;
  const { props } = node;
  if (props.sliceId === "_gatsby-scripts") return true;
  if (node.type === "script") return GATSBY_INLINE_SCRIPTS.has(String(props.id)) || (typeof props.src === "string" && !props.src.startsWith(ISLANDS_PATH));
  return node.type === "link" && (props.as === "script" || props.as === "fetch");
}
