import { formatPath } from "./document-path.js";
import { FORBIDDEN_KEYS } from "./input-limits.js";

/**
 * Paths of forbidden keys (`__proto__`, `constructor`, `prototype`) anywhere in a plain value,
 * e.g. a parsed JSON body. Walks with an explicit stack so deep nesting cannot overflow.
 */
export function findForbiddenKeys(value: unknown): string[] {
  const found: string[] = [];
  const stack: { value: unknown; path: PropertyKey[] }[] = [{ value, path: [] }];
  while (stack.length > 0) {
    const { value: current, path } = stack.pop() as { value: unknown; path: PropertyKey[] };
    if (typeof current !== "object" || current === null) continue;
    if (Array.isArray(current)) {
      current.forEach((item, i) => {
        stack.push({ value: item, path: [...path, i] });
      });
      continue;
    }
    for (const key of Object.keys(current)) {
      if (FORBIDDEN_KEYS.has(key)) {
        found.push(formatPath([...path, key]));
        continue;
      }
      stack.push({ value: (current as Record<string, unknown>)[key], path: [...path, key] });
    }
  }
  return found.sort();
}

export function forbiddenKeyMessage(key: string): string {
  return `The key "${key}" is not allowed (it could tamper with object prototypes)`;
}
