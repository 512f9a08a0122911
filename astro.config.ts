import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { contentCheck } from './src/integrations/content-check.ts';
import { LANGS } from './src/i18n/languages.ts';
import { basePathOf } from './src/lib/view/urls.ts';
import { settings } from './src/settings.ts';

export default defineConfig({
  site: settings.siteUrl,
  // Under a sub-path (SITE_URL=https://example.org/bollettino/) the dev server and preview serve there too.
  base: basePathOf(settings.siteUrl) || '/',
  // Italian keeps the unprefixed URLs; the other languages live under /ar/, /en/… (pages in src/pages/[lang]/).
  i18n: { locales: [...LANGS], defaultLocale: 'it', routing: { prefixDefaultLocale: false } },
  trailingSlash: 'ignore',
  build: { format: 'directory', inlineStylesheets: 'always' },
  integrations: [contentCheck(), mdx()],
  // Tests and benchmarks build several content sets side by side.
  cacheDir: process.env['BULLETIN_CACHE_DIR'] || './node_modules/.astro',
  devToolbar: { enabled: false },
  vite: {
    build: {
      rolldownOptions: {
        // Astro's own MDX wrapper trips this bundler notice (withastro/astro#18087): not ours to fix.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
  // JSON Schemas of the collections in .astro/, for completion and checks in the editor's front
  // matter: written by the dev preview, not by builds (which load only MDX files).
  // The build script turns on Astro's incremental build when the last build's cache is sound
  // (src/lib/publish/page-cache.ts): pages whose key (src/lib/publish/page-keys.ts) and code
  // are those of the last build are copied from it instead of rendered again.
  experimental: { contentIntellisense: !process.env['BULLETIN_MODEL'], incrementalBuild: process.env['BULLETIN_INCREMENTAL'] === '1' },
});
