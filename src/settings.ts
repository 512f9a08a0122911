/** The bulletin's settings: edit here. Validated at build time by `src/lib/settings/settings.ts`. */
import { defineSettings } from './lib/settings/settings.ts';

export const settings = defineSettings({
  name: 'Bollettino Lavoro Municipi 2 e 3',
  tagline: 'Ogni lunedì: offerte di lavoro, corsi, italiano per il lavoro e aiuti per le famiglie.',
  translations: {
    ar: { tagline: 'كل يوم اثنين: عروض عمل، دورات، الإيطالية للعمل ومساعدات للأسر.' },
    en: { tagline: 'Every Monday: job offers, courses, Italian for work and help for families.' },
    es: { tagline: 'Cada lunes: ofertas de trabajo, cursos, italiano para el trabajo y ayudas para las familias.' },
    fr: { tagline: "Chaque lundi : offres d'emploi, formations, italien pour le travail et aides pour les familles." },
    si: { tagline: 'සෑම සඳුදාම: රැකියා, පාඨමාලා, රැකියාව සඳහා ඉතාලි සහ පවුල් සඳහා උදව්.' },
  },
  siteUrl: 'https://bollettino.example.org',
  publisher: 'Rete lavoro di quartiere — Municipi 2 e 3, Milano',
  hubs: [
    {
      name: 'Bell NETT', address: 'largo Cervi 1, Milano', hours: 'lunedì e mercoledì 9:30–12:30, giovedì 14:30–17:30', phone: '02 8846 1234',
      translations: {
        ar: { hours: 'الاثنين والأربعاء 9:30–12:30، الخميس 14:30–17:30' },
        en: { hours: 'Monday and Wednesday 9:30–12:30, Thursday 14:30–17:30' },
        es: { hours: 'lunes y miércoles 9:30–12:30, jueves 14:30–17:30' },
        fr: { hours: 'lundi et mercredi 9h30–12h30, jeudi 14h30–17h30' },
        si: { hours: 'සඳුදා සහ බදාදා 9:30–12:30, බ්‍රහස්පතින්දා 14:30–17:30' },
      },
    },
    {
      name: 'HUB Rizzoli', address: 'via Rizzoli 46, Milano', hours: 'martedì e venerdì 9:00–12:30', phone: '02 8846 5678',
      translations: {
        ar: { hours: 'الثلاثاء والجمعة 9:00–12:30' },
        en: { hours: 'Tuesday and Friday 9:00–12:30' },
        es: { hours: 'martes y viernes 9:00–12:30' },
        fr: { hours: 'mardi et vendredi 9h00–12h30' },
        si: { hours: 'අඟහරුවාදා සහ සිකුරාදා 9:00–12:30' },
      },
    },
    {
      name: 'Centro Donna', address: 'via Narni 1, Milano', hours: 'mercoledì 14:00–17:00 (spazio bimbi)', email: 'centrodonna@example.org',
      translations: {
        ar: { hours: 'الأربعاء 14:00–17:00 (مكان للأطفال)' },
        en: { hours: 'Wednesday 14:00–17:00 (space for children)' },
        es: { hours: 'miércoles 14:00–17:00 (espacio para niños)' },
        fr: { hours: 'mercredi 14h00–17h00 (espace pour les enfants)' },
        si: { hours: 'බදාදා 14:00–17:00 (ළමුන් සඳහා ඉඩක්)' },
      },
    },
  ],
  contact: { name: 'Redazione del bollettino', email: 'redazione@example.org', phone: '02 8846 1234' },
  firstIssueWeek: '2026-W44',
  email: {
    from: 'Bollettino Lavoro <bollettino@example.org>',
    replyTo: 'redazione@example.org',
    unsubscribeEmail: 'cancellami@example.org',
  },
  // The web editor (/admin/) commits here; see README, "Web editor".
  editor: { backend: 'github', repo: 'rete-lavoro/bollettino', branch: 'main' },
});

