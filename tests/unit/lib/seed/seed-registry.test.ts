import { describe, expect, it } from 'vitest';
import { SeedRegistry } from '../../../../src/lib/seed/seed-registry.ts';

describe('SeedRegistry', () => {
  it('names the earlier file with the same bytes', () => {
    const registry = new SeedRegistry();
    expect(registry.twinOf('a.txt', 'd1')).toBeUndefined();
    expect(registry.twinOf('b.txt', 'd2')).toBeUndefined();
    expect(registry.twinOf('c.txt', 'd1')).toBe('a.txt');
  });

  it('refuses a URL another file already has', () => {
    const registry = new SeedRegistry();
    expect(registry.claim('2025/01/01/x-abc123', 'a.txt')).toBeUndefined();
    expect(registry.claim('2025/01/01/x-abc123', 'b.txt')).toEqual({
      file: 'b.txt',
      line: 1,
      expected: 'an article URL of its own',
      found: 'the URL /2025/01/01/x-abc123/ of a.txt',
    });
  });
});
