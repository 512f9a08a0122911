/**
 * Which requests the service answers: a Host it is published under (against DNS rebinding)
 * and, for POSTs, an Origin that is the site's or the service's own. Browsers with strict
 * privacy settings send no Origin or `null`, and mail providers' one-click POSTs send none:
 * those are not refused for that alone.
 */

/** `https://example.org/x/` → `https://example.org`; undefined when not a URL. */
export function originOf(url: string): string | undefined {
  const parsed = URL.parse(url);
  return parsed && parsed.origin !== 'null' ? parsed.origin : undefined;
}

export function isOriginAllowed(origin: string | undefined, allowedOrigins: readonly string[]): boolean {
  if (origin === undefined || origin === '' || origin === 'null') return true;
  const normalised = originOf(origin);
  return normalised !== undefined && allowedOrigins.includes(normalised);
}

/** `Host` header against the hosts the service is published under (`example.org`, `127.0.0.1:8787`); case does not matter. */
export function isHostAllowed(host: string | undefined, allowedHosts: readonly string[]): boolean {
  if (!host) return false;
  const wanted = host.trim().toLowerCase();
  return allowedHosts.some((allowed) => allowed.toLowerCase() === wanted);
}

/** The hosts a public URL is reached under: its `host` (with port when not the default). */
export function hostOf(url: string): string | undefined {
  return URL.parse(url)?.host || undefined;
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

export function isLoopbackUrl(url: URL): boolean {
  return LOOPBACK.has(url.hostname) || /^127\./.test(url.hostname);
}
