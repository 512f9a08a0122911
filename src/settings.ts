/** The bulletin's settings: edit here. Validated at build time by `src/lib/settings.ts`. */
import { defineSettings } from './lib/settings.ts';

export const settings = defineSettings({
  name: 'Bollettino Lavoro Municipi 2 e 3',
  tagline: 'Ogni lunedì: offerte di lavoro, corsi, italiano per il lavoro e aiuti per le famiglie.',
  siteUrl: 'https://bollettino.example.org',
  publisher: 'Rete lavoro di quartiere — Municipi 2 e 3, Milano',
  hubs: [
    { name: 'Bell NETT', address: 'largo Cervi 1, Milano', hours: 'lunedì e mercoledì 9:30–12:30, giovedì 14:30–17:30', phone: '02 8846 1234' },
    { name: 'HUB Rizzoli', address: 'via Rizzoli 46, Milano', hours: 'martedì e venerdì 9:00–12:30', phone: '02 8846 5678' },
    { name: 'Centro Donna', address: 'via Narni 1, Milano', hours: 'mercoledì 14:00–17:00 (spazio bimbi)', email: 'centrodonna@example.org' },
  ],
  contact: { name: 'Redazione del bollettino', email: 'redazione@example.org', phone: '02 8846 1234' },
  firstIssueWeek: '2026-W44',
  email: {
    from: 'Bollettino Lavoro <bollettino@example.org>',
    replyTo: 'redazione@example.org',
    unsubscribeEmail: 'cancellami@example.org',
  },
});
