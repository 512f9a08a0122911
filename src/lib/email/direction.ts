/**
 * MJML writes `text-align:left` on every column whatever the message's direction: in a
 * right-to-left e-mail those columns start on the right. Only MJML's own `style` and `align`
 * attributes change; the text of the issue is never touched.
 */
export function alignToDirection(html: string, dir: 'ltr' | 'rtl'): string {
  if (dir === 'ltr') return html;
  return html
    .replace(/\sstyle="[^"]*"/g, (style) => style.replace(/text-align:\s*left\b/g, 'text-align:right'))
    .replace(/\salign="left"/g, ' align="right"');
}
