import { describe, expect, it } from 'vitest';
import { deriveTitles } from '../../../../src/lib/derive/titles.ts';
import { paragraph, slugLine, table } from '../../blocks.ts';

const DATE = '1987-03-10';

describe('deriveTitles', () => {
  it('starts the summary with the sentence after a headline that is the whole first sentence', () => {
    expect(
      deriveTitles(
        [
          paragraph(
            'Lamont Mills Inc cut its dividend to 10 cts from 25 cts. The cut is its first since 1972.',
          ),
        ],
        DATE,
      ),
    ).toEqual({
      headline: 'Lamont Mills Inc cut its dividend to 10 cts from 25 cts',
      summary: 'The cut is its first since 1972.',
    });
  });

  it('goes on after a headline cut inside its sentence, marked as a continuation', () => {
    const { headline, summary } = deriveTitles(
      [
        paragraph(
          'Corwin Bancorp Inc said its board elected Nathan C. Smith president and chief executive officer of the bank holding company, effective immediately.',
        ),
      ],
      DATE,
    );
    expect(headline).toBe(
      'Corwin Bancorp Inc said its board elected Nathan C. Smith president and chief executive officer…',
    );
    expect(summary).toBe('…of the bank holding company, effective immediately.');
  });

  it('takes the summary from the next paragraph when the lead has nothing more', () => {
    expect(
      deriveTitles(
        [
          paragraph('Fenwick and Lowe Inc agreed to buy Delta Valve Co for 31 mln dlrs.'),
          paragraph('Terms of the financing were not disclosed.'),
        ],
        DATE,
      ),
    ).toEqual({
      headline: 'Fenwick and Lowe Inc agreed to buy Delta Valve Co for 31 mln dlrs',
      summary: 'Terms of the financing were not disclosed.',
    });
  });

  it('gives an article of one sentence that sentence as its summary, the only text it has', () => {
    expect(deriveTitles([paragraph('Markets in Tokyo were closed for a holiday.')], DATE)).toEqual({
      headline: 'Markets in Tokyo were closed for a holiday',
      summary: 'Markets in Tokyo were closed for a holiday.',
    });
  });

  it('leaves a slug line out of the headline', () => {
    expect(
      deriveTitles(
        [
          slugLine('MIDEAST GULF'),
          paragraph('Iraq said its warplanes hit two ships off the coast of Iran.'),
        ],
        DATE,
      ).headline,
    ).toBe('Iraq said its warplanes hit two ships off the coast of Iran');
  });

  it('takes the headline of a table lead from the first prose after it, and the summary from the rows', () => {
    const { headline, summary } = deriveTitles(
      [
        table(
          ['Shr 1.05 dlrs vs 82 cts', 'Net 12.4 mln vs 9.6 mln', 'Revs 310.7 mln vs 288.3 mln'],
          'NOTE: 1986 net includes a gain of 1.1 mln dlrs.',
        ),
        paragraph('Tamworth Paper Co said profit rose on higher newsprint prices.'),
      ],
      DATE,
    );
    expect(headline).toBe('Tamworth Paper Co said profit rose on higher newsprint prices');
    expect(summary).toMatch(/^Shr 1\.05 dlrs vs 82 cts; Net 12\.4 mln vs 9\.6 mln; Revs/u);
  });

  it('names a table without prose by what it holds, its company and its day', () => {
    const { headline, summary } = deriveTitles(
      [
        slugLine('KELSO INDUSTRIES INC <KLS> 4TH QTR NET'),
        table([
          'Shr loss 12 cts vs profit 37 cts',
          'Net loss 1.2 mln vs profit 3.7 mln',
          'Year',
          'Shr loss 28 cts vs profit 1.14 dlrs',
        ]),
      ],
      DATE,
    );
    expect(headline).toBe('Kelso Industries Inc: earnings figures, 10 March 1987');
    expect(summary).toMatch(/^Shr loss 12 cts vs profit 37 cts; Net loss 1\.2 mln/u);
  });

  it('labels a table of prices whose slug line names no company', () => {
    expect(
      deriveTitles(
        [
          slugLine('PRECIOUS METALS CLOSE'),
          table(['Gold 421.50 dlrs an ounce, up 2.25', 'Silver 6.48 dlrs, up 0.12']),
        ],
        DATE,
      ).headline,
    ).toBe('Price table, 10 March 1987');
  });

  it('takes the headline from slug lines when the article has nothing else', () => {
    expect(deriveTitles([slugLine('MARKETS CLOSED FOR HOLIDAY')], DATE).headline).toBe(
      'MARKETS CLOSED FOR HOLIDAY',
    );
  });
});
