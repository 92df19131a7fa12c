import autocannon from "autocannon";
import Fastify from "fastify";
import { buildApp } from "../packages/server/src/app.js";
import { loadConfig } from "../packages/server/src/config/config.js";
import { AuthService } from "../packages/server/src/features/auth/auth.service.js";
import type { SeededBench } from "./recompute.bench.js";
import type { BenchFigure } from "./report.js";

const CONNECTIONS = 50;
const P99_TARGET_MS = 50;

/** A manager whose whole reporting line is a realistic team (8 to 80 people). */
function teamManager(seeded: SeededBench["seeded"]): string {
  const reports = new Map<string, string[]>();
  for (const p of seeded.people) {
    if (p.managerNumber) reports.set(p.managerNumber, [...(reports.get(p.managerNumber) ?? []), p.employeeNumber]);
  }
  const size = (n: string): number => (reports.get(n) ?? []).reduce((s, r) => s + 1 + size(r), 0);
  const candidates = [...reports.keys()].reverse();
  const pick = candidates.find((n) => {
    const s = size(n);
    return s >= 8 && s <= 80;
  });
  return seeded.employeeIds.get(pick ?? candidates[0] ?? "") ?? "";
}

async function load(url: string, cookie: string | null, duration: number) {
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    duration,
    ...(cookie ? { headers: { cookie } } : {}),
  });
  if (result.non2xx > 0 || result.errors > 0) {
    throw new Error(`${url}: ${result.non2xx} non-2xx responses and ${result.errors} errors under load`);
  }
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99 };
}

/** The same JSON from a bare Fastify route: what the product's GET costs beyond serving bytes. */
async function bareServer(body: string) {
  const bare = Fastify({ logger: false });
  bare.get("/json", async (_request, reply) => reply.type("application/json").send(body));
  await bare.listen({ port: 0, host: "127.0.0.1" });
  const address = bare.server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return { app: bare, url: `http://127.0.0.1:${port}/json` };
}

/**
 * GET /scorecards/:id/score and GET /teams/overview (a manager with a team) on the seeded
 * 100k-employee database, 50 connections, against a bare Fastify route returning the same JSON.
 */
export async function runHttpBench(options: {
  seeded: SeededBench;
  duration: number;
  log: (text: string) => void;
  notes: string[];
}): Promise<BenchFigure[]> {
  const { seeded, log } = options;
  const org = seeded.seeded.organizationId;
  const config = { ...loadConfig({}), sessionTtlHours: 8 };
  const app = await buildApp({ config, database: seeded.handle, logger: false });
  await app.listen({ port: 0, host: "127.0.0.1" });
  const address = app.server.address();
  const base = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
  const session = await new AuthService(seeded.handle.db, 8 * 3_600_000).startSession(seeded.seeded.userId, org);
  const cookie = `yardstick_session=${session.token}`;
  const figures: BenchFigure[] = [];
  try {
    const manager = teamManager(seeded.seeded);
    const scorecardId = [...seeded.seeded.scorecardIds.values()][Math.floor(seeded.seeded.scorecardIds.size / 2)];
    const targets = [
      { name: "GET scorecard score", path: `/api/v1/scorecards/${scorecardId}/score`, judged: true },
      {
        name: "GET team overview",
        path: `/api/v1/teams/overview?cycleId=${seeded.seeded.cycleId}&managerEmployeeId=${manager}`,
        judged: false,
      },
    ];
    const bodies = new Map<string, string>();
    const baselines = new Map<string, Awaited<ReturnType<typeof load>>>();
    // As installed today, SQLite has no planner statistics, and `organization_id = ? AND id IN (…)`
    // then scans the organization instead of using the primary key: measured without, then after ANALYZE.
    for (const stats of [false, true]) {
      if (stats) seeded.raw.exec("ANALYZE");
      for (const target of targets) {
        let body = bodies.get(target.path);
        if (body === undefined) {
          const first = await fetch(`${base}${target.path}`, { headers: { cookie } });
          body = await first.text();
          if (first.status !== 200) throw new Error(`${target.path}: ${first.status} ${body.slice(0, 200)}`);
          bodies.set(target.path, body);
        }
        let baseline = baselines.get(target.path);
        if (!baseline) {
          const bare = await bareServer(body);
          try {
            log(`http: ${target.name}: bare route, ${options.duration} s × ${CONNECTIONS} connections`);
            baseline = await load(bare.url, null, options.duration);
            baselines.set(target.path, baseline);
          } finally {
            await bare.app.close();
          }
        }
        log(
          `http: ${target.name}${stats ? " (after ANALYZE)" : " (no planner statistics)"}: ${body.length.toLocaleString("en")} bytes`,
        );
        const product = await load(`${base}${target.path}`, cookie, options.duration);
        const ratio = product.rps / baseline.rps;
        const judged = target.judged && stats;
        const met = judged ? product.p99 <= P99_TARGET_MS && ratio >= 0.5 : null;
        const misses: string[] = [];
        if (product.p99 > P99_TARGET_MS) misses.push(`p99 ${product.p99 - P99_TARGET_MS} ms over 50 ms`);
        if (ratio < 0.5) misses.push(`throughput ${((0.5 - ratio) * 100).toFixed(0)} points under 50%`);
        figures.push({
          name: `${target.name}${stats ? " (after ANALYZE)" : " (no statistics)"}`,
          product: product.rps,
          baseline: baseline.rps,
          unit: "req/s",
          ratio,
          target: judged ? "p99 ≤ 50 ms, ≥ 50% of bare" : "(reported)",
          met,
          verdict: `p50/p99 ${product.p50}/${product.p99} ms (bare ${baseline.p50}/${baseline.p99})${misses.length ? `; ${misses.join("; ")}` : ""}`,
          detail: {
            bytes: body.length,
            p50: product.p50,
            p99: product.p99,
            bareP50: baseline.p50,
            bareP99: baseline.p99,
          },
        });
      }
    }
  } finally {
    await app.close();
  }
  return figures;
}
