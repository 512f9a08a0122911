import { describe, expect, it } from 'vitest';
import { defineSettings, SettingsError } from '../../../src/lib/settings/settings.ts';
import { settings } from '../../../src/settings.ts';

describe('invalid settings', () => {
  it('name SITE_URL when the environment variable is what is wrong', () => {
    expect(() => defineSettings(settings, { SITE_URL: 'ftp://example.org' })).toThrow(SettingsError);
    expect(() => defineSettings(settings, { SITE_URL: 'ftp://example.org' })).toThrow(/✗ la variabile SITE_URL: "ftp:\/\/example\.org" non è un indirizzo web valido/);
  });

  it('name the field of src/settings.ts, in Italian', () => {
    expect(() => defineSettings({ ...settings, hubs: [], firstIssueWeek: '2026-W60' }, {})).toThrow(/src\/settings\.ts, campo "hubs": l'elenco è vuoto[\s\S]*src\/settings\.ts, campo "firstIssueWeek": "2026-W60" deve essere una settimana ISO/);
  });
});
