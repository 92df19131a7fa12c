/**
 * Deterministic sample data for the demo organization and the benchmarks: an organization shape
 * (units, people with managers, roles from the starter library), quarterly cycles with monthly
 * sub-periods, and plausible measurement values per KPI. Same seed, same data.
 */

import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { type Assignment, type Kpi, type LibraryFamily, libraryFamilies, type ScoringConfig } from "@yardstick/core";

/** A small, fast, seedable random generator (mulberry32): good enough for sample data. */
export function createRng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Roughly normal (mean 0, sd 1) from three uniforms: cheap and bounded (±3). */
function gaussish(rng: () => number): number {
  return (rng() + rng() + rng() - 1.5) * 2;
}

// biome-ignore format: a list of names reads better packed
const FIRST_NAMES = [
  "Ada", "Ben", "Chloe", "Dev", "Elif", "Finn", "Grace", "Hugo", "Ines", "Jonas", "Kira", "Liam", "Mara", "Nils",
  "Olga", "Pavel", "Quinn", "Rosa", "Sami", "Tara", "Umar", "Vera", "Wes", "Xenia", "Yusuf", "Zoe", "Aiko", "Bruno",
  "Carmen", "Dario", "Esther", "Farid", "Greta", "Hana", "Ivan", "Julia", "Kofi", "Lena", "Mateo", "Nora",
];
// biome-ignore format: a list of names reads better packed
const LAST_NAMES = [
  "Adler", "Berg", "Costa", "Dahl", "Eriksen", "Fischer", "Garcia", "Hansen", "Ito", "Jensen", "Kowalski", "Larsen",
  "Meyer", "Novak", "Okafor", "Petrov", "Quist", "Rossi", "Schmidt", "Tanaka", "Ueda", "Vidal", "Weber", "Xu",
  "Yilmaz", "Zeller", "Andersen", "Brandt", "Conti", "Duarte",
];

/** The families the sample company uses (starter library keys). */
export const DEMO_FAMILIES = ["sales", "hr", "marketing", "ops", "it"] as const;

export interface GeneratedPerson {
  employeeNumber: string;
  name: string;
  email: string;
  roleKey: string;
  /** Key of the family's org unit in the starter library (e.g. `sales.unit`). */
  unitKey: string | null;
  managerNumber: string | null;
  /** How good this person is, roughly −3..3 around 0; drives their values. */
  skill: number;
  familyKey: string;
}

export interface OrganizationShapeOptions {
  seed: number;
  employees: number;
  /** Starter library family keys; default the demo's five. */
  families?: readonly string[];
  /** Only these role keys (e.g. the 7-KPI roles for the benchmark); default every role of the families. */
  roles?: readonly string[];
  /** People per manager (default 7). */
  span?: number;
  /** Domain of the generated emails (default example.com). */
  emailDomain?: string;
}

function familiesOf(keys: readonly string[]): LibraryFamily[] {
  return keys.map((key) => {
    const family = libraryFamilies.find((f) => f.key === key);
    if (!family) throw new Error(`No starter library family "${key}"`);
    return family;
  });
}

/**
 * People spread over the families in turn; inside a family a head (no manager), team leads under
 * the head and members under the leads, `span` reports each. Roles alternate between the family's
 * roles (or the allowed ones); leads take the family's first role.
 */
export function generateOrganization(options: OrganizationShapeOptions): GeneratedPerson[] {
  const rng = createRng(options.seed);
  const span = options.span ?? 7;
  const domain = options.emailDomain ?? "example.com";
  const families = familiesOf(options.families ?? DEMO_FAMILIES);
  const rolesOf = new Map(
    families.map((f) => [
      f.key,
      f.document.roles.map((r) => r.key).filter((key) => !options.roles || options.roles.includes(key)),
    ]),
  );
  const used = families.filter((f) => (rolesOf.get(f.key) ?? []).length > 0);
  if (used.length === 0) throw new Error("No role of the chosen families is allowed");
  const perFamily = used.map(
    (_, i) => Math.floor(options.employees / used.length) + (i < options.employees % used.length ? 1 : 0),
  );
  const people: GeneratedPerson[] = [];
  let counter = 0;
  used.forEach((family, familyIndex) => {
    const roles = rolesOf.get(family.key) ?? [];
    const unitKey = family.document.orgUnits[0]?.key ?? null;
    const count = perFamily[familyIndex] ?? 0;
    // Managers in breadth-first order: person i reports to person floor((i - 1) / span) of the family.
    const numbers: string[] = [];
    for (let i = 0; i < count; i += 1) {
      counter += 1;
      const employeeNumber = `E${String(counter).padStart(6, "0")}`;
      const first = FIRST_NAMES[Math.floor(rng() * FIRST_NAMES.length)] ?? "Alex";
      const last = LAST_NAMES[Math.floor(rng() * LAST_NAMES.length)] ?? "Smith";
      const managerIndex = i === 0 ? -1 : Math.floor((i - 1) / span);
      const isLead = i * span + 1 < count; // has reports
      const roleKey = isLead ? (roles[0] as string) : (roles[i % roles.length] as string);
      people.push({
        employeeNumber,
        name: `${first} ${last}`,
        email: `${first}.${last}.${counter}@${domain}`.toLowerCase(),
        roleKey,
        unitKey,
        managerNumber: managerIndex >= 0 ? (numbers[managerIndex] ?? null) : null,
        skill: gaussish(rng),
        familyKey: family.key,
      });
      numbers.push(employeeNumber);
    }
  });
  return people;
}

export interface GeneratedSubPeriod {
  key: string;
  label: string;
  start: string;
  end: string;
}

export interface GeneratedCycle {
  name: string;
  startDate: string;
  endDate: string;
  subPeriods: GeneratedSubPeriod[];
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

function isoDate(year: number, month: number, day: number): string {
  return new Date(Date.UTC(year, month, day)).toISOString().slice(0, 10);
}

/**
 * `count` consecutive calendar quarters ending with the one that contains `today`, oldest first,
 * each with three monthly sub-periods keyed m1..m3 (as the cycles service makes them).
 */
export function quarterCycles(today: string, count: number): GeneratedCycle[] {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7)) - 1;
  const currentQuarter = year * 4 + Math.floor(month / 3);
  const cycles: GeneratedCycle[] = [];
  for (let q = currentQuarter - count + 1; q <= currentQuarter; q += 1) {
    const y = Math.floor(q / 4);
    const firstMonth = (q % 4) * 3;
    cycles.push({
      name: `Q${(q % 4) + 1} ${y}`,
      startDate: isoDate(y, firstMonth, 1),
      endDate: isoDate(y, firstMonth + 3, 0),
      subPeriods: [0, 1, 2].map((i) => ({
        key: `m${i + 1}`,
        label: `${MONTHS[firstMonth + i]} ${y}`,
        start: isoDate(y, firstMonth + i, 1),
        end: isoDate(y, firstMonth + i + 1, 0),
      })),
    });
  }
  return cycles;
}

/** How values of one KPI on one framework behave. */
export interface KpiProfile {
  kpi: string;
  /** Value per measurement when a person just reaches the baseline / the target. */
  baseline: number;
  target: number;
  /** One value per sub-period, or one per cycle (in the last sub-period). */
  perCycle: boolean;
  integer: boolean;
  min: number;
  max: number;
}

function targetsOf(kpi: Kpi, scoring: ScoringConfig): { baseline: number; target: number } {
  const suggested = kpi.suggested;
  if (suggested?.baseline !== undefined && suggested.target !== undefined) {
    return { baseline: suggested.baseline, target: suggested.target };
  }
  switch (scoring.method) {
    case "linear":
      return { baseline: scoring.baseline, target: scoring.target };
    case "ratio":
    case "binary":
      return { baseline: scoring.target * (scoring.direction === "higher" ? 0.7 : 1.3), target: scoring.target };
    case "range":
      return { baseline: scoring.low - scoring.tolerance, target: (scoring.low + scoring.high) / 2 };
    case "rating":
      return { baseline: scoring.scale.min, target: scoring.targetRating };
    case "curve": {
      const sorted = [...scoring.points].sort((a, b) => a[1] - b[1]);
      return { baseline: sorted[0]?.[0] ?? 0, target: sorted.find((p) => p[1] >= 1)?.[0] ?? sorted.at(-1)?.[0] ?? 1 };
    }
    case "bands": {
      const first = scoring.bands[0];
      const met = scoring.bands.find((b) => b.score >= 1) ?? scoring.bands.at(-1);
      return { baseline: first?.from ?? 0, target: met?.from ?? 1 };
    }
  }
}

/**
 * The value profile of an assignment: around the KPI's suggested baseline and target. Sum KPIs
 * measured monthly split the cycle's target over its sub-periods; quarterly and slower KPIs get
 * one value per cycle.
 */
export function kpiProfile(kpi: Kpi, assignment: Pick<Assignment, "kpi" | "scoring">, subPeriods = 3): KpiProfile {
  const { baseline, target } = targetsOf(kpi, assignment.scoring);
  const perCycle = kpi.frequency === "quarterly" || kpi.frequency === "half-yearly" || kpi.frequency === "yearly";
  const split = kpi.aggregation === "sum" && !perCycle ? subPeriods : 1;
  const scale = kpi.ratingScale;
  const percent = kpi.unit === "%";
  return {
    kpi: assignment.kpi,
    baseline: baseline / split,
    target: target / split,
    perCycle,
    integer: Boolean(scale) || (kpi.aggregation === "sum" && Math.abs(target / split) < 200),
    min: scale ? scale.min : Math.min(0, baseline, target),
    max: scale ? scale.max : percent ? 100 : Number.POSITIVE_INFINITY,
  };
}

/** The KPI profiles of a family's role frameworks (latest version per role), by role key. */
export function roleProfiles(familyKeys: readonly string[], subPeriods = 3): Map<string, KpiProfile[]> {
  const out = new Map<string, KpiProfile[]>();
  for (const family of familiesOf(familyKeys)) {
    const kpis = new Map(family.document.kpis.map((k) => [k.key, k]));
    for (const framework of family.document.frameworks) {
      out.set(
        framework.role,
        framework.assignments.flatMap((a) => {
          const kpi = kpis.get(a.kpi);
          return kpi ? [kpiProfile(kpi, a, subPeriods)] : [];
        }),
      );
    }
  }
  return out;
}

/** One generated value: a person's KPI in a sub-period of a cycle. */
export interface GeneratedValue {
  employeeNumber: string;
  kpi: string;
  /** Sub-period key (m1..m3). */
  period: string;
  /** The sub-period's last day, for files that carry dates. */
  date: string;
  value: number;
  /** A later, different value for the same slot (a correction), if any. */
  correction?: number;
}

export interface MeasurementOptions {
  seed: number;
  people: readonly Pick<GeneratedPerson, "employeeNumber" | "roleKey" | "skill">[];
  profiles: ReadonlyMap<string, KpiProfile[]>;
  cycle: GeneratedCycle;
  /** Sub-periods ending after this date get no values (the current cycle's future); default none cut. */
  until?: string;
  /** Share of values left out (default 0.04). */
  missingRate?: number;
  /** Share of values corrected later (default 0.02). */
  correctionRate?: number;
  /** A small drift per cycle so history is not flat (e.g. the cycle's index × 0.05). */
  drift?: number;
}

function shape(profile: KpiProfile, value: number): number {
  const bounded = Math.min(profile.max, Math.max(profile.min, value));
  return profile.integer ? Math.round(bounded) : Math.round(bounded * 100) / 100;
}

/**
 * Plausible values: achievement ≈ 0.85 + 0.2 × skill + noise of the way from baseline to target
 * (so most people land near the target, a few far above or below), some missing, a few corrected.
 */
export function* generateMeasurements(options: MeasurementOptions): Generator<GeneratedValue> {
  const rng = createRng(options.seed);
  const missingRate = options.missingRate ?? 0.04;
  const correctionRate = options.correctionRate ?? 0.02;
  const drift = options.drift ?? 0;
  const periods = options.cycle.subPeriods.filter((p) => options.until === undefined || p.end <= options.until);
  const last = options.cycle.subPeriods.at(-1);
  for (const person of options.people) {
    const profiles = options.profiles.get(person.roleKey) ?? [];
    for (const profile of profiles) {
      const slots = profile.perCycle ? (last && periods.includes(last) ? [last] : []) : periods;
      for (const period of slots) {
        if (rng() < missingRate) continue;
        const achievement = 0.85 + drift + 0.2 * person.skill + 0.15 * gaussish(rng);
        const value = shape(profile, profile.baseline + (profile.target - profile.baseline) * achievement);
        const generated: GeneratedValue = {
          employeeNumber: person.employeeNumber,
          kpi: profile.kpi,
          period: period.key,
          date: period.end,
          value,
        };
        if (rng() < correctionRate) {
          const corrected = shape(profile, value + (profile.target - profile.baseline) * 0.1 * (rng() < 0.5 ? -1 : 1));
          if (corrected !== value) generated.correction = corrected;
        }
        yield generated;
      }
    }
  }
}

function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * Writes values as a long-shape CSV (`employee_number,kpi,date,value`, one row per value; the
 * corrected value where there is one) and returns how many rows it wrote.
 */
export async function writeMeasurementCsv(path: string, values: Iterable<GeneratedValue>): Promise<number> {
  const out = createWriteStream(path, { encoding: "utf8" });
  let rows = 0;
  let buffer = "employee_number,kpi,date,value\n";
  for (const v of values) {
    buffer += `${csvField(v.employeeNumber)},${csvField(v.kpi)},${v.date},${v.correction ?? v.value}\n`;
    rows += 1;
    if (buffer.length > 1 << 16) {
      if (!out.write(buffer)) await once(out, "drain");
      buffer = "";
    }
  }
  out.end(buffer);
  await once(out, "finish");
  return rows;
}
