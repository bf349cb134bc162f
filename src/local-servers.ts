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
