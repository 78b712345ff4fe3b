import { spawnSync } from 'node:child_process';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';

// The Nu HTML Checker, for the end-to-end and integration tests alike.

const VNU_JAR = fileURLToPath(
  new URL('../node_modules/vnu-jar/build/dist/vnu.jar', import.meta.url),
);

/** An error in the Nu HTML Checker's JSON output; one in a file names it by URL, with the place. */
interface VnuMessage {
  url?: string;
  lastLine?: number;
  firstColumn?: number;
  message: string;
}

/** The Nu HTML Checker's errors, not its warnings, on these files of a folder, as `file:line:column: message`. */
export function htmlErrors(folder: string, files: string[]): string[] {
  const vnu = spawnSync(
    'java',
    [
      '-jar',
      VNU_JAR,
      '--errors-only',
      '--exit-zero-always',
      '--stdout',
      '--format',
      'json',
      ...files,
    ],
    {
      cwd: folder,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  if (vnu.error)
    throw new Error(`java must be installed to run the Nu HTML Checker: ${vnu.error.message}`);
  if (vnu.status !== 0)
    throw new Error(`the Nu HTML Checker stopped with status ${vnu.status}:\n${vnu.stderr}`);
  const { messages } = JSON.parse(vnu.stdout) as { messages: VnuMessage[] };
  return messages.map((message) => {
    const file = message.url ? relative(folder, fileURLToPath(message.url)) : '(no file)';
    return `${file}:${message.lastLine ?? 0}:${message.firstColumn ?? 0}: ${message.message}`;
  });
}
