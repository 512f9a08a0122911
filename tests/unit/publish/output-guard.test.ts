import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILD_MARKER, checkOutputDir, OutputRefusedError } from '../../../src/lib/publish/output-guard.ts';

/** A project folder with sources and a content folder outside it, as a real set-up may have. */
function project() {
  const base = mkdtempSync(join(tmpdir(), 'guard-'));
  const root = join(base, 'progetto');
  mkdirSync(join(root, 'src', 'lib'), { recursive: true });
  mkdirSync(join(root, 'tests', 'fixtures', 'basic'), { recursive: true });
  const content = join(base, 'contenuti');
  mkdirSync(join(content, 'offers'), { recursive: true });
  return { base, root, content };
}

const refusal = (root: string, content: string, out: string): string => {
  try {
    checkOutputDir(root, content, out);
  } catch (error) {
    expect(error).toBeInstanceOf(OutputRefusedError);
    return (error as Error).message;
  }
  throw new Error(`"${out}" was accepted`);
};

describe('the output folder a build may replace', () => {
  it('is a missing, an empty or a marked folder', () => {
    const { root, content } = project();
    expect(() => checkOutputDir(root, content, 'dist')).not.toThrow();
    mkdirSync(join(root, 'vuota'));
    expect(() => checkOutputDir(root, content, 'vuota')).not.toThrow();
    mkdirSync(join(root, 'vecchia'));
    writeFileSync(join(root, 'vecchia', BUILD_MARKER), '');
    writeFileSync(join(root, 'vecchia', 'index.html'), '<p>numero 1</p>');
    expect(() => checkOutputDir(root, content, 'vecchia')).not.toThrow();
  });

  it('is never the project or a folder around it', () => {
    const { base, root, content } = project();
    expect(refusal(root, content, '.')).toContain('è la cartella del progetto o la contiene');
    expect(refusal(root, content, base)).toContain('è la cartella del progetto o la contiene');
  });

  it('is never in, on or around a source folder or the content folder, wherever that is', () => {
    const { base, root, content } = project();
    expect(refusal(root, content, 'src')).toContain('è la cartella "src" del progetto');
    expect(refusal(root, content, 'src/lib/dist')).toContain('è dentro la cartella "src" del progetto');
    expect(refusal(root, content, 'tests/fixtures/basic')).toContain('è dentro la cartella "tests/fixtures" del progetto');
    expect(refusal(root, content, 'tests')).toContain('contiene la cartella "tests/fixtures" del progetto');
    expect(refusal(root, content, content)).toContain('è la cartella dei contenuti');
    expect(refusal(root, content, join(content, 'offers'))).toContain('è dentro la cartella dei contenuti');
    // The content folder's parent holds it: replacing it would delete the content.
    const around = join(base, 'fuori');
    mkdirSync(around);
    expect(refusal(root, join(around, 'contenuti'), around)).toContain('contiene la cartella dei contenuti');
  });

  it('is not fooled by a symbolic link into the sources', () => {
    const { root, content } = project();
    symlinkSync(join(root, 'src'), join(root, 'collegamento'));
    expect(refusal(root, content, 'collegamento')).toContain('"src"');
    expect(refusal(root, content, 'collegamento/nuova')).toContain('è dentro la cartella "src"');
  });

  it('is not a file, nor a folder of someone else’s files', () => {
    const { root, content } = project();
    writeFileSync(join(root, 'un-file'), 'x');
    expect(refusal(root, content, 'un-file')).toContain('non è una cartella');
    mkdirSync(join(root, 'foto'));
    writeFileSync(join(root, 'foto', 'gita.jpg'), 'x');
    expect(refusal(root, content, 'foto')).toContain(`manca il file ${BUILD_MARKER}`);
  });
});
