import { z } from "zod";

const columnName = z.string().trim().min(1).max(200).describe("A header of the uploaded file, as written there");

/** How a value in the employee column finds the person: by HR number, by email, or by its look ("@"). */
export const employeeMatchSchema = z.enum(["employeeNumber", "email", "auto"]);
export type EmployeeMatch = z.infer<typeof employeeMatchSchema>;

/** "1,234.5" (dot-decimal), "1.234,5" (comma-decimal), or decided per file from its values. */
export const numberFormatSchema = z.enum(["auto", "dot-decimal", "comma-decimal"]);
export type NumberFormat = z.infer<typeof numberFormatSchema>;

/** How to read slash dates like 03/04/2026; ISO dates and unambiguous ones are read the same either way. */
export const dateOrderSchema = z.enum(["auto", "dmy", "mdy"]);
export type DateOrder = z.infer<typeof dateOrderSchema>;

const periodFields = {
  periodColumn: columnName.optional().describe("Column holding the date or period label of each value"),
  fixedPeriod: z
    .string()
    .trim()
    .min(1)
    .max(50)
    .optional()
    .describe("Date or period label for every row, when the file has no period column"),
};

const needsPeriod = (m: { periodColumn?: string; fixedPeriod?: string }) =>
  (m.periodColumn === undefined) !== (m.fixedPeriod === undefined);
const periodMessage = { message: "Give either periodColumn or fixedPeriod", path: ["periodColumn"] };

const measurementCommon = {
  kind: z.literal("measurements"),
  employeeColumn: columnName,
  employeeMatch: employeeMatchSchema.default("auto"),
  ...periodFields,
  numberFormat: numberFormatSchema.default("auto"),
  dateOrder: dateOrderSchema.default("auto"),
};

/** One row per employee × KPI × period. */
export const longMeasurementMappingSchema = z
  .strictObject({
    ...measurementCommon,
    shape: z.literal("long"),
    kpiColumn: columnName.describe("Column naming the KPI (its key or its name)"),
    valueColumn: columnName,
    commentColumn: columnName.optional(),
  })
  .refine(needsPeriod, periodMessage);

export const wideKpiColumnSchema = z.strictObject({
  column: columnName,
  kpiKey: z.string().trim().min(1).max(100),
  commentColumn: columnName.optional().describe("Remarks that belong to this KPI's value"),
});
export type WideKpiColumn = z.infer<typeof wideKpiColumnSchema>;

/** One row per employee × period, one column per KPI. */
export const wideMeasurementMappingSchema = z
  .strictObject({
    ...measurementCommon,
    shape: z.literal("wide"),
    kpiColumns: z.array(wideKpiColumnSchema).min(1),
    commentColumn: columnName.optional().describe("A remark that applies to every value of the row"),
  })
  .refine(needsPeriod, periodMessage);

export const peopleMappingSchema = z
  .strictObject({
    kind: z.literal("people"),
    employeeNumberColumn: columnName,
    nameColumn: columnName.optional(),
    firstNameColumn: columnName.optional(),
    lastNameColumn: columnName.optional(),
    emailColumn: columnName.optional(),
    roleColumn: columnName.optional().describe("Role key or title"),
    orgUnitColumn: columnName.optional(),
    managerColumn: columnName.optional().describe("Manager's employee number or email"),
    startDateColumn: columnName.optional(),
    activeColumn: columnName.optional(),
    dateOrder: dateOrderSchema.default("auto"),
  })
  .refine((m) => m.nameColumn !== undefined || (m.firstNameColumn !== undefined && m.lastNameColumn !== undefined), {
    message: "Map a name column, or both first and last name columns",
    path: ["nameColumn"],
  });

/** A column mapping as saved per source and applied to next month's file. */
export const columnMappingSchema = z.union([
  longMeasurementMappingSchema,
  wideMeasurementMappingSchema,
  peopleMappingSchema,
]);

export type LongMeasurementMapping = z.infer<typeof longMeasurementMappingSchema>;
export type WideMeasurementMapping = z.infer<typeof wideMeasurementMappingSchema>;
export type MeasurementMapping = LongMeasurementMapping | WideMeasurementMapping;
export type PeopleMapping = z.infer<typeof peopleMappingSchema>;
export type ColumnMapping = z.infer<typeof columnMappingSchema>;

/** Every header a mapping reads, with the mapping field that reads it (for "this column disappeared"). */
export function mappedColumns(mapping: ColumnMapping): { field: string; column: string }[] {
  const out: { field: string; column: string }[] = [];
  const add = (field: string, column: string | undefined) => {
    if (column !== undefined) out.push({ field, column });
  };
  if (mapping.kind === "people") {
    for (const [field, column] of Object.entries(mapping)) {
      if (field.endsWith("Column") && typeof column === "string") add(field, column);
    }
    return out;
  }
  add("employeeColumn", mapping.employeeColumn);
  add("periodColumn", mapping.periodColumn);
  add("commentColumn", mapping.commentColumn);
  if (mapping.shape === "long") {
    add("kpiColumn", mapping.kpiColumn);
    add("valueColumn", mapping.valueColumn);
  } else {
    for (const k of mapping.kpiColumns) {
      add(`kpiColumns.${k.kpiKey}`, k.column);
      add(`kpiColumns.${k.kpiKey}.commentColumn`, k.commentColumn);
    }
  }
  return out;
}
