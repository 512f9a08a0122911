import { describe, expect, it } from 'vitest';
import { astroEnvironment } from '../../../src/lib/publish/child-env.ts';

describe("the Astro child's environment", () => {
  const parent = {
    PATH: '/usr/bin', HOME: '/home/redazione', LANG: 'it_IT.UTF-8', LC_ALL: 'it_IT.UTF-8', TZ: 'Europe/Rome', NODE_OPTIONS: '--max-old-space-size=2048',
    BULLETIN_DATE: '2026-11-25', BULLETIN_CONTENT_DIR: 'src/content', SITE_URL: 'https://example.org', UNSUBSCRIBE_URL: 'https://example.org/cancellami', SUBSCRIBE_URL: 'https://example.org/servizio',
    SMTP_URL: 'smtp://user:segreta@mail.example.org:587', UNSUBSCRIBE_SECRET: 'k3y', TELEGRAM_BOT_TOKEN: '123:abc', AWS_SECRET_ACCESS_KEY: 'x', GITHUB_TOKEN: 'ghp_x',
  };

  it('keeps what the site build needs', () => {
    const env = astroEnvironment(parent);
    for (const name of ['PATH', 'HOME', 'LANG', 'LC_ALL', 'TZ', 'NODE_OPTIONS', 'BULLETIN_DATE', 'BULLETIN_CONTENT_DIR', 'SITE_URL', 'UNSUBSCRIBE_URL', 'SUBSCRIBE_URL']) expect(env[name], name).toBe(parent[name as keyof typeof parent]);
  });

  it('never passes on the sender secrets or any other credential', () => {
    const env = astroEnvironment(parent);
    expect(Object.values(env).join('\n')).not.toMatch(/segreta|k3y|123:abc|ghp_x/);
    for (const name of ['SMTP_URL', 'UNSUBSCRIBE_SECRET', 'TELEGRAM_BOT_TOKEN', 'AWS_SECRET_ACCESS_KEY', 'GITHUB_TOKEN']) expect(env).not.toHaveProperty(name);
  });
});
