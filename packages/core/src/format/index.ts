export type { FormatError, ParseFrameworkResult } from "./format-error.js";
export { frameworkJsonSchema } from "./framework-json-schema.js";
export { MAX_ALIAS_COUNT, MAX_FILE_BYTES } from "./input-limits.js";
export { parseFrameworkJson } from "./parse-framework-json.js";
export { parseFrameworkYaml } from "./parse-framework-yaml.js";
export { serializeFrameworkYaml } from "./serialize-framework-yaml.js";
