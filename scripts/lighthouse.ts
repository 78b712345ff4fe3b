/**
 * `npm run lighthouse -- [--runs N] [--port P]`: builds the seed archive,
 * serves it, and runs Lighthouse N times (3 unless told) on an article, the
 * timeline and a search with results. Prints each run's scores and a table of
 * their ranges, and exits non-zero, listing what lost points, if no run of a
 * page met every target (scripts/lighthouse/audit.ts). The benchmark of the
 * Performance score, which the machine's load moves; `npm test` holds the
 * other categories to their targets.
 */
import { parseArgs } from 'node:util';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { configOrThrow } from '../src/config/archive-config.ts';
import { htmlFiles, sitePath } from './bench/pages.ts';
import { servePreview } from './bench/preview.ts';
import {
  CATEGORIES,
  lighthousePages,
  runLighthouse,
  withChrome,
  type Run,
} from './lighthouse/audit.ts';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    port: { type: 'string', default: '4360' },
  },
});
const { out } = configOrThrow(fileURLToPath(new URL('../', import.meta.url)));
const pages = lighthousePages(htmlFiles(pathToFileURL(`${out}/`)).map(sitePath));
const server = await servePreview(out, Number(values.port));
const results: Record<string, Run[]> = {};
try {
  await withChrome(async (port) => {
    for (const [name, path] of Object.entries(pages)) {
      const runs: Run[] = (results[name] = []);
      while (runs.length < Number(values.runs)) {
        const run = await runLighthouse(`${server.origin}${path}`, port, CATEGORIES);
        runs.push(run);
        console.log(
          `${name} ${path}: ${CATEGORIES.map((category) => `${category} ${run.scores[category]}`).join(', ')}`,
        );
      }
    }
  });
} finally {
  server.stop();
}

const range = (scores: number[]) =>
  Math.min(...scores) === Math.max(...scores)
    ? `${scores[0]}`
    : `${Math.min(...scores)}–${Math.max(...scores)}`;
console.log(
  `\n| page | ${CATEGORIES.join(' | ')} |\n|---|${CATEGORIES.map(() => '---|').join('')}`,
);
for (const [name, runs] of Object.entries(results))
  console.log(
    `| ${name} | ${CATEGORIES.map((category) => range(runs.map((run) => run.scores[category]))).join(' | ')} |`,
  );

const failed = Object.entries(results).filter(([, runs]) =>
  runs.every((run) => Object.keys(run.shortfalls).length > 0),
);
for (const [name, runs] of failed)
  console.error(
    `\n${name}: no run met every target. The last one:\n${JSON.stringify(runs.at(-1)!.shortfalls, null, 2)}`,
  );
process.exitCode = failed.length > 0 ? 1 : 0;
