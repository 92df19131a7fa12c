import { describe, expect, it } from "vitest";
import { frameworkDocumentSchema } from "../model/framework-document.schema.js";
import { exampleDocumentInput } from "./example-document.fixture.js";
import { frameworkJsonSchema } from "./framework-json-schema.js";

type Schema = Record<string, unknown>;

/**
 * A deliberately small structural checker (type, const, enum, required, properties,
 * additionalProperties, items, prefixItems, anyOf/oneOf, $ref into $defs): enough to show that
 * the generated schema describes real documents, without a validator dependency.
 */
function conforms(value: unknown, schema: Schema, root: Schema, path: string, errors: string[]): void {
  if (typeof schema.$ref === "string") {
    const name = schema.$ref.replace("#/$defs/", "");
    const target = (root.$defs as Record<string, Schema> | undefined)?.[name];
    if (!target) {
      errors.push(`${path}: unresolved ${schema.$ref}`);
      return;
    }
    conforms(value, target, root, path, errors);
    return;
  }
  const variants = (schema.anyOf ?? schema.oneOf) as Schema[] | undefined;
  if (variants) {
    const matching = variants.filter((variant) => {
      const inner: string[] = [];
      conforms(value, variant, root, path, inner);
      return inner.length === 0;
    });
    if (matching.length === 0) errors.push(`${path}: matches no variant`);
    return;
  }
  if ("const" in schema && schema.const !== value) errors.push(`${path}: expected ${String(schema.const)}`);
  if (Array.isArray(schema.enum) && !schema.enum.includes(value)) errors.push(`${path}: not in enum`);
  const type = schema.type;
  if (type === "object") {
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      errors.push(`${path}: not an object`);
      return;
    }
    const record = value as Record<string, unknown>;
    const properties = (schema.properties ?? {}) as Record<string, Schema>;
    for (const key of (schema.required ?? []) as string[])
      if (!(key in record)) errors.push(`${path}.${key}: required`);
    for (const [key, field] of Object.entries(record)) {
      const fieldSchema = properties[key];
      if (fieldSchema) conforms(field, fieldSchema, root, `${path}.${key}`, errors);
      else if (schema.additionalProperties === false) errors.push(`${path}.${key}: not allowed`);
    }
  } else if (type === "array") {
    if (!Array.isArray(value)) {
      errors.push(`${path}: not an array`);
      return;
    }
    const prefix = schema.prefixItems as Schema[] | undefined;
    value.forEach((item, i) => {
      const itemSchema = prefix?.[i] ?? (schema.items as Schema | undefined);
      if (itemSchema) conforms(item, itemSchema, root, `${path}[${i}]`, errors);
    });
  } else if (type === "string" && typeof value !== "string") errors.push(`${path}: not a string`);
  else if ((type === "number" || type === "integer") && typeof value !== "number") errors.push(`${path}: not a number`);
  else if (type === "boolean" && typeof value !== "boolean") errors.push(`${path}: not a boolean`);
}

function check(value: unknown): string[] {
  const schema = frameworkJsonSchema();
  const errors: string[] = [];
  conforms(value, schema, schema, "$", errors);
  return errors;
}

describe("frameworkJsonSchema", () => {
  it("is a draft 2020-12 schema with a property for every top-level key", () => {
    const schema = frameworkJsonSchema();
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema.type).toBe("object");
    expect(Object.keys(schema.properties as object).sort()).toEqual(Object.keys(frameworkDocumentSchema.shape).sort());
    expect(schema.title).toBe("Yardstick framework document");
  });

  it("describes the input side: fields with defaults are not required", () => {
    expect(frameworkJsonSchema().required ?? []).not.toContain("kpis");
  });

  it("accepts the hand-written example document", () => {
    expect(check(JSON.parse(JSON.stringify(exampleDocumentInput)))).toEqual([]);
  });

  it("rejects structurally wrong documents, so the check above means something", () => {
    const broken = JSON.parse(JSON.stringify(exampleDocumentInput));
    broken.kpis[0].categories.kind = "numeric";
    broken.frameworks[0].assignments[0].scoring.method = "guess";
    broken.colour = "blue";
    expect(check(broken)).toEqual([
      "$.kpis[0].categories.kind: not in enum",
      "$.frameworks[0].assignments[0].scoring: matches no variant",
      "$.colour: not allowed",
    ]);
  });

  it("returns a fresh copy each time", () => {
    const first = frameworkJsonSchema();
    first.title = "changed";
    expect(frameworkJsonSchema().title).toBe("Yardstick framework document");
  });
});
