import { describe, expect, it } from 'vitest';
import { loadContent, validateFile } from '../../../src/lib/content/load.ts';
import { formatProblem } from '../../../src/lib/content/problems.ts';
import { collectionOf } from '../../../src/lib/content/items.ts';

const OFFER = `title: Lavapiatti a Loreto
published: 2026-11-23
sector: ristorazione
contract: determinato
hours: part-time
location:
  zone: Loreto
apply:
  phone: "02 1234 5678"`;

function problemsOf(kind: 'offer' | 'course' | 'service', frontMatter: string, name = 'scheda.md'): string[] {
  const { problems } = validateFile(collectionOf(kind), `src/content/x/${name}`, `---\n${frontMatter}\n---\nTesto.\n`);
  return problems.map(formatProblem);
}

describe('a valid offer', () => {
  it('loads with defaults applied and the body kept', () => {
    const { item, problems } = validateFile(collectionOf('offer'), 'src/content/offers/lavapiatti.md', `---\n${OFFER}\n---\nCorpo.\n`);
    expect(problems).toEqual([]);
    expect(item?.slug).toBe('lavapiatti');
    expect(item?.kind).toBe('offer');
    expect(item?.body).toBe('Corpo.\n');
    expect(item?.expiresOn).toBe('2026-12-23');
    if (item?.kind !== 'offer') throw new Error('not an offer');
    expect(item.data.location.city).toBe('Milano');
    expect(item.data.km0).toBe(false);
    expect(item.data.apply.phone).toBe('02 1234 5678');
  });
});

describe('content errors, in Italian, with file, field and line', () => {
  it('rejects a date that does not exist instead of rolling it over', () => {
    expect(problemsOf('offer', OFFER.replace('2026-11-23', '2026-02-30'))).toEqual([
      'src/content/x/scheda.md — campo "published" (riga 3): "2026-02-30" non è una data valida. Scrivi la data come AAAA-MM-GG, per esempio 2026-11-23.',
    ]);
  });

  it('lists the allowed values of an unknown enum value', () => {
    const [problem] = problemsOf('offer', OFFER.replace('hours: part-time', 'hours: mezza giornata'));
    expect(problem).toContain('campo "hours" (riga 6): "mezza giornata" non è un valore ammesso. Scegli uno di questi: full-time, part-time, turni, flessibile.');
  });

  it('suggests the nearest key for an unknown one, also for Italian names and typos', () => {
    expect(problemsOf('offer', `${OFFER}\nscadenza: 2026-12-01`)[0]).toContain('campo "scadenza" (riga 11): "scadenza" non è un campo previsto: intendevi "expires"?');
    expect(problemsOf('offer', `${OFFER}\nsalery: 9 euro l'ora`)[0]).toContain('intendevi "salary"?');
    expect(problemsOf('offer', OFFER.replace('  phone:', '  telefono:'))[0]).toContain('campo "apply.telefono" (riga 10): "telefono" non è un campo previsto: intendevi "phone"?');
  });

  it('requires apply, with at least one way to apply', () => {
    const without = OFFER.replace(/apply:\n {2}phone: "02 1234 5678"/, '');
    expect(problemsOf('offer', without)[0]).toContain('campo "apply": manca, ed è obbligatorio.');
    expect(problemsOf('offer', OFFER.replace('  phone: "02 1234 5678"', '  note: portare il CV'))[0]).toContain('deve contenere almeno un modo per candidarsi');
  });

  it('explains a phone number read as a number', () => {
    expect(problemsOf('offer', OFFER.replace('"02 1234 5678"', '0212345678'))[0]).toContain('scrivi il numero tra virgolette');
  });

  it('accepts only http(s) links', () => {
    expect(problemsOf('offer', OFFER.replace('  phone: "02 1234 5678"', '  url: javascript:alert(1)'))[0]).toContain('non è un indirizzo web valido');
  });

  it('checks the cross-field rules', () => {
    expect(problemsOf('offer', `${OFFER}\nexpires: 2026-11-01`)[0]).toContain('campo "expires" (riga 11): la scadenza (2026-11-01) è prima della pubblicazione (2026-11-23)');
    const course = 'title: Corso\npublished: 2026-11-02\nkind: professionale\nprovider: CPIA 3 Milano\napply:\n  email: a@example.org';
    expect(problemsOf('course', `${course}\nstart: 2026-12-10\nend: 2026-12-01`)[0]).toContain('campo "end"');
    expect(problemsOf('course', `${course}\nend: 2026-12-01\nenrollBy: 2026-12-02`)[0]).toContain('campo "enrollBy"');
    expect(problemsOf('course', course.replace('professionale', 'italiano-lavoro'))[0]).toContain('campo "level": manca il livello');
    expect(problemsOf('course', `${course}\nfree: false`)[0]).toContain('campo "cost": manca il costo');
    expect(problemsOf('course', `${course}\nenrollBy: 2026-11-01`)[0]).toContain('campo "enrollBy"');
  });

  it('catches an ISEE written with a thousands point (9.530 read as 9.53)', () => {
    const aid = 'title: Bonus\npublished: 2026-11-02\ncategory: reddito\nprovider: INPS\nwho: famiglie\napply:\n  email: a@example.org';
    expect(problemsOf('service', `${aid}\nisee: 9.530`)[0]).toContain('campo "isee" (riga 9): 9.53 sembra troppo basso');
    expect(problemsOf('service', `${aid}\nisee: 9530`)).toEqual([]);
  });

  it('reports a misspelt contact once, not also as a missing one', () => {
    const problems = problemsOf('offer', OFFER.replace('  phone:', '  telefono:'));
    expect(problems).toHaveLength(1);
  });

  it('names the line of broken YAML', () => {
    const [problem] = problemsOf('offer', 'title: Lavapiatti\npublished: 2026-11-23\n  sector: pulizie');
    expect(problem).toMatch(/^src\/content\/x\/scheda\.md \(riga \d\): la sintassi YAML non è corretta/);
  });

  it('refuses a file name that cannot be a web address, suggesting one', () => {
    expect(problemsOf('offer', OFFER, 'Lavapiatti Città.md')[0]).toContain('Rinominalo, per esempio, "lavapiatti-citta.md"');
  });

  it('says what is missing at the top of a file without front matter', () => {
    const { problems } = validateFile(collectionOf('offer'), 'x/a.md', 'Solo testo\n');
    expect(problems[0]?.message).toContain('il file deve iniziare con una riga "---"');
  });
});

describe('the bundled sample content', () => {
  it('is valid and large enough to show every section', () => {
    const { items, problems } = loadContent('src/content');
    expect(problems.map(formatProblem)).toEqual([]);
    expect(items.length).toBeGreaterThanOrEqual(25);
    expect(items.some((item) => item.file.endsWith('.mdx'))).toBe(true);
  });
});

describe('MDX bodies', () => {
  const mdx = (body: string) =>
    validateFile(collectionOf('offer'), 'src/content/offers/avviso.mdx', `---\n${OFFER}\n---\n${body}`, `${process.cwd()}/src/content/offers/avviso.mdx`).problems.map(formatProblem);

  it('accepts the notice component with a correct import', () => {
    expect(mdx("import Avviso from '../../components/Avviso.astro';\n\nTesto.\n\n<Avviso>Porta il CV.</Avviso>\n")).toEqual([]);
  });

  it('explains, in Italian and with the line, a body MDX cannot read', () => {
    const [problem] = mdx('Orario {dalle 9 alle 12\n');
    expect(problem).toMatch(/avviso\.mdx \(riga 12\): il testo non si può leggere come MDX/);
  });

  it('names an import of a file that does not exist', () => {
    const [problem] = mdx("import Avviso from '../components/Avviso.astro';\n\nTesto.\n");
    expect(problem).toContain('"import" indica un file che non esiste: ../components/Avviso.astro');
  });
});

describe('MDX components', () => {
  it('names a component that is not imported', () => {
    const { problems } = validateFile(collectionOf('offer'), 'x/a.mdx', `---\n${OFFER}\n---\nTesto.\n\n<Sconosciuto>ciao</Sconosciuto>\n`);
    expect(problems.map(formatProblem)[0]).toContain('(riga 14): il componente <Sconosciuto> non esiste. I componenti della redazione sono: <Avviso>');
  });
});

describe('MDX is content, not code', () => {
  const mdx = (body: string) =>
    validateFile(collectionOf('offer'), 'src/content/offers/avviso.mdx', `---\n${OFFER}\n---\n${body}`, `${process.cwd()}/src/content/offers/avviso.mdx`, process.cwd()).problems.map(formatProblem);

  it('refuses a hostile file: Node imports, expressions reading secrets, exports — each with its line', () => {
    const problems = mdx([
      "import fs from 'node:fs';",
      "import Avviso from '../../components/Avviso.astro';",
      'export const x = fs.readFileSync("/etc/passwd", "utf8");',
      '',
      'La password: {process.env.SMTP_URL}',
      '',
      '<Avviso titolo={process.env.UNSUBSCRIBE_SECRET}>ciao</Avviso>',
      '',
    ].join('\n'));
    expect(problems).toEqual([
      expect.stringMatching(/avviso\.mdx \(riga 12\): "import" di "node:fs" non è ammesso: .*solo i componenti della redazione \(<Avviso>\)/),
      expect.stringMatching(/\(riga 14\): "export" e altro codice non sono ammessi/),
      expect.stringMatching(/\(riga 16\): le parentesi graffe \{ \} non sono ammesse/),
      expect.stringMatching(/\(riga 18\): in <Avviso> le parentesi graffe \{ \} non sono ammesse/),
    ]);
  });

  it('refuses spread attributes, named and renamed imports of components, and other files of the project', () => {
    expect(mdx("import Avviso from '../../components/Avviso.astro';\n\n<Avviso {...props}>x</Avviso>\n")[0]).toContain('in <Avviso> le parentesi graffe');
    expect(mdx("import Box from '../../components/Avviso.astro';\n\nTesto.\n")[0]).toContain("va scritto esattamente così: import Avviso from '../../components/Avviso.astro';");
    expect(mdx("import { settings } from '../../settings.ts';\n\nTesto.\n")[0]).toContain('"import" di "../../settings.ts" non è ammesso');
    expect(mdx("import Card from '../../components/Card.astro';\n\n<Card />\n")[0]).toContain('"import" di "../../components/Card.astro" non è ammesso');
  });

  it('keeps the allowed component and plain attributes', () => {
    expect(mdx("import Avviso from '../../components/Avviso.astro';\n\n<Avviso titolo=\"Ricorda\">Porta il CV.</Avviso>\n")).toEqual([]);
  });
});

describe('invisible control characters', () => {
  it('are reported with field and line, written raw (as Word pastes them) or as YAML escapes', () => {
    const raw = problemsOf('offer', OFFER.replace('title: Lavapiatti a Loreto', 'title: Lavapiatti\u000ba Loreto'));
    expect(raw).toEqual([expect.stringMatching(/campo "title" \(riga 2\): la riga contiene un carattere invisibile di controllo \(U\+000B\)/)]);
    for (const escape of ['\\v', '\\x1b', '\\0', '\\x85', '\\ud800']) {
      const escaped = problemsOf('offer', `${OFFER}\nsummary: "Turno\\tserale${escape}fine"`);
      expect(escaped, escape).toEqual([expect.stringMatching(/campo "summary" \(riga 11\): il valore contiene un carattere di controllo \(U\+/)]);
    }
  });

  it('are reported in list items and in the body too', () => {
    expect(problemsOf('offer', `${OFFER}\nrequirements:\n  - "patente\\x1bB"`)).toEqual([expect.stringMatching(/campo "requirements\.0" \(riga 11\)/)]);
    const { problems } = validateFile(collectionOf('offer'), 'x/a.md', `---\n${OFFER}\n---\nRiga uno\n\nRiga\u0007 due\n`);
    expect(problems.map(formatProblem)).toEqual([expect.stringMatching(/x\/a\.md \(riga 14\): il testo contiene un carattere invisibile di controllo \(U\+0007\)/)]);
  });

  it('leave tabs, line ends and every script alone', () => {
    expect(problemsOf('offer', `${OFFER}\nsummary: "Orario:\\tmattina — مرحبا — සිංහල — 😀"`)).toEqual([]);
  });
});

describe('bidirectional controls', () => {
  it('are refused with field and line: a number shown reversed is not the number written', () => {
    const spoofed = problemsOf('offer', `${OFFER}\n  inPerson: "HUB, tel. 02 \u202E8765 4321"`.replace('"HUB', 'HUB').replace('4321"', '4321'));
    expect(spoofed).toEqual([expect.stringMatching(/campo "inPerson" \(riga 11\): la riga contiene un carattere invisibile che cambia la direzione del testo \(U\+202E\)/)]);
    for (const [escape, code] of [['\\u2069', '2069'], ['\\u2066', '2066'], ['\\u202A', '202A'], ['\\u200F', '200F'], ['\\u061C', '061C']] as const) {
      const escaped = problemsOf('offer', `${OFFER}\nsummary: "Turno ${escape}serale"`);
      expect(escaped, escape).toEqual([expect.stringMatching(new RegExp(`campo "summary" \\(riga 11\\): il valore contiene un carattere invisibile che cambia la direzione del testo \\(U\\+${code}\\)`))]);
    }
    const { problems } = validateFile(collectionOf('offer'), 'x/a.md', `---\n${OFFER}\n---\nChiama il \u200F02 1234\n`);
    expect(problems.map(formatProblem)).toEqual([expect.stringMatching(/x\/a\.md \(riga 12\): il testo contiene un carattere invisibile che cambia la direzione/)]);
  });
});
