import {
  FRAMEWORK_FORMAT_VERSION,
  type FrameworkDocument,
  type FrameworkDocumentInput,
  frameworkDocumentSchema,
} from "../model/framework-document.schema.js";
import { customerSupportLibrary } from "./customer-support.library.js";
import { financeLibrary } from "./finance.library.js";
import { hrLibrary } from "./hr.library.js";
import { itLibrary } from "./it.library.js";
import { marketingLibrary } from "./marketing.library.js";
import { operationsLibrary } from "./operations.library.js";
import { salesLibrary } from "./sales.library.js";

/** One role family of the starter library: its key (also the prefix of all its keys), name and content. */
export interface LibraryFamily {
  /** Family slug, e.g. `sales`; every key in the family's document starts with `<key>.`. */
  key: string;
  /** Display name, matching the roles' `family` field, e.g. "IT/Development". */
  name: string;
  description: string;
  /** The family's objectives, org unit, roles, KPIs and published role frameworks, defaults applied. */
  document: FrameworkDocument;
}

const sources: { key: string; name: string; description: string; input: FrameworkDocumentInput }[] = [
  {
    key: "sales",
    name: "Sales",
    description: "Account Executive and Sales Development Representative: bookings, win rate, pipeline, meetings.",
    input: salesLibrary,
  },
  {
    key: "hr",
    name: "HR",
    description: "Talent Acquisition Partner and HR Business Partner: time to hire, quality of hire, attrition.",
    input: hrLibrary,
  },
  {
    key: "marketing",
    name: "Marketing",
    description: "Demand Generation and Content Marketing Managers: MQLs, conversion, sourced pipeline, organic reach.",
    input: marketingLibrary,
  },
  {
    key: "ops",
    name: "Operations",
    description: "Operations Manager and Supply Chain Planner: on-time delivery, productivity, safety, inventory.",
    input: operationsLibrary,
  },
  {
    key: "it",
    name: "IT/Development",
    description: "Backend Engineer and IT Support Engineer: delivery flow and stability, internal service quality.",
    input: itLibrary,
  },
  {
    key: "support",
    name: "Customer Support",
    description: "Customer Support Agent and Team Lead: CSAT, first contact resolution, response time, service levels.",
    input: customerSupportLibrary,
  },
  {
    key: "finance",
    name: "Finance",
    description: "Accounts Receivable Specialist and FP&A Analyst: DSO, overdue receivables, forecast accuracy.",
    input: financeLibrary,
  },
];

/** Deep-freezes plain data so a caller cannot change the shared library by accident. */
function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** A mutable copy; the documents are plain JSON data, so a JSON round trip is an exact deep copy. */
function copyDocument(doc: FrameworkDocument): FrameworkDocument {
  return JSON.parse(JSON.stringify(doc)) as FrameworkDocument;
}

/**
 * The starter library's role families, each parsed through the framework document schema so
 * defaults are applied. The entries are frozen: use `libraryFamily` or `starterLibrary` for an
 * editable copy to import.
 */
export const libraryFamilies: readonly LibraryFamily[] = deepFreeze(
  sources.map(({ key, name, description, input }) => ({
    key,
    name,
    description,
    document: frameworkDocumentSchema.parse(input),
  })),
);

/**
 * The whole starter library as one framework document: the objectives, org units, roles, KPIs
 * and frameworks of every family, concatenated in family order. Returns a fresh, editable copy.
 */
export function starterLibrary(): FrameworkDocument {
  const merged: FrameworkDocument = {
    yardstick: FRAMEWORK_FORMAT_VERSION,
    objectives: [],
    orgUnits: [],
    roles: [],
    kpis: [],
    frameworks: [],
  };
  for (const { document } of libraryFamilies) {
    const copy = copyDocument(document);
    merged.objectives.push(...copy.objectives);
    merged.orgUnits.push(...copy.orgUnits);
    merged.roles.push(...copy.roles);
    merged.kpis.push(...copy.kpis);
    merged.frameworks.push(...copy.frameworks);
  }
  return merged;
}

/**
 * One family by key (`sales`, `hr`, `marketing`, `ops`, `it`, `support`, `finance`), with an
 * editable copy of its document; undefined for an unknown key.
 */
export function libraryFamily(key: string): LibraryFamily | undefined {
  const family = libraryFamilies.find((candidate) => candidate.key === key);
  if (!family) return undefined;
  return { ...family, document: copyDocument(family.document) };
}
