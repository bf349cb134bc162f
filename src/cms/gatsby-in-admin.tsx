import type { AnchorHTMLAttributes } from "react";

/**
 * What the admin bundle gets for `import … from "gatsby"`. The shared components link with
 * Gatsby's `Link`; in the preview pane there is no Gatsby runtime to navigate with, so a link
 * is the plain anchor Gatsby renders on the server. Data hooks have no data layer here: the
 * previews pass every value in as props, and a component that queries fails loudly.
 */
interface LinkProps extends AnchorHTMLAttributes<HTMLAnchorElement> {
  to: string;
  activeClassName?: string;
  partiallyActive?: boolean;
  replace?: boolean;
  state?: unknown;
}

export function Link({ to, activeClassName: _active, partiallyActive: _partially, replace: _replace, state: _state, children, ...anchor }: LinkProps) {
  return (
    <a href={to} {...anchor}>
      {children}
    </a>
  );
}

export function navigate(to: string): void {
  window.location.assign(to);
}

/** Query documents are compiled away by Gatsby; modules that declare fragments still load here. */
export function graphql(): undefined {
  return undefined;
}

export function useStaticQuery(): never {
  throw new Error("useStaticQuery has no data in the admin: pass the values to the preview as props");
}
