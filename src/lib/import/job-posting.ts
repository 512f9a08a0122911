/**
 * The schema.org `JobPosting`s of a page, as plain objects: from JSON-LD (single, array,
 * `@graph`, nested) and from microdata (`itemscope itemtype=".../JobPosting"`).
 */
import { load, type CheerioAPI } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';

export type JsonObject = Record<string, unknown>;

export interface PageData {
  postings: JsonObject[];
  /** The page's own address when it says so (`<link rel="canonical">`, `og:url`): saved pages keep it. */
  canonicalUrl?: string | undefined;
}

const isObject = (value: unknown): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);

/** `JobPosting`, `schema:JobPosting`, `https://schema.org/JobPosting`, or a list holding one of them. */
export function isJobPosting(value: JsonObject): boolean {
  const types = Array.isArray(value['@type']) ? value['@type'] : [value['@type']];
  return types.some((type) => typeof type === 'string' && /(^|[/:])JobPosting$/.test(type));
}

/** Boards often leave raw line breaks inside JSON strings: read them as spaces rather than give up. */
function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    try {
      return JSON.parse(text.replace(/[\u0000-\u001f]+/g, ' '));
    } catch {
      return undefined;
    }
  }
}

function collectPostings(value: unknown, found: JsonObject[], depth = 0): void {
  if (depth > 8) return;
  if (Array.isArray(value)) {
    for (const entry of value) collectPostings(entry, found, depth + 1);
    return;
  }
  if (!isObject(value)) return;
  if (isJobPosting(value)) {
    found.push(value);
    return;
  }
  for (const [key, entry] of Object.entries(value)) {
    if (key === '@context') continue;
    collectPostings(entry, found, depth + 1);
  }
}

function fromJsonLd($: CheerioAPI): JsonObject[] {
  const found: JsonObject[] = [];
  $('script[type="application/ld+json" i]').each((_, script) => {
    collectPostings(parseJson($(script).text()), found);
  });
  return found;
}

/** A microdata property's value, as the microdata spec reads it from each element. */
function propertyValue($: CheerioAPI, element: Element, name: string): unknown {
  const node = $(element);
  if (node.is('[itemscope]')) return microdataItem($, element);
  // The description is HTML: keep its markup for the Markdown conversion.
  if (name === 'description') return node.html() ?? '';
  if (node.is('meta')) return node.attr('content') ?? '';
  if (node.is('a, link, area')) return node.attr('href') ?? '';
  if (node.is('img, audio, video, source, iframe, embed')) return node.attr('src') ?? '';
  if (node.is('time')) return node.attr('datetime') ?? node.text();
  if (node.is('data, meter')) return node.attr('value') ?? node.text();
  return node.text();
}

/** The properties of one item: descendants with `itemprop` whose nearest item is this one. */
function microdataItem($: CheerioAPI, scope: Element): JsonObject {
  const item: JsonObject = {};
  const type = $(scope).attr('itemtype');
  if (type) item['@type'] = type.trim().split(/\s+/).map((t) => t.replace(/^https?:\/\/schema\.org\//, ''));
  const visit = (nodes: AnyNode[]): void => {
    for (const child of nodes) {
      if (child.type !== 'tag' && child.type !== 'script' && child.type !== 'style') continue;
      const element = child as Element;
      const names = ($(element).attr('itemprop') ?? '').trim().split(/\s+/).filter(Boolean);
      for (const name of names) {
        const value = propertyValue($, element, name);
        const before = item[name];
        item[name] = before === undefined ? value : Array.isArray(before) ? [...before, value] : [before, value];
      }
      // A nested item owns its own properties.
      if (!$(element).is('[itemscope]')) visit(element.children);
    }
  };
  visit(scope.children);
  return item;
}

function fromMicrodata($: CheerioAPI): JsonObject[] {
  const found: JsonObject[] = [];
  $('[itemscope][itemtype]').each((_, element) => {
    // Top-level items only: a nested posting is found through its parent's properties.
    if ($(element).is('[itemprop]')) return;
    const item = microdataItem($, element);
    collectPostings(item, found);
  });
  return found;
}

const httpUrl = (text: string | undefined): string | undefined => (text && /^https?:\/\//i.test(text.trim()) ? text.trim() : undefined);

/** Every posting of a page: JSON-LD first; microdata only when there is no JSON-LD posting (pages often carry both). */
export function extractJobPostings(html: string): PageData {
  const $ = load(html);
  const jsonLd = fromJsonLd($);
  const postings = jsonLd.length ? jsonLd : fromMicrodata($);
  const canonicalUrl = httpUrl($('link[rel="canonical" i]').attr('href')) ?? httpUrl($('meta[property="og:url" i]').attr('content'));
  return { postings, canonicalUrl };
}
