import type { FastifyInstance, HTTPMethods } from "fastify";

/** One route as registered, for the tests that check every route is documented and guarded. */
export interface RegisteredRoute {
  method: HTTPMethods;
  url: string;
  /** `config.public`: reachable without a session. */
  public: boolean;
  /** `schema.hide`: left out of the OpenAPI document on purpose. */
  hidden: boolean;
}

const catalogs = new WeakMap<FastifyInstance, RegisteredRoute[]>();

/** Starts recording every route registered from now on (call it before any route or plugin). */
export function recordRoutes(app: FastifyInstance): void {
  const routes: RegisteredRoute[] = [];
  catalogs.set(app, routes);
  app.addHook("onRoute", (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    const config = route.config as { public?: boolean } | undefined;
    const schema = route.schema as { hide?: boolean } | undefined;
    for (const method of methods) {
      routes.push({ method, url: route.url, public: config?.public === true, hidden: schema?.hide === true });
    }
  });
}

/** Every route recorded on `app` since `recordRoutes(app)`. */
export function registeredRoutes(app: FastifyInstance): readonly RegisteredRoute[] {
  const routes = catalogs.get(app);
  if (!routes) throw new Error("recordRoutes(app) was not called before the routes were registered");
  return routes;
}
