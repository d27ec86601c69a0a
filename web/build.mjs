// Builds the web app into internal/web/dist (embedded by the Go package internal/web). Reproducible: the
// same sources and pinned esbuild give byte-identical output (no timestamps, no absolute paths).
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const web = dirname(fileURLToPath(import.meta.url));
const out = join(web, '..', 'internal', 'web', 'dist');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

await build({
  absWorkingDir: web,
  entryPoints: { fan: 'src/fan.js', creator: 'src/creator.js', sponsor: 'src/sponsor.js', embed: 'src/embed.js', link: 'src/link.js' },
  outdir: out,
  bundle: true,
  format: 'esm',
  splitting: true, // viem and the shared code load once for every page
  chunkNames: 'shared-[hash]',
  target: 'es2022',
  minify: true,
  legalComments: 'none',
  charset: 'utf8',
  sourcemap: false,
  logLevel: 'warning',
});
for (const f of readdirSync(web)) {
  if (f.endsWith('.html') || f.endsWith('.css') || f.endsWith('.svg')) copyFileSync(join(web, f), join(out, f));
}
