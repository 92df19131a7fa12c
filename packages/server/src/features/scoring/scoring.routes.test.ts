import { expect, it } from "vitest";
import { describeEachApp, signInAs } from "../../test/test-app.js";

const url = "/api/v1/scoring/preview";

describeEachApp("scoring preview", (ctx) => {
  it("aggregates and scores with an explanation (documented anchor: baseline 15, target 45, value 16)", async () => {
    const employee = await signInAs(ctx, "employee");
    const response = await employee.request("POST", url, {
      scoring: { method: "linear", baseline: 15, target: 45 },
      values: [6, 10],
      aggregation: "sum",
    });
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    expect(body.value).toBe(16);
    expect(body.score).toBeCloseTo(1 / 30, 10);
    expect(body.explanation.length).toBeGreaterThan(1);
  });

  it("returns null value and score when there are no values", async () => {
    const response = await ctx.admin.request("POST", url, {
      scoring: { method: "ratio", target: 10, direction: "higher" },
      values: [],
      aggregation: "average",
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ value: null, score: null });
  });

  it("refuses a degenerate configuration with 400 naming the field", async () => {
    const same = await ctx.admin.request("POST", url, {
      scoring: { method: "linear", baseline: 10, target: 10 },
      values: [5],
      aggregation: "last",
    });
    expect(same.statusCode).toBe(400);
    expect(same.json().error.issues[0].path).toBe("scoring.target");
    const curve = await ctx.admin.request("POST", url, {
      scoring: { method: "curve", points: [] },
      values: [5],
      aggregation: "last",
    });
    expect(curve.statusCode).toBe(400);
    expect(curve.json().error.issues[0].path).toMatch(/^scoring\.points/);
  });

  it("refuses strings, unknown methods and aggregations with 400", async () => {
    for (const body of [
      { scoring: { method: "linear", baseline: 0, target: 10 }, values: ["5"], aggregation: "sum" },
      { scoring: { method: "linear", baseline: 0, target: "10" }, values: [5], aggregation: "sum" },
      { scoring: { method: "magic" }, values: [5], aggregation: "sum" },
      { scoring: { method: "linear", baseline: 0, target: 10 }, values: [5], aggregation: "median" },
      { scoring: { method: "linear", baseline: 0, target: 10 }, values: [5] },
    ]) {
      const response = await ctx.admin.request("POST", url, body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
    }
  });

  it("needs a session (401)", async () => {
    const response = await ctx.app.inject({ method: "POST", url, payload: {} });
    expect(response.statusCode).toBe(401);
  });
});
