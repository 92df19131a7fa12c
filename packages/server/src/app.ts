import cookie from "@fastify/cookie";
import helmet from "@fastify/helmet";
import rateLimit from "@fastify/rate-limit";
import swagger from "@fastify/swagger";
import swaggerUi from "@fastify/swagger-ui";
import Fastify, { type FastifyInstance } from "fastify";
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from "fastify-type-provider-zod";
import type { AppConfig } from "./config/config.js";
import type { DatabaseHandle } from "./db/connect.js";
import { registerAuthHook } from "./features/auth/auth.hook.js";
import { authRoutes } from "./features/auth/auth.routes.js";
import { AuthService } from "./features/auth/auth.service.js";
import { cyclesRoutes } from "./features/cycles/cycles.routes.js";
import { demoRoutes } from "./features/demo/demo.routes.js";
import { exportsRoutes } from "./features/exports/exports.routes.js";
import { frameworkDocumentRoutes } from "./features/framework-document/framework-document.routes.js";
import { frameworksRoutes } from "./features/frameworks/frameworks.routes.js";
import { healthRoutes } from "./features/health/health.routes.js";
import { historyRoutes } from "./features/history/history.routes.js";
import { importsRoutes } from "./features/imports/imports.routes.js";
import { invitationRoutes } from "./features/invitations/invitations.routes.js";
import { kpiHealthRoutes } from "./features/kpi-health/kpi-health.routes.js";
import { kpiRoutes } from "./features/kpis/kpis.routes.js";
import { libraryRoutes } from "./features/library/library.routes.js";
import { lintRoutes } from "./features/lint/lint.routes.js";
import { measurementsRoutes } from "./features/measurements/measurements.routes.js";
import { objectiveRoutes } from "./features/objectives/objectives.routes.js";
import { orgUnitRoutes } from "./features/org-units/org-units.routes.js";
import { peopleRoutes } from "./features/people/people.routes.js";
import { roleRoutes } from "./features/roles/roles.routes.js";
import { scorecardsRoutes } from "./features/scorecards/scorecards.routes.js";
import { scoresRoutes } from "./features/scores/scores.routes.js";
import { scoringRoutes } from "./features/scoring/scoring.routes.js";
import { settingsRoutes } from "./features/settings/settings.routes.js";
import { organizationRoutes } from "./features/users/organization.routes.js";
import { userRoutes } from "./features/users/users.routes.js";
import { webRoutes } from "./features/web/web.routes.js";
import { registerErrorHandler } from "./http/error-handler.js";
import { registerJsonBodyParser } from "./http/json-body.parser.js";
import { recordRoutes } from "./http/route-catalog.js";

export interface AppDeps {
  config: AppConfig;
  database: DatabaseHandle;
  /** Fastify logger setting; tests pass false. */
  logger?: boolean | { level: string };
}

/** JSON bodies above this are refused with 413; file uploads have their own limit. */
export const BODY_LIMIT_BYTES = 1024 * 1024;

/** Builds the HTTP application (not listening). Routes are registered feature by feature. */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    logger: deps.logger ?? { level: deps.config.logLevel },
    bodyLimit: BODY_LIMIT_BYTES,
    // Reject (not strip) prototype-pollution keys in JSON bodies.
    onProtoPoisoning: "error",
    onConstructorPoisoning: "error",
    trustProxy: true,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  recordRoutes(app);
  registerErrorHandler(app);
  registerJsonBodyParser(app);

  await app.register(helmet, {
    // The API docs page loads its own inline scripts and styles.
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'", "'unsafe-inline'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", "data:"],
        // Only ask browsers to upgrade to https when the instance is served over https; on a plain-http
        // LAN install the upgrade would break every script and stylesheet request.
        upgradeInsecureRequests: deps.config.secureCookies ? [] : null,
      },
    },
    strictTransportSecurity: deps.config.secureCookies,
  });
  await app.register(cookie);
  await app.register(rateLimit, { global: false });
  await app.register(swagger, {
    openapi: {
      openapi: "3.0.3",
      info: {
        title: "Yardstick API",
        version: "1",
        description:
          "Design role-based KPI frameworks and run them. Sign in with POST /api/v1/auth/login; " +
          "writes made with the session cookie must send the x-csrf-token header returned by /api/v1/me.",
      },
      components: {
        securitySchemes: { session: { type: "apiKey", in: "cookie", name: "yardstick_session" } },
      },
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: "/api/docs" });
  app.get("/api/openapi.json", { schema: { hide: true } }, async () => app.swagger());

  const auth = new AuthService(deps.database.db, deps.config.sessionTtlHours * 3_600_000);
  registerAuthHook(app, auth);
  healthRoutes(app, { database: deps.database });
  authRoutes(app, { auth, config: deps.config });
  demoRoutes(app, { database: deps.database, auth, config: deps.config });
  userRoutes(app, { db: deps.database.db });
  organizationRoutes(app, { db: deps.database.db });
  invitationRoutes(app, { db: deps.database.db, auth, config: deps.config });
  objectiveRoutes(app, { db: deps.database.db });
  orgUnitRoutes(app, { db: deps.database.db });
  roleRoutes(app, { db: deps.database.db });
  kpiRoutes(app, { db: deps.database.db });
  frameworksRoutes(app, { database: deps.database });
  frameworkDocumentRoutes(app, { database: deps.database });
  libraryRoutes(app, { database: deps.database });
  lintRoutes(app, { database: deps.database });
  scoringRoutes(app);
  settingsRoutes(app, { database: deps.database });
  peopleRoutes(app, { database: deps.database });
  cyclesRoutes(app, { database: deps.database });
  scorecardsRoutes(app, { database: deps.database });
  measurementsRoutes(app, { database: deps.database });
  scoresRoutes(app, { database: deps.database });
  historyRoutes(app, { database: deps.database });
  kpiHealthRoutes(app, { database: deps.database });
  importsRoutes(app, { database: deps.database, dataDir: deps.config.dataDir });
  exportsRoutes(app, { database: deps.database });
  await webRoutes(app);

  return app;
}
