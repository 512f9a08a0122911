/** Slugs: file names and URLs made from titles (`npm run nuovo`, the web editor's preview). */

/** Lowercase, no accents, words joined by "-": "Aiuto cuoco già esperto" → "aiuto-cuoco-gia-esperto". */
export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
