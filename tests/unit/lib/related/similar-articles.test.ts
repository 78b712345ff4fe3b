import { describe, expect, it } from 'vitest';
import {
  relatedTerms,
  SimilarArticles,
  type RelatedText,
  type SimilarOptions,
} from '../../../../src/lib/related/similar-articles.ts';
import { sentenceTerms } from '../../../../src/lib/related/terms.ts';

interface Story extends Partial<Pick<RelatedText, 'tabular' | 'company'>> {
  /** Its date as a number of days. */
  day?: number;
  text: string;
  /** The people, places and organisations it names, numbered by the test. */
  names?: number[];
  /** Those of its names that are organisations. */
  organisations?: number[];
}

function related(stories: readonly Story[], options: SimilarOptions = {}): number[][] {
  const similar = new SimilarArticles();
  for (const { text, day = 0, tabular = false, company } of stories) {
    const [lead = '', ...body] = text.split('\n\n');
    similar.add(day, relatedTerms({ lead, body, tabular, company }));
  }
  return similar.related(
    stories.map(({ names = [], organisations = [] }) =>
      names.map((id) => ({ id, organisation: organisations.includes(id) })),
    ),
    options,
  );
}

/**
 * Articles on other subjects, so that words and names have the rarity they
 * would have in an archive: news words such as "said", "Monday" or "pay" are
 * common, and so is the country.
 */
const [UNITED_STATES, NEW_YORK] = [100, 101];
const BACKGROUND: Story[] = [
  {
    text: 'Frost damaged orchards across the Yakima valley on Monday, and growers said the apple harvest could fall by a third.',
    names: [102, UNITED_STATES],
  },
  {
    text: 'The Boston city council said on Monday it had approved a new library, with pay rises for its staff.',
    names: [103, UNITED_STATES],
  },
  {
    text: 'The Federal Reserve held its main interest rate, saying inflation had eased but pay was still rising fast, its chairman said.',
    names: [104, UNITED_STATES, NEW_YORK],
  },
  {
    text: 'Heavy rain closed the coastal highway near Eureka for a second day, the state said, as crews cleared mud and fallen trees.',
    names: [105, UNITED_STATES],
  },
  {
    text: 'Teachers in Chicago voted on Monday to accept a pay offer and pensions deal, their union said, ending the threat of a strike.',
    names: [106, UNITED_STATES],
  },
  {
    text: 'Shares fell in New York on Monday as oil prices rose, dealers said, and investors sold technology stocks off the job report.',
    names: [NEW_YORK, UNITED_STATES],
  },
  {
    text: 'Nurses at Mercy Hospital in Denver said they would walk out over pay unless talks resume, the union said on Monday.',
    names: [107, 108, UNITED_STATES],
  },
];

describe('sentenceTerms', () => {
  it('lists content words sentence by sentence, lower-cased, without stopwords, numbers or possessives', () => {
    expect(
      sentenceTerms(
        'The Harbour strike: the harbour’s dockers, 2025, and a strike. Why? “It ended!” he said.',
      ),
    ).toEqual([['harbour', 'strike', 'harbour', 'dockers', 'strike'], ['why'], ['ended']]);
  });
});

describe('SimilarArticles', () => {
  it('relates the articles of one story by the names they share, not two stories by common words', () => {
    const [GENERAL_DYNAMICS, GROTON, FORD, DETROIT, MACHINISTS, AUTO_WORKERS] = [0, 1, 2, 3, 4, 5];
    const stories: Story[] = [
      {
        text: 'Machinists at the General Dynamics shipyard in Groton walked off the job on Monday over pay and pensions, the union said.',
        names: [GENERAL_DYNAMICS, GROTON, MACHINISTS],
      },
      {
        text: 'Workers at the Ford assembly plant in Detroit walked off the job on Monday over pay and pensions, the union said.',
        names: [FORD, DETROIT, AUTO_WORKERS],
      },
      {
        day: 1,
        text: 'General Dynamics said it would resume talks with the machinists, whose strike closed the Groton yard.',
        names: [GENERAL_DYNAMICS, GROTON, MACHINISTS],
      },
      {
        day: 2,
        text: 'Ford said output at its Detroit plant had stopped, with no talks planned with the auto workers.',
        names: [FORD, DETROIT, AUTO_WORKERS],
      },
      ...BACKGROUND,
    ];
    const result = related(stories);
    expect(result[0]).toEqual([2]);
    expect(result[1]).toEqual([3]);
    expect(result[2]).toEqual([0]);
    expect(result[3]).toEqual([1]);
  });

  it('ranks the articles of the following days above older ones as alike, and still lists the older', () => {
    const [DANUBE, BUDAPEST] = [0, 1];
    const flood =
      'Floodwater rose along the Danube at Budapest, and the city raised its river walls along the quays.';
    const stories: Story[] = [
      {
        day: 10_000,
        text: 'The Danube flooded the lower quays of Budapest as the river crested, and the city raised its walls.',
        names: [DANUBE, BUDAPEST],
      },
      { day: 9_635, text: flood, names: [DANUBE, BUDAPEST] },
      { day: 10_002, text: flood, names: [DANUBE, BUDAPEST] },
      ...BACKGROUND,
    ];
    expect(related(stories)[0]).toEqual([2, 1]);
  });

  it('weights the lead above what comes further down', () => {
    const stories: Story[] = [
      {
        text: 'Tanker crews at the port of Rotterdam began a strike over overtime.\n\nElsewhere, the cathedral choir cancelled its concert tour.',
      },
      { text: 'The cathedral choir cancelled its concert tour because the conductor fell ill.' },
      { text: 'Tanker crews extended their strike at the port of Rotterdam.' },
      ...BACKGROUND,
    ];
    expect(related(stories)[0]).toEqual([2, 1]);
  });

  it('relates no two articles through sentences that many articles repeat', () => {
    const tagline = 'Terms were not disclosed. Compiled by the Chicago business desk.';
    const stories: Story[] = BACKGROUND.slice(0, 4).map(({ text }) => ({
      text: `${text}\n\n${tagline}`,
    }));
    expect(related(stories)).toEqual([[], [], [], []]);
    expect(related([...stories, ...BACKGROUND.slice(4)]).every((list) => list.length === 0)).toBe(
      true,
    );
  });

  it('relates two earnings tables only through the company they share', () => {
    const [ACME, BOLT, EXCHANGE] = [0, 1, 2];
    const table = (company: string, quarter: string, day: number, names: number[]): Story => ({
      day,
      text: `${company} ${quarter} qtr net. Revenues and net income for the quarter.`,
      tabular: true,
      company: company.toLowerCase(),
      names,
      organisations: [ACME, BOLT, EXCHANGE],
    });
    const stories: Story[] = [
      // Both tables name the exchange, as a finder of names might wrongly make of a heading.
      table('Acme Mills Corp', '1st', 0, [ACME, NEW_YORK, EXCHANGE]),
      table('Bolt Industries Inc', '1st', 0, [BOLT, NEW_YORK, EXCHANGE]),
      table('Acme Mills Corp', '2nd', 91, [ACME, NEW_YORK]),
      table('Bolt Industries Inc', '2nd', 91, [BOLT, NEW_YORK]),
      { text: 'Acme Mills said it would close a New York spinning mill.', names: [ACME, NEW_YORK] },
      { text: 'Prices fell across the board in New York.', tabular: true, names: [NEW_YORK] },
      ...BACKGROUND,
    ];
    const result = related(stories);
    expect(result[0]).not.toContain(1);
    expect(result[0]).toContain(2);
    expect(result[1]).toEqual([3]);
    expect(result[5]).toEqual([]);
  });

  it('lists none below the minimum score, and at most `limit`', () => {
    const districts = ['Ashford', 'Bexley', 'Crawley', 'Dartford', 'Epsom', 'Fareham'];
    const texts = districts.map((district) => ({
      text: `Election count in ${district}: turnout, ballots and the election result.`,
    }));
    expect(related(texts, { limit: 3 }).every((list) => list.length === 3)).toBe(true);
    expect(related(texts, { minScore: 1.01 }).every((list) => list.length === 0)).toBe(true);
  });

  it('brings up at most `postingsPerTerm` candidates through any one term', () => {
    // Every article shares only the word "budget": with two postings kept, each finds at most two others.
    const texts = Array.from({ length: 10 }, (_, i) => ({ text: `budget ${'xyz'.repeat(i + 1)}` }));
    const result = related(texts, { postingsPerTerm: 2, minScore: 0 });
    expect(result.every((list) => list.length <= 2)).toBe(true);
    expect(related(texts, { minScore: 0 }).every((list) => list.length === 5)).toBe(true);
  });
});
