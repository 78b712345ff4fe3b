import { describe, expect, it } from 'vitest';
import { articleMentions } from '../../../../src/lib/entities/article-mentions.ts';
import { NameClassifier } from '../../../../src/lib/entities/classify-name.ts';
import { resolveEntities } from '../../../../src/lib/entities/resolve-entities.ts';
import type { EntityKind } from '../../../../src/lib/entities/types.ts';

/** The entities of articles given as lists of paragraphs, as a build finds them. */
function entitiesOf(...articles: string[][]) {
  const classifier = new NameClassifier();
  return resolveEntities(
    articles.map((paragraphs) =>
      articleMentions(
        paragraphs.map((text, line) => ({ kind: 'paragraph', text, line })),
        classifier,
      ),
    ),
  ).entities;
}

const named = (entities: ReturnType<typeof entitiesOf>, kind: EntityKind) =>
  entities.filter((entity) => entity.kind === kind).map((entity) => entity.name);

const allNames = (entities: ReturnType<typeof entitiesOf>) => entities.map(({ name }) => name);

describe('entities in wire copy: what is never a name', () => {
  it('makes no entity of a company suffix on its own', () => {
    const entities = entitiesOf([
      'Shares of Texstar Inc and Harlow Co rose, while Pemberton Ltd and Oakvale Corp fell.',
      'The company, which trades as Inc, said nothing. Co-chairman Ruth Allard declined to comment.',
    ]);
    for (const suffix of ['Inc', 'Co', 'Ltd', 'Corp'])
      expect(allNames(entities), suffix).not.toContain(suffix);
    expect(named(entities, 'organisation')).toEqual(
      expect.arrayContaining(['Texstar', 'Harlow', 'Pemberton', 'Oakvale']),
    );
  });

  it('makes no entity of an all-capital slug line or header', () => {
    const entities = entitiesOf(
      ['MIDEAST GULF', 'Iranian gunboats fired on a tanker in the Gulf on Tuesday, shippers said.'],
      [
        'HOMINY FEED PRICES STEADY IN CHICAGO',
        'Hominy feed was quoted unchanged at 62 dlrs a ton.',
      ],
      ['TOKYO STOCKS CLOSE HIGHER - Share prices ended firmer in quiet trade.'],
    );
    const all = allNames(entities);
    for (const junk of ['MIDEAST GULF', 'MIDEAST', 'GULF', 'HOMINY FEED', 'HOMINY', 'TOKYO STOCKS'])
      expect(all, junk).not.toContain(junk);
    // "the Gulf" in the story is a place, written in lower case.
    expect(named(entities, 'place')).toContain('Gulf');
  });

  it('files a firm named after people as an organisation, not a person', () => {
    const entities = entitiesOf(
      ['Merrill Lynch and Co Inc said its first-quarter profit rose 12 pct.'],
      ['"Rates will fall," said Dana Whitcomb, an economist at Merrill Lynch.'],
      ['Merrill Lynch cut its forecast for the year, the firm said.'],
      ['Goldman Sachs and Salomon Brothers led the underwriting group.'],
    );
    expect(named(entities, 'person')).toEqual(['Dana Whitcomb']);
    expect(named(entities, 'organisation')).toEqual(
      expect.arrayContaining(['Merrill Lynch', 'Goldman Sachs', 'Salomon Brothers']),
    );
    const merrill = entities.find((entity) => entity.name === 'Merrill Lynch');
    expect(merrill?.articles).toEqual([0, 1, 2]);
  });

  it('makes no person of the parts of a firm’s name', () => {
    const entities = entitiesOf(
      ['Goldman Sachs raised its target. Goldman said demand was strong.'],
      ['Soviet affairs expert Marshall Goldman spoke at the seminar.'],
      ['The bid was led by Goldman Sachs and Co.'],
    );
    const goldman = entities.find((entity) => entity.name === 'Marshall Goldman');
    // He is named in one article only: the firm's articles are not his.
    expect(goldman?.articles).toEqual([1]);
    expect(named(entities, 'person')).toEqual(['Marshall Goldman']);
  });
});

describe('entities in wire copy: merging names', () => {
  it('keeps names apart that differ in a doubled letter, unless an article writes both', () => {
    const entities = entitiesOf(
      ['Britain’s trade deficit widened in March, the government said.'],
      ['Alfred Brittain, chairman of the bank, will retire in June.'],
      ['Britain and France signed the accord in London.'],
    );
    expect(named(entities, 'person')).toEqual(['Alfred Brittain']);
    expect(entities.find((entity) => entity.name === 'Alfred Brittain')?.articles).toEqual([1]);
    expect(entities.find((entity) => entity.name === 'United Kingdom')?.articles).toEqual([0, 2]);
  });

  it('merges a spelling variant written in the same article as the other spelling', () => {
    const entities = entitiesOf(
      [
        'Agriculture Minister Yuri Philipov said grain imports would rise. Phillipov gave no figure.',
      ],
      ['Phillipov said the harvest was late.'],
    );
    expect(named(entities, 'person')).toEqual(['Yuri Philipov']);
    expect(entities[0]!.articles).toEqual([0, 1]);
  });

  it('files every name of a country under one place', () => {
    const entities = entitiesOf(
      ['The U.S. trade gap narrowed, and the United States will press Japan.'],
      ['Officials in America said USA exports rose, while the US dollar fell.'],
      ['Britain, or the United Kingdom, joined the U.K. delegation in talks with the USSR.'],
      ['The Soviet Union and West Germany signed a grain deal.'],
    );
    const places = Object.fromEntries(
      entities.filter((e) => e.kind === 'place').map((e) => [e.name, e.articles]),
    );
    expect(places).toEqual({
      'United States': [0, 1],
      Japan: [0],
      'United Kingdom': [2],
      'Soviet Union': [2, 3],
      'West Germany': [3],
    });
  });
});

describe('entities in wire copy: organisations', () => {
  it('files acronyms of bodies and institutions named with "the" as organisations', () => {
    const entities = entitiesOf([
      'Ministers of OPEC met in Vienna while GATT talks stalled, and the IMF and the EC urged restraint.',
      'The Bundesbank left rates unchanged, and NATO officials met in Brussels.',
    ]);
    expect(named(entities, 'organisation')).toEqual(
      expect.arrayContaining(['OPEC', 'GATT', 'IMF', 'EC', 'Bundesbank', 'NATO']),
    );
    expect(named(entities, 'person')).toEqual([]);
  });

  it('reads the name of a body joined by "of" or "and" as one organisation', () => {
    const entities = entitiesOf([
      'The Bank of England and the Securities and Exchange Commission issued statements.',
      'Britain and France objected.',
    ]);
    expect(named(entities, 'organisation')).toEqual(
      expect.arrayContaining(['Bank of England', 'Securities and Exchange Commission']),
    );
    expect(named(entities, 'place')).toEqual(expect.arrayContaining(['United Kingdom', 'France']));
  });

  it('reads a firm’s name written with a comma, an initial or a party’s name opening a sentence', () => {
    const entities = entitiesOf([
      'The issue was managed by Goldman, Sachs and Co. and J.P. Morgan Securities Ltd.',
      'Labour Party leader Neil Ashworth said his party was ready.',
    ]);
    expect(named(entities, 'organisation')).toEqual(
      expect.arrayContaining(['Goldman Sachs', 'JP Morgan Securities', 'Labour Party']),
    );
    expect(named(entities, 'person')).toEqual(['Neil Ashworth']);
  });

  it('names the country an organisation belongs to as a place too', () => {
    const entities = entitiesOf(['A minesweeper of the U.S. Navy reached port on Friday.']);
    expect(entities.map(({ kind, name }) => [kind, name])).toEqual([
      ['place', 'United States'],
      ['organisation', 'US Navy'],
    ]);
  });

  it('separates an institution from the person holding a title in it', () => {
    const entities = entitiesOf(['Bundesbank President Helmut Brenner said rates would hold.']);
    expect(named(entities, 'person')).toEqual(['Helmut Brenner']);
    expect(named(entities, 'organisation')).toEqual(['Bundesbank']);
  });
});

describe('entities in wire copy: places by their context', () => {
  it('reads a word no list knows after "in" as a place, and "the Gulf" as one', () => {
    const entities = entitiesOf([
      'Officials met in Bonn and Wilmington on Monday while tankers waited in the Gulf.',
    ]);
    expect(named(entities, 'place')).toEqual(['Bonn', 'Gulf', 'Wilmington']);
    expect(named(entities, 'organisation')).toEqual([]);
  });

  it('keeps a person a person where one article reads the name as a place', () => {
    const entities = entitiesOf(
      ['Talks were held in Rustem Umerov’s office.'],
      ['Rustem Umerov arrived on Monday.'],
      ['Rustem Umerov left on Tuesday.'],
    );
    expect(entities.map(({ kind, name, articles }) => [kind, name, articles])).toEqual([
      ['person', 'Rustem Umerov', [0, 1, 2]],
    ]);
  });
});

describe('entities in wire copy: recall of people', () => {
  it('gives a surname to the person named in full in the same article, after a title or an honorific', () => {
    const entities = entitiesOf(
      [
        'Sen. Robert Dole of Kansas met President Ronald Reagan on Monday.',
        'Dole said the bill would pass, and Mr. Reagan agreed.',
      ],
      ['Dole rose 3 pct in early trade.'],
    );
    expect(entities.map(({ kind, name, articles }) => [kind, name, articles])).toEqual([
      ['person', 'Robert Dole', [0]],
      ['person', 'Ronald Reagan', [0]],
      ['place', 'Kansas', [0]],
    ]);
  });

  it('gives a lone surname to the one person the archive names in full with it nearly always', () => {
    const reagan = ['President Ronald Reagan vetoed the bill.'];
    const entities = entitiesOf(
      reagan,
      reagan,
      reagan,
      reagan,
      ['Nancy Reagan visited a school in Ohio.'],
      ['Reagan said he would veto any tax increase.'],
    );
    expect(entities.find((e) => e.name === 'Ronald Reagan')?.articles).toEqual([0, 1, 2, 3, 5]);
    expect(entities.find((e) => e.name === 'Nancy Reagan')?.articles).toEqual([4]);
  });

  it('leaves a word no list knows out of the name it opens a sentence with', () => {
    const entities = entitiesOf(['Zorvath Olga Ivanova said the talks would resume.']);
    expect(named(entities, 'person')).toEqual(['Olga Ivanova']);
  });

  it('leaves a lone surname out when two people named in full share it alike', () => {
    const entities = entitiesOf(
      ['Trade envoy Clayton Yeutter arrived.'],
      ['Farm lobbyist Ann Yeutter spoke.'],
      ['Yeutter said talks would go on.'],
    );
    expect(entities.flatMap((e) => e.articles)).not.toContain(2);
  });
});

describe('entities in wire copy: places written the wire’s way', () => {
  it('files "Washington, D.C." as the place Washington, and no "DC"', () => {
    const entities = entitiesOf(
      ['The city of Washington, D.C. will sell 250 mln dlrs of bonds, its finance office said.'],
      ['The jet was bound for Washington, D.C. Fire crews reached it within minutes.'],
    );
    expect(named(entities, 'place')).toEqual(['Washington']);
    expect(entities.find((entity) => entity.name === 'Washington')?.articles).toEqual([0, 1]);
    expect(allNames(entities)).not.toContain('DC');
  });

  it('files a city before its state’s abbreviation as a place, and the state under its name', () => {
    const entities = entitiesOf(
      ['Their lawyer said in Clayton, Mo., that the suit sought 150 mln dlrs.'],
      ['The secretary died in a fire at his home in Stamford, Conn., on Sunday.'],
      ['Harmon Foods Inc will close its plant in Joliet, Ill., and move to Fort Worth, Tex.'],
    );
    expect(named(entities, 'place')).toEqual(
      expect.arrayContaining([
        'Clayton',
        'Missouri',
        'Stamford',
        'Connecticut',
        'Joliet',
        'Illinois',
        'Fort Worth',
        'Texas',
      ]),
    );
    for (const abbreviation of ['Mo', 'Conn', 'Ill', 'Tex'])
      expect(allNames(entities), abbreviation).not.toContain(abbreviation);
  });

  it('files one word between "its" or "a" and a part of a firm as its place, never a person', () => {
    const entities = entitiesOf(
      ['Fenwick and Lowe Inc agreed to buy Delta Valve Co, a Houston maker of valves.'],
      ['Calder Oil Corp said its Houston unit and its Garrow office would be sold.'],
    );
    expect(named(entities, 'person')).toEqual([]);
    expect(entities.find((entity) => entity.name === 'Houston')).toMatchObject({
      kind: 'place',
      articles: [0, 1],
    });
  });

  it('parts a person’s name from a place it runs into', () => {
    const entities = entitiesOf(
      ['The report by Li Wei Nairobi officials read was late.'],
      ['Venues such as Montréal Kyiv and Århus Olga Ivanova saw were full.'],
    );
    expect(named(entities, 'person')).toEqual(['Li Wei', 'Olga Ivanova']);
    expect(named(entities, 'place')).toEqual(
      expect.arrayContaining(['Nairobi', 'Montréal', 'Kyiv', 'Århus']),
    );
  });
});

describe('entities in wire copy: organisations', () => {
  it('keeps the possessive of a firm’s name', () => {
    const entities = entitiesOf(
      ['Moody’s Investors Service rates the bonds Baa.'],
      ["The notes were rated by Moody's Investors Service on Friday."],
      ["Britain's Labour Party met in Brighton."],
    );
    const moodys = entities.filter((entity) => /^Moody['’]s Investors Service$/u.test(entity.name));
    expect(moodys).toMatchObject([{ kind: 'organisation', articles: [0, 1] }]);
    expect(named(entities, 'organisation')).toContain('Labour Party');
    expect(allNames(entities)).not.toContain('Investors Service');
  });

  it('files an institution opening a sentence as the organisation the archive names with it, and no title of office', () => {
    const entities = entitiesOf(
      ['Congress passed a stopgap spending bill. Pentagon officials said it fell short.'],
      ['Parliament approved the sale. No further vote in Parliament is needed.'],
      ['The bill drew protests from Congress, the Pentagon and the Treasury.'],
      ['Treasury Secretary Charles Whitmore spoke on Sunday.'],
    );
    expect(named(entities, 'organisation')).toEqual([
      'Congress',
      'Parliament',
      'Pentagon',
      'Treasury',
    ]);
    expect(entities.find((entity) => entity.name === 'Congress')?.articles).toEqual([0, 2]);
    expect(entities.find((entity) => entity.name === 'Pentagon')?.articles).toEqual([0, 2]);
    expect(entities.find((entity) => entity.name === 'Treasury')?.articles).toEqual([2]);
    expect(named(entities, 'person')).toEqual(['Charles Whitmore']);
  });
});
