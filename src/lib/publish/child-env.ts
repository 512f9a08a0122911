/**
 * The Astro child of a build runs the site's code and the MDX bodies: it gets only the
 * environment it needs, never the sender's secrets (SMTP_URL, UNSUBSCRIBE_SECRET, tokens).
 */

/** Variables passed on by name. */
const PASSED = new Set([
  'PATH', 'HOME', 'USER', 'TMPDIR', 'TEMP', 'TMP', 'TZ', 'LANG', 'LANGUAGE', 'NODE_OPTIONS', 'NODE_ENV',
  'NO_COLOR', 'FORCE_COLOR', 'TERM', 'CI', 'ASTRO_TELEMETRY_DISABLED', 'XDG_CONFIG_HOME', 'XDG_CACHE_HOME',
  // Public settings the pages show (the unsubscribe page's address, the site's URL), not secrets.
  'SITE_URL', 'UNSUBSCRIBE_URL', 'SUBSCRIBE_URL',
]);

/** Families passed on by prefix: locale and the bulletin's own build settings. */
const PASSED_PREFIXES = ['LC_', 'BULLETIN_'];

/** The part of `env` the Astro child may see. */
export function astroEnvironment(env: Record<string, string | undefined>): Record<string, string> {
  const allowed: Record<string, string> = {};
  for (const [name, value] of Object.entries(env)) {
    if (value === undefined) continue;
    if (PASSED.has(name) || PASSED_PREFIXES.some((prefix) => name.startsWith(prefix))) allowed[name] = value;
  }
  return allowed;
}
