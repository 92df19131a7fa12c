export * from "./format/index.js";
export * from "./library/index.js";
export * from "./lint/index.js";
export * from "./model/framework-document.schema.js";
export * from "./model/scoring-config.schema.js";
export * from "./realism/index.js";
export * from "./scoring/index.js";
export * from "./tree/tree.js";
