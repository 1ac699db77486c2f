// Public face of the ingest stage: files on disk → Articles ready for extraction.
export { loadArticles } from './load-articles.js';
export type { FileArticles, FileProgress, LoadArticlesOptions, LoadArticlesResult, LoadFailure } from './load-articles.js';
export { canonicalUrl, toArticle } from './prepare.js';
export type { PrepareOptions } from './prepare.js';
export { DEFAULT_MAX_FILE_BYTES, SUPPORTED_EXTENSIONS, loadFile, loaderFor } from './loaders/index.js';
export type { LoadFileOptions, LoadedFile } from './loaders/index.js';
export { collectInputFiles } from './walk.js';
export type { InputFiles, SkippedFile } from './walk.js';
export { stripNoise } from './clean/strip-noise.js';
export type { RemovedLine, StripOptions, StripResult } from './clean/strip-noise.js';
export { defaultNoiseRules, loadNoiseRules } from './clean/noise-rules.js';
export type { NoiseRules } from './clean/noise-rules.js';
export { canonicalLanguage, detectLanguage, resolveLanguage } from './language.js';
export type { LanguageDecision } from './language.js';
export { normalizeDate } from './dates.js';
