import { describe, expect, it } from 'vitest';
import { BuildProgress } from '../../../src/build/build-progress.ts';

/** A build's progress through loading `files` seed files of which `articles` are valid, and rendering their pages: the lines it printed. */
function loadAndRender(
  files: number,
  articles: number,
  otherPages: number,
): { lines: string[]; progress: BuildProgress } {
  const lines: string[] = [];
  const progress = new BuildProgress((line) => lines.push(line));
  for (let i = 1; i <= files; i++) progress.loaded(i, files);
  progress.willRender(articles);
  for (let i = 1; i <= articles; i++) progress.rendered(true);
  for (let i = 1; i <= otherPages; i++) progress.rendered(false);
  return { lines, progress };
}

describe('BuildProgress', () => {
  it('reports each tenth of a phase with counts, never one line per item', () => {
    const { lines, progress } = loadAndRender(25_000, 25_000, 300);
    progress.finish();
    expect(lines).toHaveLength(21);
    expect(lines[0]).toMatch(/^\[archive\] load {3}2,500\/25,000 articles \(10%\) {2}\d+\.\d s$/u);
    expect(lines[9]).toMatch(/^\[archive\] load {3}25,000\/25,000 articles \(100%\)/u);
    expect(lines[19]).toMatch(
      /^\[archive\] render 25,000\/25,000 article pages \(100%\), 0 other pages/u,
    );
    expect(lines[20]).toMatch(/^\[archive\] done {3}25,300 pages/u);
  });

  it('counts the article pages to render out of the valid articles, not the files read', () => {
    const { lines } = loadAndRender(28, 19, 0);
    expect(lines.filter((line) => line.startsWith('[archive] render')).at(-1)).toMatch(
      /^\[archive\] render 19\/19 article pages \(100%\)/u,
    );
  });
});
