/** npm run schemi: writes schemas/<collection>.schema.json from the zod schemas (for editors' tools). */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { commandLine } from '../src/lib/cli/command-line.ts';
import { allJsonSchemas } from '../src/lib/editor/json-schema.ts';

commandLine({
  name: 'schemi',
  options: {},
  help: {
    usage: 'npm run schemi',
    summary: 'Scrive in schemas/ gli schemi JSON dei campi delle schede, per gli editor di testo che li usano\n(suggerimenti e controlli mentre si scrive un file).',
    options: {},
  },
});
mkdirSync('schemas', { recursive: true });
for (const [name, json] of allJsonSchemas()) {
  writeFileSync(join('schemas', name), json);
  console.log(`schemas/${name}`);
}
