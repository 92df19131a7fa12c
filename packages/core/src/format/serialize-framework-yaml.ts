import { Document, isMap, isScalar, isSeq, type Node, visit } from "yaml";
import { type FrameworkDocument, frameworkDocumentSchema } from "../model/framework-document.schema.js";
import { orderBySchema } from "./order-by-schema.js";

const HEADER = [
  " Yardstick KPI framework: objectives, org units, roles, KPI definitions and role frameworks.",
  " Check it with `yardstick lint <file>`; the JSON Schema of this format comes from the same model.",
];

// Short lists of keys or numbers (objective keys, [value, score] points) read best on one line.
const FLOW_MAX_CHARS = 60;
const KEY_LIKE = /^[a-z0-9][a-z0-9._-]*$/i;
// Top-level lists of records get a blank line between records; short lists such as the rating
// scale read better without.
const SPACED_LISTS = new Set(["objectives", "orgUnits", "roles", "kpis", "frameworks"]);

function isShortScalarList(node: Node): boolean {
  if (!isSeq(node) || node.items.length === 0) return false;
  let chars = 0;
  for (const item of node.items) {
    if (!isScalar(item)) return false;
    if (typeof item.value === "string" && !KEY_LIKE.test(item.value)) return false;
    if (typeof item.value !== "string" && typeof item.value !== "number") return false;
    chars += String(item.value).length + 2;
  }
  return chars <= FLOW_MAX_CHARS;
}

/**
 * Writes a framework document as readable YAML: a header comment, keys in schema order, empty
 * lists that parse back to the same default left out, blank lines between sections and records,
 * short lists of values on one line. `parseFrameworkYaml(serializeFrameworkYaml(doc))` returns
 * a document equal to `doc`.
 */
export function serializeFrameworkYaml(doc: FrameworkDocument): string {
  const ordered = orderBySchema(doc, frameworkDocumentSchema);
  const yaml = new Document(ordered, { schema: "core" });
  yaml.commentBefore = HEADER.join("\n");

  visit(yaml, {
    Seq(_, node) {
      if (isShortScalarList(node)) node.flow = true;
    },
  });
  if (isMap(yaml.contents)) {
    yaml.contents.items.forEach((pair, i) => {
      if (i > 0 && isScalar(pair.key)) pair.key.spaceBefore = true;
      if (!isSeq(pair.value) || !isScalar(pair.key) || !SPACED_LISTS.has(String(pair.key.value))) return;
      pair.value.items.forEach((item, j) => {
        if (j > 0 && isMap(item)) item.spaceBefore = true;
      });
    });
  }
  return yaml.toString({ lineWidth: 100, flowCollectionPadding: false });
}
