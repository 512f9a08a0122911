/**
 * The project a benchmark builds: this working tree, or a snapshot of a git ref
 * (`git archive` into a temporary folder, sharing this project's node_modules), so a
 * figure can be tied to a commit while other work is under way in the tree.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export interface BenchProject {
  /** Where `scripts/build.ts` runs (its working directory is the project root). */
  root: string;
  /** "working tree at 8988bad (+ 12 uncommitted files)" or "snapshot of HEAD = 8988bad". */
  description: string;
  /**
   * Folder for build outputs, inside `root`. Astro keeps a static build's prerender chunks in
   * `<outDir>/.prerender/` only when outDir is under the working directory; otherwise it uses
   * `<root>/.astro/.prerender/`, shared with (and deleted by) any other build of the same project.
   */
  outBase: string;
  remove(): void;
}

function git(repo: string, args: string[]): string {
  const result = spawnSync('git', args, { cwd: repo, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr.trim()}`);
  return result.stdout.trim();
}

/** The source paths that change what a build produces. */
const BUILD_INPUTS = ['src', 'scripts/build.ts', 'astro.config.ts', 'templates', 'package.json'];

/** A project folder as it is (an experiment: a copy of the project with a change applied). */
export function projectFolder(root: string): BenchProject {
  const outBase = join(root, 'bench-out');
  mkdirSync(outBase, { recursive: true });
  return { root, description: `project folder ${root}`, outBase, remove: () => rmSync(outBase, { recursive: true, force: true }) };
}

export function benchProject(repo: string, work: string, ref?: string, folder?: string): BenchProject {
  if (folder) return projectFolder(folder);
  if (!ref) {
    const head = git(repo, ['rev-parse', '--short', 'HEAD']);
    const dirty = git(repo, ['status', '--porcelain', '--', ...BUILD_INPUTS]).split('\n').filter(Boolean).length;
    // Under the project (Astro keeps its prerender chunks beside an output under the working
    // directory), in a folder of its own: the build refuses outputs inside node_modules or sources.
    const outBase = join(repo, 'bench-out', `bench-${process.pid}`);
    mkdirSync(outBase, { recursive: true });
    return {
      root: repo,
      description: `working tree at ${head}${dirty ? ` (+ ${dirty} uncommitted files under ${BUILD_INPUTS.join(', ')})` : ''}`,
      outBase,
      remove: () => rmSync(outBase, { recursive: true, force: true }),
    };
  }
  const commit = git(repo, ['rev-parse', '--short', `${ref}^{commit}`]);
  const root = join(work, `project-${commit}`);
  mkdirSync(root, { recursive: true });
  const archive = spawnSync('sh', ['-c', `git archive --format=tar ${commit} | tar -x -C "${root}"`], { cwd: repo, encoding: 'utf8' });
  if (archive.status !== 0) throw new Error(`git archive ${ref}: ${archive.stderr.trim()}`);
  symlinkSync(join(repo, 'node_modules'), join(root, 'node_modules'), 'dir');
  const outBase = join(root, 'bench-out');
  mkdirSync(outBase, { recursive: true });
  return { root, description: `snapshot of ${ref} = ${commit}`, outBase, remove: () => rmSync(root, { recursive: true, force: true }) };
}

/** A temporary work folder and the project to build, both removed when the benchmark exits (unless `keep`). */
export function benchWorkspace(repo: string, name: string, options: { ref?: string | undefined; project?: string | undefined; keep?: boolean | undefined }): { work: string; project: BenchProject } {
  const work = mkdtempSync(join(tmpdir(), `bench-${name}-`));
  const project = benchProject(repo, work, options.ref, options.project ? resolve(options.project) : undefined);
  process.on('exit', () => {
    if (options.keep) return;
    project.remove();
    rmSync(work, { recursive: true, force: true });
  });
  return { work, project };
}
