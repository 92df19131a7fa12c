/** A header wording and how strongly it points to its field (1 = unmistakable). */
export type Synonym = readonly [label: string, weight: number];

const strong = (...labels: string[]): Synonym[] => labels.map((l) => [l, 1] as const);

/** Fields of a measurements file that are not KPIs themselves. */
export const MEASUREMENT_FIELD_SYNONYMS = {
  employeeNumber: [
    ...strong(
      "employee number",
      "employee id",
      "employee code",
      "personnel number",
      "personnel id",
      "personalnummer",
      "staff id",
      "staff number",
      "worker id",
      "person id",
      "payroll number",
      "badge number",
      "hris id",
    ),
    ["employee", 0.7],
    ["id", 0.65],
    ["user id", 0.7],
  ],
  email: [
    ...strong(
      "email",
      "email address",
      "work email",
      "business email",
      "employee email",
      "user email",
      "owner email",
      "deal owner email",
      "agent email",
      "assignee email",
      "rep email",
      "sales rep email",
    ),
    ["login", 0.7],
  ],
  period: [
    ...strong(
      "month",
      "period",
      "date",
      "reporting period",
      "reporting month",
      "measurement date",
      "period start",
      "period end",
      "week",
      "day",
      "as of",
      "fiscal period",
      "year month",
      "monat",
      "datum",
    ),
    ["quarter", 0.8],
    ["close date", 0.75],
    ["created date", 0.7],
  ],
  kpi: strong("kpi", "kpi key", "kpi name", "kpi code", "kpi id", "metric", "metric name", "indicator", "measure"),
  value: [
    ...strong(
      "value",
      "actual",
      "actual value",
      "result",
      "amount",
      "kpi value",
      "metric value",
      "measurement",
      "wert",
    ),
    ["score", 0.8],
    ["achieved", 0.8],
    ["total", 0.7],
  ],
  comment: strong("comment", "comments", "remark", "remarks", "note", "notes", "explanation", "reason"),
} satisfies Record<string, Synonym[]>;

/** Words that mark a column as remarks on something ("Revenue remarks", "Comment - NPS"). */
export const COMMENT_WORDS = ["comment", "comments", "remark", "remarks", "note", "notes", "explanation"];

export const PEOPLE_FIELD_SYNONYMS = {
  employeeNumber: MEASUREMENT_FIELD_SYNONYMS.employeeNumber,
  name: [...strong("name", "full name", "employee name", "display name", "worker name", "person name")],
  firstName: strong("first name", "given name", "forename", "vorname"),
  lastName: strong("last name", "surname", "family name", "nachname"),
  email: MEASUREMENT_FIELD_SYNONYMS.email,
  role: [...strong("role", "role key", "role title", "job title", "position", "job", "job role"), ["title", 0.85]],
  orgUnit: [
    ...strong("department", "org unit", "organization unit", "organisational unit", "organizational unit", "team"),
    ...strong("division", "business unit", "abteilung"),
    ["unit", 0.8],
  ],
  manager: strong(
    "manager",
    "manager id",
    "manager number",
    "manager employee number",
    "manager email",
    "reports to",
    "supervisor",
    "line manager",
    "direct manager",
  ),
  startDate: [
    ...strong("start date", "hire date", "date of joining", "joining date", "employment start", "entry date"),
    ["joined", 0.9],
    ["start", 0.8],
  ],
  active: [...strong("active", "is active", "employment status", "active status"), ["status", 0.85]],
} satisfies Record<string, Synonym[]>;

export type PeopleField = keyof typeof PEOPLE_FIELD_SYNONYMS;
