import { describe, expect, it } from 'vitest';
import { StoryIndex } from '../../../../src/lib/story/story-index.ts';
import { paragraph } from '../../blocks.ts';

type Report = [date: string, ...paragraphs: string[]];

/** A dock strike of March 1985, whose two reports name Amara Okafor and Jonas Weber alike, and an earlier report naming Jonas Weber alone. */
const ARCHIVE: Report[] = [
  [
    '1985-02-11',
    'Shipping agent Jonas Weber opened a new freight office in Lisbon on Monday.',
    'The office will book cargo for grain and timber exporters, the company said.',
  ],
  [
    '1985-03-04',
    'Dockworkers in Rotterdam walked off the job on Monday in a strike over night shifts, said union leader Amara Okafor.',
    'Harbour master Jonas Weber said the strike had halted loading at the Rotterdam container quays.',
  ],
  [
    '1985-03-05',
    'The Rotterdam dock strike entered its second day as union leader Amara Okafor rejected an offer on night shifts.',
    'Harbour master Jonas Weber said ships were waiting off the Rotterdam quays for the strike to end.',
  ],
];

/** Two reports of 1990 on another affair, naming Amara Okafor: her name becomes commoner in the archive than Jonas Weber's. */
const LATER: Report[] = [
  [
    '1990-06-18',
    'Chess grandmaster Amara Okafor won the opening round of the Kestrel Cup in Oslo on Monday.',
    'Okafor beat the defending champion in forty moves, organisers said.',
  ],
  [
    '1990-06-19',
    'Amara Okafor took the Kestrel Cup in Oslo on Tuesday with a draw in the final round.',
    'The chess title is her third, organisers of the Kestrel Cup said.',
  ],
];

async function stories(reports: readonly Report[]) {
  const index = new StoryIndex();
  for (const [date, ...text] of reports) index.add(index.analyse(text.map(paragraph)), date);
  const { stories: found } = await index.links();
  return { ...found, strike: found.stories[found.byArticle[1]!]! };
}

describe('archiveStories', () => {
  it('keeps an older story’s name and slug when later articles of other stories shift how common its names are', async () => {
    const before = await stories(ARCHIVE);
    const after = await stories([...ARCHIVE, ...LATER]);
    expect(before.byArticle.slice(1)).toEqual([0, 0]);
    expect(after.stories).toHaveLength(2);
    expect(before.strike.name).toMatch(/^Amara Okafor .*Jonas Weber/u);
    expect(after.strike).toEqual(before.strike);
  });
});
