import { describe, expect, it } from 'vitest';
import { measure } from '../../../scripts/bench/measure.ts';

describe('measure', () => {
  it('reports wall time, status, output and the peak memory of a child’s whole process tree', async () => {
    // The parent holds little; its child holds 300 MB: the peak must count the child.
    const child =
      "const a = Buffer.alloc(300e6, 1); console.log('child'); setTimeout(() => {}, 1200)";
    const parent = `require('node:child_process').spawnSync(process.execPath, ['-e', ${JSON.stringify(child)}], { stdio: 'inherit' })`;
    const result = await measure(process.execPath, ['-e', parent]);
    expect(result.status).toBe(0);
    expect(result.output).toContain('child');
    expect(result.wallMs).toBeGreaterThan(1000);
    expect(result.peakRssBytes).toBeGreaterThan(300e6);
  });

  it('stops a command whose process tree passes the memory limit, and says so', async () => {
    const hog = 'const a = Buffer.alloc(300e6, 1); setTimeout(() => {}, 20000)';
    const result = await measure(process.execPath, ['-e', hog], { memoryLimitBytes: 200e6 });
    expect(result.overLimit).toBe(true);
    expect(result.status).not.toBe(0);
    expect(result.wallMs).toBeLessThan(20_000);
  });
});
