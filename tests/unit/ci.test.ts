/** The CI files and the office-machine set-up: they parse, run when the README says, with the project's Node and commands. */
import { existsSync, readdirSync, readFileSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ISSUE_PAGE_GZ_BUDGETS, PAGE_TOTAL_BUDGET, PAGE_TOTAL_GZ_BUDGET } from '../../bench/page-weight.ts';

const ROOT = join(import.meta.dirname, '../..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const readme = read('README.md');
const packageJson = JSON.parse(read('package.json')) as {
  devDependencies: Record<string, string>;
  scripts: Record<string, string>;
  engines: { node: string };
};
/** The Node the project runs on: the major of its `node` devDependency. */
const nodeMajor = Number(/\d+/.exec(packageJson.devDependencies['node'] ?? '')?.[0]);

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Workflow {
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  concurrency?: { group: string; 'cancel-in-progress': boolean };
  jobs: Record<string, { steps: Step[]; needs?: string; container?: string; environment?: { name: string } }>;
}

const workflow = (name: string) => parse(read(`.github/workflows/${name}`)) as Workflow;
const steps = (wf: Workflow, jobs = Object.keys(wf.jobs)) => jobs.flatMap((name) => wf.jobs[name]!.steps);
const runs = (wf: Workflow, jobs?: string[]) => steps(wf, jobs).flatMap((step) => (step.run ? [step.run] : []));
/** The Debian packages .ci/install-packages installs. */
const osPackages = read('.ci/packages').split('\n').map((line) => line.replace(/#.*/, '').trim()).filter(Boolean);
const TEST_COMMANDS = ['.ci/install-packages', 'npm ci', 'npm test'];

/** Every `npm …` command is a real script and is written in the README. */
function expectDocumentedCommands(commands: string[]): void {
  for (const command of commands.filter((c) => c.includes('npm '))) {
    const npm = /npm (?:run (\S+)|(install|ci|test))/.exec(command);
    expect(npm, command).not.toBeNull();
    // npm ci: the committed lock, never rewritten by CI.
    if (npm![2]) expect(npm![2]).not.toBe('install');
    if (npm![2] === 'test') expect(readme).toContain('npm test');
    if (npm![1]) {
      expect(packageJson.scripts[npm![1]], command).toBeDefined();
      expect(readme).toContain(`npm run ${npm![1]}`);
    }
  }
}

/** The hour in Milan of a daily UTC cron time, winter (CET, +1) and summer (CEST, +2). */
function milanHours(cron: string): { minute: number; winter: number; summer: number } {
  const [minute, hour, ...rest] = cron.split(' ');
  expect(rest).toEqual(['*', '*', '*']);
  return { minute: Number(minute), winter: Number(hour) + 1, summer: Number(hour) + 2 };
}

describe('the project Node', () => {
  it('is Node 26 LTS, written in the README; installing needs only the Node the README asks for', () => {
    expect(nodeMajor).toBe(26);
    expect(readme).toContain(`the project brings its own Node ${nodeMajor} LTS`);
    // npm checks `engines` against the Node that runs npm, not the one the scripts use.
    const minimum = /≥ (\d+) with npm to install/.exec(readme)?.[1];
    expect(packageJson.engines.node).toBe(`>=${minimum}`);
  });

  it('runs every npm script: each starts node or a bin that runs on the node found first in PATH', () => {
    const bin = join(ROOT, 'node_modules/.bin');
    for (const [name, command] of Object.entries(packageJson.scripts)) {
      for (const step of command.split('&&')) {
        const program = step.trim().split(' ')[0]!;
        if (program === 'node') continue;
        const script = readFileSync(realpathSync(join(bin, program)), 'utf8');
        expect(script.split('\n')[0], `${name}: ${program}`).toBe('#!/usr/bin/env node');
      }
    }
    // npm puts node_modules/.bin first in PATH: these tests run on the project Node too.
    expect(realpathSync(join(bin, 'node'))).toBe(realpathSync(process.execPath));
    expect(process.versions.node.split('.')[0]).toBe(String(nodeMajor));
  });
});

describe('GitHub Pages workflow', () => {
  const wf = workflow('pubblica.yml');

  it('runs on every push to main and every morning, done before 7:00 in Milan in winter and summer', () => {
    expect(wf.on['push']).toEqual({ branches: ['main'] });
    const schedule = wf.on['schedule'] as { cron: string }[];
    expect(schedule).toHaveLength(1);
    const { summer, winter } = milanHours(schedule[0]!.cron);
    // An hour and more of margin: scheduled runs start late when GitHub is busy.
    expect(summer).toBeLessThanOrEqual(5);
    expect(winter).toBeGreaterThanOrEqual(1);
    expect(readme).toContain(schedule[0]!.cron);
  });

  it('installs with the project Node and npm ci, checks, builds with SITE_URL, deploys with the official Pages actions', () => {
    const setup = steps(wf).find((step) => step.uses?.startsWith('actions/setup-node@'));
    expect(setup?.with?.['node-version']).toBe(nodeMajor);
    expect(runs(wf, ['build'])).toEqual(['npm ci', 'npm run controlla -- --markdown "$GITHUB_STEP_SUMMARY"', 'npm run build']);
    expect(steps(wf).find((step) => step.run === 'npm run build')?.env?.['SITE_URL']).toContain('vars.SITE_URL');
    const uses = steps(wf, ['build', 'deploy']).flatMap((step) => (step.uses ? [step.uses.split('@')[0]] : []));
    expect(uses).toEqual(['actions/checkout', 'actions/setup-node', 'actions/configure-pages', 'actions/upload-pages-artifact', 'actions/deploy-pages']);
    expect(steps(wf).find((step) => step.uses?.startsWith('actions/upload-pages-artifact'))?.with?.['path']).toBe('dist');
    expect(wf.permissions).toEqual({ contents: 'read', pages: 'write', 'id-token': 'write' });
    expect(wf.concurrency).toEqual({ group: 'pages', 'cancel-in-progress': false });
    expect(wf.jobs['deploy']?.needs).toBe('build');
    expect(wf.jobs['deploy']?.environment?.name).toBe('github-pages');
    expectDocumentedCommands(runs(wf));
  });

  it('runs the whole test suite before building: a red test blocks the deploy', () => {
    expect(wf.jobs['build']?.needs).toBe('test');
    expect(wf.jobs['test']?.container).toBe(`node:${nodeMajor}`);
    expect(runs(wf, ['test'])).toEqual(TEST_COMMANDS);
  });
});

describe('pull-request check workflow', () => {
  const wf = workflow('controlla.yml');

  it('runs controlla on pull requests and writes its report to the job summary', () => {
    expect(Object.keys(wf.on)).toEqual(['pull_request']);
    expect(steps(wf).find((step) => step.uses?.startsWith('actions/setup-node@'))?.with?.['node-version']).toBe(nodeMajor);
    expect(runs(wf, ['controlla'])).toEqual(['npm ci', 'npm run controlla -- --markdown "$GITHUB_STEP_SUMMARY"']);
    expect(readme).toContain('npm run controlla -- --markdown "$GITHUB_STEP_SUMMARY"');
    expect(wf.permissions).toEqual({ contents: 'read' });
  });

  it('runs the whole test suite on pull requests, with the OS packages installed', () => {
    expect(wf.jobs['test']?.container).toBe(`node:${nodeMajor}`);
    expect(runs(wf, ['test'])).toEqual(TEST_COMMANDS);
  });
});

describe('GitLab CI', () => {
  const ci = parse(read('.gitlab-ci.yml')) as Record<string, { script?: string[]; rules?: { if: string }[]; artifacts?: { paths: string[] } }> & { default: { image: string } };

  it('builds the site into public/ in the pages job, on the default branch (pushes and schedules)', () => {
    expect(ci.default.image).toBe(`node:${nodeMajor}`);
    expect(ci['pages']?.script).toEqual(['npm ci', 'npm run controlla', 'SITE_URL="${SITE_URL:-$CI_PAGES_URL}" npm run build -- --out public']);
    expect(ci['pages']?.artifacts?.paths).toEqual(['public']);
    expect(ci['pages']?.rules).toEqual([{ if: '$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH' }]);
    expectDocumentedCommands(ci['pages']!.script!);
  });

  it('runs the whole test suite in a stage before the pages job, on merge requests and the default branch', () => {
    const stages = (ci as unknown as { stages: string[] }).stages;
    const stageOf = (job: string) => (ci[job] as { stage?: string } | undefined)?.stage ?? '';
    expect(stages.indexOf(stageOf('test'))).toBeLessThan(stages.indexOf(stageOf('pages')));
    expect(ci['test']?.rules).toBeUndefined();
    expect(ci['test']?.script).toEqual(TEST_COMMANDS);
  });

  it('checks merge requests with controlla and keeps its report', () => {
    expect(ci['controlla']?.rules).toEqual([{ if: '$CI_PIPELINE_SOURCE == "merge_request_event"' }]);
    expect(ci['controlla']?.script).toContain('npm run controlla -- --markdown controlla.md');
    expect(ci['controlla']?.artifacts?.paths).toEqual(['controlla.md']);
  });

  it('documents its daily schedule in the README, in Milan time before 7:00', () => {
    const schedule = /"(\d+) (\d+) \* \* \*", time zone Europe\/Rome/.exec(read('.gitlab-ci.yml'));
    expect(schedule).not.toBeNull();
    expect(Number(schedule![2])).toBeLessThan(7);
    expect(readme).toContain(`${schedule![1]} ${schedule![2]} * * *`);
  });
});

describe('the README', () => {
  it('links only to files of the repository, each present (a fresh clone has nothing around it)', () => {
    const links = [...readme.matchAll(/\]\(([^)\s]+)\)/g)].map((match) => match[1]!);
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) {
      expect(link, link).not.toMatch(/^[a-z]+:|^\/|^\.\.\//i);
      expect(existsSync(join(ROOT, link.split('#')[0]!)), link).toBe(true);
    }
  });

  it('names every folder of src/, src/lib/ and tests/ in its layout, and every command script', () => {
    const layout = readme.slice(readme.indexOf('## Layout'), readme.indexOf('\n## ', readme.indexOf('## Layout') + 1));
    const folders = (dir: string) => readdirSync(join(ROOT, dir), { withFileTypes: true }).filter((entry) => entry.isDirectory() && !entry.name.startsWith('.')).map((entry) => entry.name);
    for (const folder of folders('src/lib')) expect(layout, `src/lib/${folder}/`).toContain(`src/lib/${folder}/`);
    for (const folder of folders('src').filter((name) => name !== 'lib')) expect(layout, `src/${folder}/`).toContain(`src/${folder}`);
    for (const folder of folders('tests').filter((name) => !['helpers', 'fixtures', 'cases'].includes(name))) expect(layout, `tests/${folder}/`).toContain(`tests/${folder}`);
    const scripts = readdirSync(join(ROOT, 'scripts')).filter((name) => name.endsWith('.ts')).map((name) => name.replace(/\.ts$/, ''));
    const listed = /scripts\/ .*: (.*)$/m.exec(layout)?.[1] ?? '';
    for (const script of scripts) expect(listed, script).toMatch(new RegExp(`\\b${script}\\b`));
  });
});

describe('the README figures', () => {
  it('give the page budgets the tests enforce', () => {
    const figure = (n: number) => n.toLocaleString('en-US');
    const [at30, at60] = ISSUE_PAGE_GZ_BUDGETS;
    expect(readme).toContain(`fits in ${figure(at30!.gz)} bytes gzipped at ${at30!.items} items and ${figure(at60!.gz)} at ${at60!.items}`);
    expect(readme).toContain(`under ${figure(PAGE_TOTAL_BUDGET)} bytes raw and ${figure(PAGE_TOTAL_GZ_BUDGET)} gzipped`);
  });
});

describe('.ci/run', () => {
  const run = read('.ci/run');

  it('installs the OS packages every test needs, and fails rather than skips when one is missing', () => {
    expect(osPackages).toEqual(expect.arrayContaining(['chromium', 'rsync', 'postgresql']));
    expect(run).toContain('.ci/install-packages || exit 1');
    expect(read('.ci/install-packages')).toMatch(/Missing OS package: \$pkg[^\n]*\n\s*exit 1/);
  });

  it('runs the README commands with npm ci and prints passed, failed and skipped, failing on a skip', () => {
    expect(run).toContain('npm ci || exit 1');
    expect(run).toContain('${r.numPassedTests} passed, ${r.numFailedTests} failed, ${skipped} skipped');
    expect(run).toContain('skipped > 0');
  });
});

describe('office machine', () => {
  it('the systemd service, the timer and the crontab line all run npm run pubblica through deploy/settimanale.sh', () => {
    expect(read('deploy/bollettino-pubblica.service')).toMatch(/^ExecStart=\/srv\/bollettino\/deploy\/settimanale\.sh$/m);
    expect(read('deploy/bollettino-pubblica.service')).toMatch(/^EnvironmentFile=\/etc\/bollettino\/pubblica\.env$/m);
    expect(read('deploy/bollettino-pubblica.timer')).toMatch(/^OnCalendar=.* Europe\/Rome$/m);
    expect(read('deploy/crontab').split('\n').filter((line) => line && !line.startsWith('#'))).toEqual([
      '30 5-22 * * * cd /srv/bollettino && set -a && . /etc/bollettino/pubblica.env && set +a && deploy/settimanale.sh',
    ]);
    expect(read('deploy/settimanale.sh')).toContain('npm run --silent pubblica -- "$@"');
    // The template of the secrets holds placeholders only, and the real file is git-ignored.
    expect(read('deploy/pubblica.env.esempio')).toContain('UNSUBSCRIBE_SECRET=cambia-questa-frase-segreta-lunga');
    expect(read('.gitignore')).toMatch(/^\*\.env$/m);
  });
});
