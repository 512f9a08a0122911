/**
 * Preloaded (`node --import`) into the Astro child of a build: when the build process dies,
 * even by SIGKILL, the child notices it has been re-parented and stops, so no orphan keeps
 * writing into a staging folder nobody will publish or clean. The watch runs in a worker
 * thread because Astro's rendering keeps the main thread busy for seconds at a time.
 */
import { Worker } from 'node:worker_threads';

const watcher = `
const parentPid = ${process.ppid};
setInterval(() => { if (process.ppid !== parentPid) process.kill(process.pid, 'SIGKILL'); }, 300);
`;
new Worker(watcher, { eval: true }).unref();
