// `npm test`: runs the unit/API tests (Vitest) and then the browser tests (Playwright). Both always
// run, so CI can count every result even when the first fails; exits non-zero if either failed.
import { spawnSync } from "node:child_process";

const steps = [
  ["vitest", ["run"]],
  ["playwright", ["test"]],
];
let failed = false;
for (const [bin, args] of steps) {
  const result = spawnSync("npx", ["--no-install", bin, ...args], { stdio: "inherit" });
  if (result.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
