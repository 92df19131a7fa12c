import { expect } from "vitest";
import type { TestClient } from "../../test/test-app.js";

/** A multipart/form-data body with one file field, as a browser's FormData sends it. */
export function multipartBody(fileName: string, content: string | Buffer, field = "file") {
  const boundary = `----yardstick${Math.random().toString(16).slice(2)}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return {
    payload: Buffer.concat([head, typeof content === "string" ? Buffer.from(content) : content, tail]),
    contentType: `multipart/form-data; boundary=${boundary}`,
  };
}

/** POST /imports/uploads as `client`, with its session and CSRF token. */
export async function upload(
  client: TestClient,
  app: { inject: (o: object) => Promise<import("fastify").LightMyRequestResponse> },
  fileName: string,
  content: string | Buffer,
  query = "",
) {
  const body = multipartBody(fileName, content);
  return app.inject({
    method: "POST",
    url: `/api/v1/imports/uploads${query}`,
    headers: { cookie: client.cookie, "x-csrf-token": client.csrfToken, "content-type": body.contentType },
    payload: body.payload,
  });
}

export interface RunJson {
  id: string;
  status: string;
  counts: { rows: number; added: number; changed: number; unchanged: number; problems: number };
  errorMessage: string | null;
  problems: { row: number; column: string | null; code: string; message: string }[];
  processedRows: number;
}

/** Polls a run until its job is over. */
export async function waitForRun(client: TestClient, runId: string): Promise<RunJson> {
  for (let i = 0; i < 400; i += 1) {
    const response = await client.request("GET", `/api/v1/imports/runs/${runId}`);
    expect(response.statusCode, response.body).toBe(200);
    const run = response.json() as RunJson;
    if (run.status !== "running") return run;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`run ${runId} did not finish`);
}

/** Upload, then commit with the given body; waits for the job and returns the run. */
export async function uploadAndCommit(
  client: TestClient,
  app: Parameters<typeof upload>[1],
  fileName: string,
  content: string | Buffer,
  body: Record<string, unknown>,
): Promise<RunJson> {
  const uploaded = await upload(client, app, fileName, content);
  expect(uploaded.statusCode, uploaded.body).toBe(201);
  const { uploadId } = uploaded.json() as { uploadId: string };
  const commit = await client.request("POST", "/api/v1/imports/commit", { uploadId, ...body });
  expect(commit.statusCode, commit.body).toBe(202);
  return waitForRun(client, (commit.json() as { runId: string }).runId);
}
