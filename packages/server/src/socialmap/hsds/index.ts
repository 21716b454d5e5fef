/** HSDS 3.0 import and export as a pure library: formats ↔ Dataset, checks, limits. */
export * from "./dataset.ts";
export { datasetFromJson, datasetFromJsonFiles, datasetToJsonDocument, detectKind, hsdsPage, parseJsonText, readJsonFile, servicesToJson, type HsdsJsonDocument, type HsdsObject, type HsdsPage, type TopLevelKind } from "./json.ts";
export { datasetFromCsvFiles, datasetToCsvFiles, readCsvPackageDir, writeCsvPackageDir } from "./csv.ts";
export { assertReferences, checkReferences, type KnownRow } from "./integrity.ts";
export { checkSize, MAX_IMPORT_BYTES } from "./limits.ts";
export { originOf, type RowOrigin } from "./origin.ts";
export { FOREIGN_KEYS, NESTINGS, type ForeignKey, type Nesting } from "./relations.ts";
export { problemsFromAjv, validateObject, validatorFor, type Place } from "./schemas.ts";
