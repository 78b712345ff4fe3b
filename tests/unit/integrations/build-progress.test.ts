import { describe, expect, it } from 'vitest';
import { BuildProgress } from '../../../src/integrations/build-progress.ts';

describe('BuildProgress', () => {
  it('reports each tenth of a phase with counts, never one line per item', () => {
    const lines: string[] = [];
    const progress = BuildProgress.start((line) => lines.push(line));
    for (let i = 1; i <= 25_000; i++) progress.loaded(i, 25_000);
    progress.willRender(25_000);
    for (let i = 1; i <= 25_000; i++) progress.rendered(true);
    for (let i = 1; i <= 300; i++) progress.rendered(false);
    progress.finish();
    expect(lines).toHaveLength(21);
    expect(lines[0]).toMatch(/^\[archive\] load   2,500\/25,000 articles \(10%\)  \d+\.\d s$/u);
    expect(lines[9]).toMatch(/^\[archive\] load   25,000\/25,000 articles \(100%\)/u);
    expect(lines[19]).toMatch(/^\[archive\] render 25,000\/25,000 article pages \(100%\), 0 other pages/u);
    expect(lines[20]).toMatch(/^\[archive\] done   25,300 pages/u);
    expect(BuildProgress.current()).toBe(progress);
  });

  it('counts the article pages to render out of the valid articles, not the files read', () => {
    const lines: string[] = [];
    const progress = BuildProgress.start((line) => lines.push(line));
    for (let i = 1; i <= 28; i++) progress.loaded(i, 28);
    progress.willRender(19);
    for (let i = 1; i <= 19; i++) progress.rendered(true);
    expect(lines.filter((line) => line.startsWith('[archive] render')).at(-1)).toMatch(/^\[archive\] render 19\/19 article pages \(100%\)/u);
  });
});
