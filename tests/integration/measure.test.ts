import { describe, expect, it } from 'vitest';
import { measure } from '../../scripts/bench/measure.ts';

describe('measure', () => {
  it('reports the status and output of a command, and a wall time that spans its whole run', async () => {
    // The command says how long it has run, by its own clock, as it ends.
    const command = "console.log('lived', performance.now()); process.exitCode = 3";
    const result = await measure(process.execPath, ['-e', command]);
    expect(result.status).toBe(3);
    const lived = Number(/^lived (\S+)$/mu.exec(result.output)?.[1]);
    expect(lived).toBeGreaterThan(0);
    expect(result.wallMs).toBeGreaterThanOrEqual(lived);
    expect(result.overLimit).toBe(false);
  });

  // A measure that missed the child would leave the command running: fail in a minute, not the project's ten.
  it(
    'counts the memory of the whole process tree, and stops a command once that passes the limit',
    { timeout: 60_000 },
    async () => {
      // The command holds little; its child fills 300 MB and holds them until its
      // parent is gone (the pipe from it closes): the tree passes the limit only
      // if the child is counted, and stays over it until it is stopped.
      const child =
        "const held = Buffer.alloc(300e6, 1); console.log('holding'); process.stdin.on('end', () => process.exit()).resume()";
      const parent = `require('node:child_process').spawn(process.execPath, ['-e', ${JSON.stringify(child)}], { stdio: ['pipe', 'inherit', 'inherit'] })`;
      const result = await measure(process.execPath, ['-e', parent], { memoryLimitBytes: 200e6 });
      expect(result.overLimit).toBe(true);
      expect(result.status).not.toBe(0);
      expect(result.output).toContain('holding');
      expect(result.peakRssBytes).toBeGreaterThan(200e6);
    },
  );
});
