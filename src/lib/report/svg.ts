/**
 * A Vega-Lite spec rendered to an inline SVG at generation time: no browser, no canvas, no
 * fonts, no network. The SVG is made an image with a name and a description for screen
 * readers, and scales to the width of the page.
 */
import * as cheerio from 'cheerio';
import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';

/** Share of the font size taken by each kind of character in common sans-serif fonts (DejaVu Sans is the widest). */
function charWidth(char: string): number {
  if (/[iljtfI.,:;'|!()\[\] ]/.test(char)) return 0.34;
  if (/[mwMW]/.test(char)) return 0.92;
  if (/[A-Z]/.test(char)) return 0.7;
  return 0.6;
}

/**
 * Without a canvas Vega guesses every character at 0.8 of the font size and cuts Italian
 * labels short ("Assistenza fam…"): a per-character estimate, still on the generous side.
 */
// `textMetrics` is exported by vega (from vega-scenegraph) but missing from its type declarations.
(vega as unknown as { textMetrics: { width: (item: { fontSize?: number; text?: unknown }, text?: unknown) => number } }).textMetrics.width = (item: { fontSize?: number; text?: unknown }, text?: unknown): number => {
  const value = String(text ?? item.text ?? '').trim();
  const size = item.fontSize != null ? Number(item.fontSize) || 0 : 11;
  let width = 0;
  for (const char of value) width += charWidth(char);
  return Math.ceil(width * size);
};

export interface ChartText {
  /** Unique in the page: prefixes the ids of the title and description. */
  id: string;
  title: string;
  description: string;
}

export async function renderChartSvg(spec: TopLevelSpec, text: ChartText): Promise<string> {
  const view = new vega.View(vega.parse(compile(spec).spec), { renderer: 'none' });
  let svg: string;
  try {
    svg = await view.toSVG();
  } finally {
    view.finalize();
  }
  const $ = cheerio.load(svg, { xml: true });
  const root = $('svg').first();
  root
    .attr('role', 'img')
    .attr('aria-labelledby', `${text.id}-titolo ${text.id}-descrizione`)
    .prepend($('<desc>').attr('id', `${text.id}-descrizione`).text(text.description))
    .prepend($('<title>').attr('id', `${text.id}-titolo`).text(text.title));
  return $.xml(root);
}
