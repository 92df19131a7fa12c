import { type Document, isMap, isScalar, isSeq, type Node } from "yaml";

function rangeStart(node: Node | null | undefined): number | undefined {
  return node?.range?.[0];
}

/**
 * Source offset of the node at a document path, for pointing errors at the right line.
 * When the path does not exist (a missing field), returns the deepest existing ancestor;
 * `atKey` points at a mapping key instead of its value (unknown fields).
 */
export function locateYamlOffset(doc: Document, segments: readonly PropertyKey[], atKey = false): number | undefined {
  let node: unknown = doc.contents;
  let offset = rangeStart(doc.contents);
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i];
    const last = i === segments.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(segment));
      if (!pair) return offset;
      const keyNode = pair.key as Node;
      const valueNode = pair.value as Node | null;
      if (last && atKey) return rangeStart(keyNode) ?? offset;
      // `field:` with nothing after it has no value node: point at the key.
      offset = rangeStart(valueNode) ?? rangeStart(keyNode) ?? offset;
      node = valueNode;
      continue;
    }
    if (isSeq(node) && typeof segment === "number") {
      const item = node.items[segment] as Node | undefined;
      if (!item) return offset;
      offset = rangeStart(item) ?? offset;
      node = item;
      continue;
    }
    return offset;
  }
  return offset;
}
