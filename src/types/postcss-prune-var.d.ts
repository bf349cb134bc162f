/** postcss-prune-var 1.1 ships no types: a PostCSS plugin that removes custom properties no var() reaches. */
declare module "postcss-prune-var" {
  const pruneVar: (options?: { skip?: string[] }) => { postcssPlugin: string };
  export default pruneVar;
}
