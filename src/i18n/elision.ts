/**
 * Italian articles before a date: "il 23 novembre", but "l'11 dicembre", "dall'8 marzo"
 * (the article elides before a number read with a vowel: otto, undici, ottanta, ottocento…).
 */
const ELIDED = { il: "l'", dal: "dall'", del: "dell'", al: "all'" } as const;

export type Article = keyof typeof ELIDED;

/** True when the text starts with a number whose Italian reading begins with a vowel. */
export function startsWithVowelNumber(text: string): boolean {
  const digits = /^\d+(?![\dº°])/.exec(text)?.[0];
  if (digits === undefined) return false;
  const n = Number(digits);
  return n === 8 || n === 11 || (n >= 80 && n <= 89) || (n >= 800 && n <= 899) || (n >= 8000 && n <= 8999) || (n >= 11_000 && n <= 11_999);
}

/** "il 23 novembre 2026", "l'11 dicembre 2026" */
export function withArticle(article: Article, date: string): string {
  return startsWithVowelNumber(date) ? `${ELIDED[article]}${date}` : `${article} ${date}`;
}
