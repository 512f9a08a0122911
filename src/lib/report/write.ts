/**
 * Writes the report's files into its folder, each whole or not at all (written beside,
 * then renamed): a stopped run never leaves a torn page or table. Other files in the
 * folder are left alone.
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export function writeReportFiles(dir: string, files: ReadonlyMap<string, string>): string[] {
  const written: string[] = [];
  for (const [name, content] of files) {
    const file = join(dir, name);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(`${file}.tmp`, content);
    renameSync(`${file}.tmp`, file);
    written.push(file);
  }
  return written;
}
