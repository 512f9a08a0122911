import { describe, expect, it } from 'vitest';
import { contentCheck } from '../../../src/integrations/content-check.ts';

/** Runs the integration's setup hook as the dev preview would, collecting what it warns. */
async function warningsOf(env: Record<string, string>): Promise<string[]> {
  const warnings: string[] = [];
  const setup = contentCheck(env).hooks['astro:config:setup']!;
  await setup({ command: 'dev', logger: { warn: (message: string) => void warnings.push(message) } } as unknown as Parameters<typeof setup>[0]);
  return warnings;
}

describe('the content check inside Astro', () => {
  it('shows the dev preview every problem of the content folder in Italian, with the file', async () => {
    const [report, ...more] = await warningsOf({ BULLETIN_CONTENT_DIR: 'tests/fixtures/broken' });
    expect(more).toEqual([]);
    expect(report).toMatch(/tests\/fixtures\/broken\/(offers|courses|services)\/[^ ]+\.mdx?/);
  });

  it('says nothing when the content is right', async () => {
    expect(await warningsOf({ BULLETIN_CONTENT_DIR: 'tests/fixtures/basic' })).toEqual([]);
  });

  it('reads nothing again when the build script has just checked the content', async () => {
    expect(await warningsOf({ BULLETIN_CONTENT_DIR: 'tests/fixtures/broken', BULLETIN_CONTENT_CHECKED: '1' })).toEqual([]);
  });
});
