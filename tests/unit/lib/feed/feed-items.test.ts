import { describe, expect, it } from 'vitest';
import { FEED_SIZE, feedItems, feedText } from '../../../../src/lib/feed/feed-items.ts';

const article = (date: string, n: number) => ({
  date,
  headline: `Headline ${n}`,
  summary: `Summary ${n}`,
});
const source = (a: ReturnType<typeof article>) => ({
  ...a,
  link: `https://news.example.org/archive/${a.headline.replace(' ', '-')}/`,
});

describe('feed items', () => {
  it('holds the newest 50 of a longer archive, newest first', () => {
    const archive = Array.from({ length: 120 }, (_, n) =>
      article(`2020-01-${String((n % 28) + 1).padStart(2, '0')}`, n),
    );
    const items = feedItems(archive, source);
    expect(FEED_SIZE).toBe(50);
    expect(items).toHaveLength(50);
    expect(items.map((item) => item.title)).toEqual(
      Array.from({ length: 50 }, (_, n) => `Headline ${119 - n}`),
    );
  });

  it('asks for the sources of the articles in the feed only', () => {
    const asked: string[] = [];
    const archive = Array.from({ length: 80 }, (_, n) => article('2020-01-01', n));
    feedItems(archive, (a) => {
      asked.push(a.headline);
      return source(a);
    });
    expect(asked).toHaveLength(50);
  });

  it('holds every article of a smaller archive, and none of an empty one', () => {
    expect(
      feedItems([article('2025-11-19', 1), article('2025-11-22', 2)], source).map(
        (item) => item.title,
      ),
    ).toEqual(['Headline 2', 'Headline 1']);
    expect(feedItems([], source)).toEqual([]);
    expect(feedItems([article('2025-11-19', 1)], source, 0)).toEqual([]);
  });

  it('builds each item from the headline, summary, date and absolute URL', () => {
    expect(feedItems([article('2025-11-22', 7)], source)).toEqual([
      {
        title: 'Headline 7',
        description: 'Summary 7',
        link: 'https://news.example.org/archive/Headline-7/',
        date: new Date('2025-11-22T00:00:00Z'),
      },
    ]);
    expect(feedItems([article('0066-03-01', 1)], source)[0]?.date.toISOString()).toBe(
      '0066-03-01T00:00:00.000Z',
    );
  });

  it('escapes text so that a reader taking it as HTML shows every character as written', () => {
    expect(feedText(`<script>alert(1)</script> &amp "q" 'a' ]]>`)).toBe(
      `&lt;script&gt;alert(1)&lt;/script&gt; &amp;amp "q" 'a' ]]&gt;`,
    );
    const [item] = feedItems(
      [{ date: '2024-05-08', headline: '<b>bold</b>', summary: 'a & b' }],
      source,
    );
    expect([item!.title, item!.description]).toEqual(['&lt;b&gt;bold&lt;/b&gt;', 'a &amp; b']);
  });

  it('replaces what XML cannot hold, and keeps tabs, line ends and other controls XML allows', () => {
    expect(feedText('bell\u0007 nul\u0000 esc\u001B \uFFFF\uD800')).toBe(
      'bell\uFFFD nul\uFFFD esc\uFFFD \uFFFD\uFFFD',
    );
    expect(feedText('tab\t line\n cr\r del\u007F c1\u0085')).toBe(
      'tab\t line\n cr\r del\u007F c1\u0085',
    );
  });

  it('leaves other text alone', () => {
    expect(feedText('Путин, 東京, 🕊️ “quoted” – dash')).toBe('Путин, 東京, 🕊️ “quoted” – dash');
  });
});
