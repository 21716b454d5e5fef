/** HSDS JSON: import (json-import.ts) and export (json-export.ts) of a Dataset. */
export { datasetFromJson, datasetFromJsonFiles, detectKind, parseJsonText, readJsonFile, type TopLevelKind } from "./json-import.ts";
export { datasetToJsonDocument, hsdsPage, servicesToJson, type HsdsJsonDocument, type HsdsObject, type HsdsPage } from "./json-export.ts";
