/** Templates under `templates/`, filled with Mustache: every value is HTML-escaped. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Mustache from 'mustache';
import { escapeHtml } from './escape.ts';

const cache = new Map<string, string>();

/** Reads `templates/<name>` from the project root (the working directory of every command). */
export function readTemplate(name: string, root = process.cwd()): string {
  const path = join(root, 'templates', name);
  let text = cache.get(path);
  if (text === undefined) {
    text = readFileSync(path, 'utf8');
    cache.set(path, text);
  }
  return text;
}

/** Fills a template; `{{value}}` is escaped for HTML, and templates must never use `{{{…}}}`. */
export function fillTemplate(template: string, view: object): string {
  return Mustache.render(template, view, {}, { escape: escapeHtml });
}

/** Fills a template that is not HTML (content scaffolds): values go in as given, already quoted by the caller. */
export function fillTemplateRaw(template: string, view: object): string {
  return Mustache.render(template, view, {}, { escape: (value: unknown) => String(value) });
}
