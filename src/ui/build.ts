// Builds the explorer: bundles app/main.ts (TypeScript, with cytoscape) into bundle/explorer.js
// with esbuild. `npm run build` runs it after tsc (as dist/ui/build.js) to write into src/ui, the
// directory the server serves; the browser tests build into a temp directory of their own.
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { packageRoot } from '../config/paths.js';

/** The explorer's source directory (index.html, styles.css, app/). */
export const uiSourceDir = join(packageRoot, 'src', 'ui');

export const BUNDLE_PATH = 'bundle/explorer.js';

/** The static files served as they are, beside the bundle. */
const STATIC_FILES = ['index.html', 'styles.css'];

export interface BuildResult {
  outDir: string;
  bundle: string;
  bytes: number;
}

/** Bundles the explorer into `outDir` (default: the source directory itself). */
export async function buildExplorer(outDir: string = uiSourceDir): Promise<BuildResult> {
  const out = resolve(outDir);
  if (out !== resolve(uiSourceDir)) {
    mkdirSync(out, { recursive: true });
    for (const file of STATIC_FILES) copyFileSync(join(uiSourceDir, file), join(out, file));
  }
  const bundle = join(out, BUNDLE_PATH);
  rmSync(dirname(bundle), { recursive: true, force: true });
  const result = await build({
    entryPoints: { explorer: join(uiSourceDir, 'app', 'main.ts') },
    outdir: dirname(bundle),
    // The network view's chunk (cytoscape) loads only when a network is shown.
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: ['es2022', 'chrome109', 'firefox115', 'safari16'],
    minify: true,
    sourcemap: true,
    legalComments: 'linked',
    metafile: true,
    logLevel: 'warning',
  });
  const bytes = Object.entries(result.metafile.outputs).find(([path]) => path.endsWith(BUNDLE_PATH))?.[1].bytes ?? 0;
  return { outDir: out, bundle, bytes };
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  buildExplorer().then(
    (r) => process.stdout.write(`explorer: ${r.bundle} (${Math.round(r.bytes / 1024)} KiB)\n`),
    (err: unknown) => {
      process.stderr.write(`explorer build failed: ${err instanceof Error ? err.message : String(err)}\n`);
      process.exitCode = 1;
    },
  );
}
