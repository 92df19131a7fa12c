import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { DatabaseHandle } from "../../db/connect.js";
import { errorResponses } from "../../http/openapi-responses.js";
import { PEOPLE_ADMINS } from "../access/access.service.js";
import { requireAuth, requireRole } from "../auth/auth-context.js";
import {
  createPersonBodySchema,
  deactivatePersonBodySchema,
  linkUserBodySchema,
  listPeopleQuerySchema,
  orgChartSchema,
  personIdParamsSchema,
  personListSchema,
  personResponseSchema,
  personWithChangesSchema,
  updatePersonBodySchema,
} from "./people.schemas.js";
import {
  createPerson,
  deactivatePerson,
  getVisiblePerson,
  linkUser,
  listVisiblePeople,
  updatePerson,
  visibleOrgChart,
} from "./people.service.js";

const tags = ["people"];

export function peopleRoutes(app: FastifyInstance, deps: { database: DatabaseHandle }): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { db } = deps.database;

  r.get(
    "/api/v1/people",
    {
      schema: {
        tags,
        summary: "People you may see: hr/admin everyone, a manager their reporting line, an employee themself",
        querystring: listPeopleQuerySchema,
        response: { 200: personListSchema, ...errorResponses(400, 401) },
      },
    },
    async (request) => ({ items: await listVisiblePeople(db, requireAuth(request), request.query) }),
  );

  r.get(
    "/api/v1/people/org-chart",
    {
      schema: {
        tags,
        summary: "The active people you may see, nested under their managers",
        response: { 200: orgChartSchema, ...errorResponses(401) },
      },
    },
    async (request) => ({ items: await visibleOrgChart(db, requireAuth(request)) }),
  );

  r.post(
    "/api/v1/people",
    {
      schema: {
        tags,
        summary: "Add a person (admin or hr); in an open cycle they get a scorecard from their start date",
        body: createPersonBodySchema,
        response: { 201: personWithChangesSchema, ...errorResponses(400, 401, 403, 409) },
      },
    },
    async (request, reply) => {
      const auth = requireRole(request, PEOPLE_ADMINS);
      return reply.status(201).send(await createPerson(db, auth, request.body));
    },
  );

  r.get(
    "/api/v1/people/:id",
    {
      schema: {
        tags,
        summary: "One person you may see (404 otherwise)",
        params: personIdParamsSchema,
        response: { 200: personResponseSchema, ...errorResponses(400, 401, 404) },
      },
    },
    async (request) => getVisiblePerson(db, requireAuth(request), request.params.id),
  );

  r.patch(
    "/api/v1/people/:id",
    {
      schema: {
        tags,
        summary: "Edit a person (admin or hr); a new roleId supersedes their open scorecards from effectiveDate",
        description:
          "A manager that already reports to this person (directly or indirectly) is refused with 400 naming managerId.",
        params: personIdParamsSchema,
        body: updatePersonBodySchema,
        response: { 200: personWithChangesSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => updatePerson(db, requireRole(request, PEOPLE_ADMINS), request.params.id, request.body),
  );

  r.post(
    "/api/v1/people/:id/deactivate",
    {
      schema: {
        tags,
        summary: "A leaver (admin or hr): history kept, active scorecards end on endDate, sessions ended",
        params: personIdParamsSchema,
        body: deactivatePersonBodySchema,
        response: { 200: personWithChangesSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => deactivatePerson(db, requireRole(request, PEOPLE_ADMINS), request.params.id, request.body),
  );

  r.post(
    "/api/v1/people/:id/link-user",
    {
      schema: {
        tags,
        summary: "Link the member account that signs in as this person, or unlink with null (admin or hr)",
        params: personIdParamsSchema,
        body: linkUserBodySchema,
        response: { 200: personResponseSchema, ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => linkUser(db, requireRole(request, PEOPLE_ADMINS), request.params.id, request.body.userId),
  );
}
