/** npm run schemi: writes schemas/<collection>.schema.json from the zod schemas (for editors' tools). */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { allJsonSchemas } from '../src/lib/editor/json-schema.ts';

mkdirSync('schemas', { recursive: true });
for (const [name, json] of allJsonSchemas()) {
  writeFileSync(join('schemas', name), json);
  console.log(`schemas/${name}`);
}
