/**
 * What the sender needs to know of an issue's e-mail besides its HTML and text
 * (`dist/email/<week>.json`, and `<week>.<lang>.json` for each other language built).
 */
import type { Lang } from '../../i18n/languages.ts';
import type { Issue } from '../issue/model.ts';
import type { Settings } from '../settings/settings.ts';
import { issueTitle } from '../view/issue-view.ts';
import { genericUnsubscribeHref } from '../view/issue-data.ts';
import { readerFor } from '../view/reader.ts';

export interface EmailFiles {
  /** File names in the same folder: `2026-W48.ar.html`, `2026-W48.ar.txt`. */
  html: string;
  text: string;
  /** The subject in that language. */
  subject: string;
  dir: 'ltr' | 'rtl';
}

export interface EmailMeta {
  week: string;
  number: number;
  /** The language of this file's e-mail (`it` for `<week>.json`); absent in files of older builds. */
  lang?: Lang;
  /** Subject with number and date, so mail clients never thread two weeks together. */
  subject: string;
  /** The unsubscribe link of the built files, replaced by each recipient's own when sending. */
  unsubscribeHref: string;
  /** Every language this issue's e-mail exists in, with its files and subject (Italian always); absent in older builds. */
  languages?: Partial<Record<Lang, EmailFiles>>;
}

/** File names of an issue's e-mail in a language: Italian keeps `<week>.html`, the others `<week>.<lang>.html`. */
export function emailFileBase(week: string, lang: Lang): string {
  return lang === 'it' ? week : `${week}.${lang}`;
}

export function emailMeta(issue: Issue, settings: Settings, langs: readonly Lang[] = ['it'], lang: Lang = 'it'): EmailMeta {
  const languages: Partial<Record<Lang, EmailFiles>> = {};
  for (const each of langs) {
    const reader = readerFor(settings, each);
    const base = emailFileBase(issue.week, each);
    languages[each] = { html: `${base}.html`, text: `${base}.txt`, subject: issueTitle(issue, settings.name, reader), dir: reader.dir };
  }
  return {
    week: issue.week,
    number: issue.number,
    lang,
    subject: issueTitle(issue, settings.name, readerFor(settings, lang)),
    unsubscribeHref: genericUnsubscribeHref(settings),
    languages,
  };
}
