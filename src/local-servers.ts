/** Where `npm start` and the tests serve on this machine: loopback only, one place for every port. */
export const LOCAL_HOST = "127.0.0.1";

export const LOCAL_PORTS = {
  /** gatsby develop (its default). */
  site: 8000,
  /** decap-server, which the admin's local backend talks to. */
  cms: 8081,
  /** gatsby serve (its default). */
  serve: 9000,
} as const;

/** The admin's local backend: decap-server's API. */
export const LOCAL_CMS_API = `http://${LOCAL_HOST}:${LOCAL_PORTS.cms}/api/v1`;

/** The branch the site is built and deployed from, and the one `npm start` shows. */
export const PUBLISHED_BRANCH = "main";

/**
 * decap-server's copy of the published branch on your machine, checked out in a git work tree
 * of its own; a publish in the admin lands here first and then moves PUBLISHED_BRANCH forward.
 */
export const LOCAL_CMS_BRANCH = "admin-main";
