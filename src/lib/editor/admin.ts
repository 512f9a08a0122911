/**
 * Writes the web editor into a built site's `admin/`: Decap CMS from the project's own
 * node_modules (never a CDN), its generated `config.yml`, and the preview bundle.
 * Nothing here is loaded by readers' pages.
 */
import { copyFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { build } from 'esbuild';
import { escapeHtml } from '../text/escape.ts';
import type { Settings } from '../settings/settings.ts';
import { decapConfigYaml, type EditorOptions } from './decap-config.ts';

/** Decap's all-in-one browser bundle, its numbered chunks and WebAssembly; source maps stay out. */
const DECAP_FILE = /^(decap-cms\.js|\d+\.decap-cms\.js|[0-9a-f]+\.wasm|decap-cms\.js\.LICENSE\.txt)$/;

function decapDist(): string {
  return dirname(createRequire(import.meta.url).resolve('decap-cms'));
}

function adminPage(settings: Pick<Settings, 'name'>): string {
  return `<!DOCTYPE html>
<html lang="it">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>Redazione — ${escapeHtml(settings.name)}</title>
</head>
<body>
<script src="decap-cms.js"></script>
<script src="preview.js"></script>
</body>
</html>
`;
}

/** The preview template and the pre-save clean-up, bundled for the browser. */
export async function previewBundle(root: string, previewDay?: string): Promise<string> {
  const result = await build({
    entryPoints: [join(root, 'src', 'admin', 'preview.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    logLevel: 'silent',
    define: {
      SITE_CSS: JSON.stringify(await readFile(join(root, 'src', 'styles', 'global.css'), 'utf8')),
      PREVIEW_DAY: JSON.stringify(previewDay ?? null),
      // dates.ts reads BULLETIN_DATE only when asked for "today" without one, which the preview never does.
      'process.env': '{}',
    },
  });
  return result.outputFiles[0]!.text;
}

/** Writes `<siteDir>/admin/`. `root` is the project root (for the preview's sources). */
export async function writeAdmin(siteDir: string, root: string, settings: Pick<Settings, 'name' | 'siteUrl' | 'editor'>, options: EditorOptions): Promise<void> {
  const admin = join(siteDir, 'admin');
  await mkdir(admin, { recursive: true });
  const dist = decapDist();
  const files = (await readdir(dist)).filter((name) => DECAP_FILE.test(name));
  await Promise.all(files.map((name) => copyFile(join(dist, name), join(admin, name))));
  await writeFile(join(admin, 'config.yml'), decapConfigYaml(settings, options));
  await writeFile(join(admin, 'preview.js'), await previewBundle(root, options.previewDay));
  // Each row's status in the list, from the model on the build's day (read by preview.ts).
  await writeFile(join(admin, 'stato.json'), `${JSON.stringify(options.statuses ?? {})}\n`);
  await writeFile(join(admin, 'index.html'), adminPage(settings));
}
