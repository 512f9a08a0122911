/** The programme's own words in channel messages, by reader language (Italian only until the dictionaries cover them). */

export interface ChannelWords {
  /** Mark of an item new in this issue. */
  isNew: string;
  /** Mark of a local offer. */
  km0: string;
  /** Instead of the ways to apply, on an item closed since the Monday. */
  closed: string;
  /** Before the item page's link. */
  details: string;
  /** Before the issue page's link. */
  wholeIssue: string;
  /** Before the editors' contact. */
  questions: string;
}

export const CHANNEL_WORDS_IT: ChannelWords = {
  isNew: 'NUOVO',
  km0: 'KM 0',
  closed: 'CHIUSO: non è più possibile candidarsi.',
  details: 'Dettagli',
  wholeIssue: 'Tutto il bollettino',
  questions: 'Domande? Scrivi alla redazione',
};
