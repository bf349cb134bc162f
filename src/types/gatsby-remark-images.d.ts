// The two packages plugins/gatsby-remark-images-once wraps, as far as it uses them; neither ships types.
declare module "gatsby-plugin-sharp" {
  export interface FluidRequest {
    file: { id: string; internal: { contentDigest: string } };
    args?: Record<string, unknown>;
  }
  /** An image's responsive sizes, placeholder and resize jobs; null when the file cannot be read. */
  export let fluid: (request: FluidRequest) => Promise<Record<string, unknown> | null>;
}

declare module "gatsby-remark-images" {
  const plugin: (api: unknown, options: unknown) => Promise<unknown>;
  export = plugin;
}
