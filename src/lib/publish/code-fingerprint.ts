/**
 * A hash of the code and data the build script itself runs on (not Astro's part): the rules
 * that check a file, render a body or an e-mail, the dictionaries, the templates, the installed
 * packages (the lock file) and Node. What the build keeps between builds (checked items,
 * rendered bodies, e-mails) is valid only for the same fingerprint: any change of the code
 * starts those caches empty, never from output of other rules.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { filesUnder } from '../files/walk.ts';

/** Folders and files under the project root whose every file counts. */
const INPUTS = ['src/lib', 'src/i18n', 'src/content.config.ts', 'src/settings.ts', 'templates', 'package-lock.json'];

export function codeFingerprint(root: string): string {
  const hash = createHash('sha256').update(`node ${process.version}\n`);
  for (const input of INPUTS) {
    const path = join(root, input);
    if (!existsSync(path)) continue;
    const files = input.includes('.') ? [''] : filesUnder(path);
    for (const file of files) {
      const full = file ? join(path, file) : path;
      hash.update(`${input}/${file}\n`).update(readFileSync(full)).update('\n');
    }
  }
  return hash.digest('hex');
}
