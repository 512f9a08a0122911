import { describe, expect, it } from 'vitest';
import { CommandError, EXIT, exitCodeOf, UsageError } from '../../../src/lib/cli/exit-codes.ts';
import { BackendPortError } from '../../../src/lib/editor/backend.ts';
import { ContentError } from '../../../src/lib/publish/build.ts';
import { PUBLISH_EXIT } from '../../../src/lib/publish/weekly.ts';
import { SettingsError } from '../../../src/lib/settings/settings.ts';

describe('one exit code per outcome, for every command', () => {
  it('documents 0 ok, 1 content, 2 build, 3 incomplete delivery, 4 wrong arguments or settings', () => {
    expect(EXIT).toEqual({ ok: 0, content: 1, build: 2, incomplete: 3, usage: 4 });
    expect(PUBLISH_EXIT).toMatchObject({ ok: 0, content: 1, build: 2, send: 3, usage: 4 });
  });

  it('gives each error its kind\'s code, and the fallback to errors of no kind', () => {
    expect(exitCodeOf(new ContentError('x'), 'build')).toBe(1);
    expect(exitCodeOf(new CommandError('build', 'x'), 'usage')).toBe(2);
    expect(exitCodeOf(new CommandError('incomplete', 'x'), 'build')).toBe(3);
    expect(exitCodeOf(new UsageError('x'), 'build')).toBe(4);
    expect(exitCodeOf(new SettingsError('x'), 'build')).toBe(4);
    expect(exitCodeOf(new BackendPortError('x'), 'build')).toBe(4);
    expect(exitCodeOf(new Error('x'), 'build')).toBe(2);
    expect(exitCodeOf('x', 'incomplete')).toBe(3);
  });
});
