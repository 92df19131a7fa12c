import autocannon from "autocannon";
import Fastify from "fastify";
import { buildApp } from "../packages/server/src/app.js";
import { loadConfig } from "../packages/server/src/config/config.js";
import { refreshPlannerStatistics } from "../packages/server/src/db/sqlite-statistics.js";
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
  // Failures under load are part of the result (a timed-out request counts as an error), not a crash.
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    failures: result.non2xx + result.errors + result.timeouts,
  };
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
    // As the server runs it: `yardstick serve` refreshes SQLite's planner statistics at start.
    await refreshPlannerStatistics(seeded.handle.db);
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
      log(`http: ${target.name}: ${body.length.toLocaleString("en")} bytes`);
      const product = await load(`${base}${target.path}`, cookie, options.duration);
      const ratio = product.rps / baseline.rps;
      const judged = target.judged;
      const met = judged ? product.p99 <= P99_TARGET_MS && ratio >= 0.5 && product.failures === 0 : null;
      const misses: string[] = [];
      if (product.p99 > P99_TARGET_MS) misses.push(`p99 ${product.p99 - P99_TARGET_MS} ms over 50 ms`);
      if (ratio < 0.5) misses.push(`throughput ${((0.5 - ratio) * 100).toFixed(0)} points under 50%`);
      if (product.failures > 0) misses.push(`${product.failures} failed or timed-out requests`);
      figures.push({
        name: target.name,
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
  } finally {
    await app.close();
  }
  return figures;
}
