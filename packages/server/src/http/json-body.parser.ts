import type { FastifyInstance } from "fastify";
import { badRequest } from "./http-errors.js";

/** Keys that could reach Object.prototype if a body were merged into another object. */
function rejectPrototypeKeys(key: string, value: unknown): unknown {
  if (key === "__proto__") {
    throw badRequest('Request body contains the forbidden key "__proto__". Remove it and send the request again.');
  }
  if (key === "constructor" && value !== null && typeof value === "object" && "prototype" in value) {
    throw badRequest(
      'Request body contains the forbidden key "constructor.prototype". Remove it and send the request again.',
    );
  }
  return value;
}

/**
 * JSON is the only body type the API takes (features that accept uploads register their own
 * parser). Replaces Fastify's parser so that malformed JSON and prototype-pollution keys get
 * messages that say what is wrong, and drops the text/plain parser so other types get a 415.
 */
export function registerJsonBodyParser(app: FastifyInstance): void {
  app.removeContentTypeParser(["application/json", "text/plain"]);
  app.addContentTypeParser("application/json", { parseAs: "string" }, (_request, body, done) => {
    const text = typeof body === "string" ? body : body.toString("utf8");
    if (text.trim() === "") {
      done(badRequest("Request body is empty but Content-Type is application/json. Send a JSON body."), undefined);
      return;
    }
    try {
      done(null, JSON.parse(text, rejectPrototypeKeys));
    } catch (error) {
      if (error instanceof SyntaxError) {
        done(badRequest(`Request body is not valid JSON: ${error.message}.`), undefined);
        return;
      }
      done(error as Error, undefined);
    }
  });
}
