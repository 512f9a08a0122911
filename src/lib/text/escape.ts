/** HTML escaping for text and attribute values (templates and hand-built markup). */
import { withoutInvalidChars } from './text-chars.ts';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(value: unknown): string {
  // Characters no XML or HTML output may hold go here too: every template value passes this way.
  return withoutInvalidChars(String(value)).replace(/[&<>"']/g, (char) => ENTITIES[char]!);
}
