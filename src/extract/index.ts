// Public face of the extract stage.
export { createExtractor, type Extractor, type ExtractorOptions } from './extract.js';
export { loadTaxonomy, themeName, type ThemeDef } from './themes/taxonomy.js';
