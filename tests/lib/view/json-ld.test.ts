import { describe, expect, it } from 'vitest';
import { serializeJsonLd } from '../../../src/lib/view/json-ld.ts';

describe('JSON-LD serialisation', () => {
  it('cannot close its script element or open a comment, and reads back the same', () => {
    const value = { title: '</script><script>alert(1)</script> <!-- & \u2028' };
    const json = serializeJsonLd(value);
    expect(json).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(json)).toEqual(value);
  });
});
