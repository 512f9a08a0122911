/**
 * npm run rapporto [-- --da AAAA-MM-GG --a AAAA-MM-GG --out DIR]: the programme's report
 * (summary, SVG charts, CSV tables) for a period; see `npm run rapporto -- --help`.
 */
import { exitCodeOf } from '../src/lib/cli/exit-codes.ts';
import { runReportCommand } from '../src/lib/report/command.ts';

try {
  process.exitCode = await runReportCommand({
    args: process.argv.slice(2),
    env: process.env,
    root: process.cwd(),
    log: (line) => console.log(line),
    error: (line) => console.error(line),
  });
} catch (error) {
  console.error(`Il rapporto non è stato scritto: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = exitCodeOf(error, 'usage');
}
