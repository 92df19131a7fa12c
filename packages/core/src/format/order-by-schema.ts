import type { z } from "zod";

// The slice of zod 4's internal definition that ordering needs; zod exposes it as `_zod.def`.
interface SchemaDef {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  items?: z.ZodType[];
  innerType?: z.ZodType;
  in?: z.ZodType;
  options?: z.ZodType[];
  discriminator?: string;
  values?: unknown[];
  defaultValue?: unknown;
}

const WRAPPERS = new Set(["optional", "nullable", "default", "prefault", "readonly", "catch", "nonoptional"]);

function defOf(schema: z.ZodType): SchemaDef {
  return (schema as unknown as { _zod: { def: SchemaDef } })._zod.def;
}

function unwrap(schema: z.ZodType): SchemaDef {
  let def = defOf(schema);
  while (true) {
    if (WRAPPERS.has(def.type) && def.innerType) def = defOf(def.innerType);
    else if (def.type === "pipe" && def.in) def = defOf(def.in);
    else return def;
  }
}

/** A field whose default is `[]` and whose value is `[]` can be left out: parsing restores it. */
function isOmittableEmptyArray(schema: z.ZodType, value: unknown): boolean {
  if (!Array.isArray(value) || value.length !== 0) return false;
  let def = defOf(schema);
  while (WRAPPERS.has(def.type) && def.innerType) {
    if (def.type === "default") return Array.isArray(def.defaultValue) && def.defaultValue.length === 0;
    def = defOf(def.innerType);
  }
  return false;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function pickUnionOption(def: SchemaDef, value: Record<string, unknown>): z.ZodType | undefined {
  const options = def.options ?? [];
  if (def.discriminator) {
    const tag = value[def.discriminator];
    return options.find((option) => {
      const field = unwrap(option).shape?.[def.discriminator as string];
      return field !== undefined && (unwrap(field).values ?? []).includes(tag);
    });
  }
  return options.find((option) => {
    const shape = unwrap(option).shape;
    return shape !== undefined && Object.keys(value).every((key) => key in shape);
  });
}

/**
 * Copies a value with object keys in the order the schema declares them (so files diff well and
 * read top-down), dropping `undefined` fields and empty arrays that default to `[]`.
 * Keys the schema does not know keep their place after the known ones.
 */
export function orderBySchema(value: unknown, schema: z.ZodType): unknown {
  const def = unwrap(schema);
  if (Array.isArray(value)) {
    if (def.type === "array" && def.element) return value.map((item) => orderBySchema(item, def.element as z.ZodType));
    if (def.type === "tuple" && def.items) {
      return value.map((item, i) => {
        const itemSchema = def.items?.[i];
        return itemSchema ? orderBySchema(item, itemSchema) : item;
      });
    }
    return value;
  }
  if (!isPlainObject(value)) return value;
  if (def.type === "union") {
    const option = pickUnionOption(def, value);
    return option ? orderBySchema(value, option) : value;
  }
  if (def.type !== "object" || !def.shape) return value;
  const out: Record<string, unknown> = {};
  for (const [key, fieldSchema] of Object.entries(def.shape)) {
    const field = value[key];
    if (field === undefined || isOmittableEmptyArray(fieldSchema, field)) continue;
    out[key] = orderBySchema(field, fieldSchema);
  }
  for (const [key, field] of Object.entries(value)) {
    if (!(key in def.shape) && field !== undefined) out[key] = field;
  }
  return out;
}
