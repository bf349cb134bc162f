/** The parts of netlify-identity-widget 1.9 the admin uses (the package ships no types). */
declare module "netlify-identity-widget" {
  type User = { email: string } | null;
  const netlifyIdentity: {
    init(options?: { container?: string; APIUrl?: string }): void;
    on(event: "init" | "login", handler: (user: User) => void): void;
    on(event: "logout" | "open" | "close", handler: () => void): void;
  };
  export default netlifyIdentity;
}
