/** HSDS tabular data package: import (csv-read.ts) and export (csv-write.ts) of a Dataset. */
export { datasetFromCsvFiles, readCsvPackageDir } from "./csv-read.ts";
export { datasetToCsvFiles, writeCsvPackageDir } from "./csv-write.ts";
