import { readdirSync, readFileSync } from 'node:fs';
import postcss from 'postcss';
import { describe, expect, it } from 'vitest';
import { BAR_STEPS } from '../../../src/lib/timeline/bars.ts';

const styles = new URL('../../../src/styles/', import.meta.url);
const sheets = readdirSync(styles).filter((file) => file.endsWith('.css'));

/** The selectors of rules written inside another rule, which the site never means to write. */
function nestedRules(css: string, file: string): string[] {
  const nested: string[] = [];
  postcss.parse(css, { from: file }).walkRules((rule) => {
    if (rule.parent?.type === 'rule') nested.push(rule.selector);
  });
  return nested;
}

// A missing "}" does not break a stylesheet: CSS nesting makes every rule
// after it a descendant rule that matches nothing, so whole components lose
// their styles without an error anywhere.
describe('the site’s stylesheets', () => {
  it.each(sheets)('%s closes every block and nests no rule', (file) => {
    expect(nestedRules(readFileSync(new URL(file, styles), 'utf8'), file)).toEqual([]);
  });

  it('finds the rules a missing brace swallows', () => {
    expect(
      nestedRules('.a { color: red;\n.b { color: blue; }\n.c { color: green; }\n}', 'x.css'),
    ).toEqual(['.b', '.c']);
    expect(() => nestedRules('.a { color: red;\n.b { color: blue; }', 'x.css')).toThrow(
      /Unclosed block/u,
    );
  });
});

// A bar's width is a class, one per step of BAR_STEPS (the CSP forbids
// inline styles): a step without its rule would draw a bar of no width.
describe('the bars’ width classes', () => {
  it('give every step of BAR_STEPS its share of the width, and the last step all of it', () => {
    const widths = new Map<string, string>();
    postcss
      .parse(readFileSync(new URL('global.css', styles), 'utf8'))
      .walkRules(/^\.bar--\d+$/u, (rule) => {
        rule.walkDecls('width', (decl) => {
          widths.set(rule.selector, decl.value);
        });
      });
    expect(Object.fromEntries(widths)).toEqual(
      Object.fromEntries(
        Array.from({ length: BAR_STEPS }, (_, index) => [
          `.bar--${index + 1}`,
          `${((index + 1) * 100) / BAR_STEPS}%`,
        ]),
      ),
    );
  });
});
