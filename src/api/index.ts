// Public face of the API stage, for the CLI (`jejak serve`, `jejak export`).
export { createServer, DEFAULT_LIMITS, GRAPHQL_PATH } from './server.js';
export type { ApiLimits, JejakServer, RunningServer, ServerOptions } from './server.js';
export { EXPORT_FILES, EXPORT_FORMATS, exportGraph, exportGraphText } from './export/index.js';
export type { ExportFormat } from './export/index.js';
export type { IngestFn, IngestOutcome } from './ingest.js';
