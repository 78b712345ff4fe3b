/**
 * Writes a deterministic synthetic corpus of seed articles, for benchmarks and
 * scale tests: `node scripts/make-corpus.ts --articles 10000 --out DIR [--seed 1] [--replace]`;
 * `--update DIR [--add 20] [--edit 5] [--seed 1]` gives such a corpus a day's
 * new and edited articles (`updateCorpus`).
 *
 * The same arguments always give the same files. Articles run from 150 to
 * 2,000 words (about 600 on average), 1 to 40 a day on days spread over several
 * decades, some with section headings, some sharing a day and a lead, and a
 * little non-ASCII text. About half of a day's articles continue a story of
 * that day: a person, a place and rare words of their own, told in the
 * first sentences of its paragraphs, in place of those drawn, so the days
 * and lengths of the articles are those of a corpus without stories.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

export interface CorpusOptions {
  articles: number;
  seed?: number;
  /** First and last year of the corpus. */
  years?: [number, number];
  /** Days to spread the articles over instead of `years`: `count` days from `first` (YYYY-MM-DD). */
  days?: { first: string; count: number };
  /** The number in the first file's name, so that articles added to a corpus continue its numbering. */
  firstNumber?: number;
  /** Puts this many of the articles on one day, like a day of breaking news, to test long day listings. */
  crowdedDay?: { date: string; articles: number };
}

export interface CorpusFile {
  name: string;
  text: string;
}

/** mulberry32: a small, fast, seedable PRNG, so the corpus is reproducible without a dependency. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const COMMON =
  'the of and to in a is that for on with as was by at from it his her their said has have had were be been will would not but which who after over more than about into new also its year two three officials government minister president report city country people police court week day talks plan deal market company state national region war peace election vote budget'.split(
    ' ',
  );
const NAMES = [
  'Amara Okafor',
  'Jonas Weber',
  'Li Wei',
  'Sofia Rossi',
  'Mehmet Yılmaz',
  'Ana García',
  'Pierre Lefèvre',
  'Olga Ivanova',
  'Kenji Sato',
  'Fatima Haddad',
  'Björn Nilsson',
  'Zoë Müller',
];
const PLACES = [
  'Geneva',
  'Nairobi',
  'São Paulo',
  'Kraków',
  'Reykjavík',
  'Lagos',
  'Osaka',
  'Montréal',
  'Kyiv',
  'Brussels',
  'Jakarta',
  'Århus',
];
const EXTRA = ['Москва', 'Київ', 'القاهرة', '東京', 'Αθήνα'];
const DAY_MS = 86_400_000;

export function* makeCorpus({
  articles,
  seed = 1,
  years = [1985, 2025],
  days,
  firstNumber = 0,
  crowdedDay,
}: CorpusOptions): Generator<CorpusFile> {
  const rand = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;
  const int = (min: number, max: number) => min + Math.floor(rand() * (max - min + 1));
  // A vocabulary of made-up words, so the search index sees a realistic spread of terms.
  const syllables = [
    'ka',
    'lo',
    'mi',
    'ter',
    'an',
    'bu',
    'sel',
    'ro',
    'ven',
    'di',
    'or',
    'gan',
    'pe',
    'tu',
    'lin',
    'es',
  ];
  const vocabulary = Array.from({ length: 6000 }, () =>
    Array.from({ length: int(2, 4) }, () => pick(syllables)).join(''),
  );
  const word = () =>
    rand() < 0.45
      ? pick(COMMON)
      : rand() < 0.97
        ? pick(vocabulary)
        : rand() < 0.5
          ? pick(PLACES)
          : pick(EXTRA);
  const sentence = () => {
    const parts = Array.from({ length: int(8, 24) }, word);
    if (rand() < 0.3) parts.splice(int(1, parts.length - 1), 0, pick(NAMES));
    const text = parts.join(' ');
    return `${text[0]!.toUpperCase()}${text.slice(1)}${rand() < 0.9 ? '.' : rand() < 0.5 ? '?' : '!'}`;
  };
  const paragraph = (words: number) => {
    const out: string[] = [];
    let count = 0;
    while (count < words) {
      const s = sentence();
      out.push(s);
      count += s.split(' ').length;
    }
    return out.join(' ');
  };
  const heading = () => {
    const text = Array.from({ length: int(2, 5) }, () => pick(vocabulary)).join(' ');
    return text.replace(/(^|\s)\p{L}/gu, (letter) => letter.toUpperCase());
  };

  // Stories are drawn from a stream of their own, so that they do not change the draws of the text around them.
  const storyRand = random(seed ^ 0x5bd1e995);
  const storyPick = <T>(items: readonly T[]): T => items[Math.floor(storyRand() * items.length)]!;
  const newStory = () => ({
    person: storyPick(NAMES),
    place: storyPick(PLACES),
    // Words of five syllables, which no other story is likely to share.
    words: Array.from({ length: 10 }, () =>
      Array.from({ length: 5 }, () => storyPick(syllables)).join(''),
    ),
  });
  type Story = ReturnType<typeof newStory>;
  const storySentence = ({ person, place, words }: Story) => {
    const [a, b, c, d, e] = [...words].sort(() => storyRand() - 0.5);
    return `${person} said in ${place} that the ${a} ${b} ${c} would ${d} the ${e}.`;
  };

  // A paragraph whose first `count` sentences are the story's.
  const tell = (story: Story, paragraph: string, count: number) => {
    const sentences = paragraph.split(/(?<=[.?!]) /u);
    return [
      ...Array.from({ length: Math.min(count, sentences.length) }, () => storySentence(story)),
      ...sentences.slice(count),
    ].join(' ');
  };

  // Days spread over the whole span, each with 1 to 40 articles (most days few).
  const start = days ? Date.parse(`${days.first}T00:00:00Z`) : Date.UTC(years[0], 0, 1);
  const spanDays = days
    ? days.count
    : Math.floor((Date.UTC(years[1], 11, 31) - start) / DAY_MS) + 1;
  let written = 0;
  let lastLead = '';
  let lastTold = '';
  let lastDate = '';
  while (written < articles) {
    const crowded = written === 0 && crowdedDay;
    const dayCount = Math.min(
      articles - written,
      crowded ? crowdedDay.articles : Math.max(1, Math.round(40 * rand() ** 3)),
    );
    const date = crowded
      ? crowdedDay.date
      : new Date(start + Math.floor(rand() * spanDays) * DAY_MS).toISOString().slice(0, 10);
    const stories: Story[] = [];
    for (let i = 0; i < dayCount; i++, written++) {
      const target = Math.round(
        Math.min(2000, Math.max(150, 480 * Math.exp((rand() - 0.5) * 1.6 + (rand() - 0.5) * 0.8))),
      );
      const story =
        stories.length > 0 && storyRand() < 0.5
          ? storyPick(stories)
          : stories[stories.push(newStory()) - 1]!;
      // The story's sentences take the place of the first ones drawn, and the length counts those drawn, so that the rest of the corpus (its days, its lengths) is what it was without stories.
      // About 1 in 100 articles repeats the lead of the article before it on the same day, as wire copies do.
      const repeated = date === lastDate && rand() < 0.01;
      const told = repeated ? lastTold : paragraph(int(30, 60));
      const lead = repeated ? lastLead : tell(story, told, 2);
      const blocks = [lead];
      let words = told.split(' ').length;
      const withHeadings = rand() < 0.3;
      while (words < target) {
        if (withHeadings && blocks.length > 2 && rand() < 0.2) blocks.push(heading());
        const drawn = paragraph(int(40, 120));
        blocks.push(tell(story, drawn, 1));
        words += drawn.split(' ').length;
      }
      lastTold = told;
      lastLead = lead;
      lastDate = date;
      const name = `${String(firstNumber + written).padStart(7, '0')}_${Math.floor(rand() * 2 ** 32)
        .toString(16)
        .padStart(8, '0')}.txt`;
      yield { name, text: ` date ${date} ${blocks.join('\n\n')}\n` };
    }
  }
}

/**
 * Writes the corpus into `out`, in subfolders of 1,000 files so no folder
 * grows huge. A folder that already holds files is refused, since stale
 * articles would silently join the corpus, unless `replace` says to empty it first.
 */
export function writeCorpus(out: string, options: CorpusOptions, { replace = false } = {}): number {
  if (existsSync(out) && readdirSync(out).length > 0) {
    if (!replace) throw new Error(`${out} is not empty; pass --replace to empty it first`);
    rmSync(out, { recursive: true });
  }
  let count = 0;
  for (const file of makeCorpus(options)) {
    writeArticle(out, count, file);
    count++;
  }
  return count;
}

/** Writes the article numbered `number` into its folder of 1,000, and returns its path. */
function writeArticle(out: string, number: number, file: CorpusFile): string {
  const folder = join(out, String(Math.floor(number / 1000)).padStart(4, '0'));
  mkdirSync(folder, { recursive: true });
  const path = join(folder, file.name);
  if (existsSync(path)) throw new Error(`${path} already exists`);
  writeFileSync(path, file.text);
  return path;
}

export interface UpdateOptions {
  /** Articles added, dated on the two days after the newest. */
  add?: number;
  /** Older articles edited, their dates unchanged. */
  edit?: number;
  seed?: number;
}

/**
 * A day's update of a corpus that `writeCorpus` wrote, as an archive receives
 * it: `add` new articles dated on the two days after its newest, numbered
 * after its last, and `edit` of its articles edited in place, one from each
 * equal slice of the archive in date order, so the edits fall across its
 * whole span. Half of the edits replace the last sentence of the last
 * paragraph, the others add a paragraph at the end. The same corpus and seed
 * always give the same update; a second update of the corpus gives another.
 * Returns the paths written.
 */
export function updateCorpus(
  dir: string,
  { add = 20, edit = 5, seed = 1 }: UpdateOptions = {},
): { added: string[]; edited: string[] } {
  const articles = corpusArticles(dir);
  if (articles.length < edit)
    throw new Error(`${dir} holds ${articles.length} articles, fewer than ${edit} to edit`);
  const newest = articles.at(-1)!.date;
  // The newest date in the seed, so that each day's update of one corpus draws other articles.
  const updateSeed = (Math.imul(seed, 0x9e3779b1) ^ (Date.parse(newest) / DAY_MS)) >>> 0;
  const first = new Date(Date.parse(newest) + DAY_MS).toISOString().slice(0, 10);
  const fresh = [
    ...makeCorpus({
      articles: add + edit,
      seed: updateSeed,
      days: { first, count: 2 },
      firstNumber: articles.length,
    }),
  ];
  const added = fresh.slice(0, add).map((file, i) => writeArticle(dir, articles.length + i, file));

  const rand = random(updateSeed);
  const edited = Array.from({ length: edit }, (_, i) => {
    const from = Math.floor((i * articles.length) / edit);
    const to = Math.floor(((i + 1) * articles.length) / edit);
    const { path } = articles[from + Math.floor(rand() * (to - from))]!;
    // A paragraph of a fresh article, in the generator's style.
    const paragraph = lastParagraph(fresh[add + i]!.text);
    const blocks = readFileSync(path, 'utf8').trimEnd().split('\n\n');
    if (i % 2 === 0) {
      const sentences = blocks.at(-1)!.split(SENTENCE_END);
      if (sentences.length < 2) throw new Error(`${path}: its last paragraph is one sentence`);
      sentences[sentences.length - 1] = paragraph.split(SENTENCE_END).at(-1)!;
      blocks[blocks.length - 1] = sentences.join(' ');
    } else blocks.push(paragraph);
    writeFileSync(path, `${blocks.join('\n\n')}\n`);
    return path;
  });
  return { added, edited };
}

const SENTENCE_END = /(?<=[.?!]) /u;

function lastParagraph(text: string): string {
  return text.trimEnd().split('\n\n').at(-1)!;
}

/**
 * Every article of a generated corpus with its date, oldest first (by path
 * within a day). The header is read as the generator writes it, which is
 * all this function is given.
 */
function corpusArticles(dir: string): Array<{ path: string; date: string }> {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.txt'))
    .map((entry) => {
      const path = join(entry.parentPath, entry.name);
      const date = /^ date (\d{4}-\d{2}-\d{2}) /u.exec(readFileSync(path, 'utf8'))?.[1];
      if (!date) throw new Error(`${path} does not start as a generated article does`);
      return { path, date };
    })
    .sort((a, b) => a.date.localeCompare(b.date) || a.path.localeCompare(b.path));
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: {
      articles: { type: 'string', default: '1000' },
      out: { type: 'string' },
      seed: { type: 'string', default: '1' },
      'crowded-day': { type: 'string' },
      'crowded-articles': { type: 'string', default: '500' },
      replace: { type: 'boolean', default: false },
      update: { type: 'string' },
      add: { type: 'string', default: '20' },
      edit: { type: 'string', default: '5' },
    },
  });
  if (values.update) {
    const { added, edited } = updateCorpus(values.update, {
      add: Number(values.add),
      edit: Number(values.edit),
      seed: Number(values.seed),
    });
    console.log(`Added ${added.length} articles to ${values.update} and edited ${edited.length}`);
  } else if (values.out) {
    const crowdedDay = values['crowded-day']
      ? { date: values['crowded-day'], articles: Number(values['crowded-articles']) }
      : undefined;
    const count = writeCorpus(
      values.out,
      {
        articles: Number(values.articles),
        seed: Number(values.seed),
        ...(crowdedDay && { crowdedDay }),
      },
      { replace: values.replace },
    );
    console.log(`Wrote ${count} articles to ${values.out}`);
  } else
    throw new Error(
      'usage: node scripts/make-corpus.ts --articles N --out DIR [--seed S] [--crowded-day YYYY-MM-DD [--crowded-articles N]] [--replace]\n' +
        '   or: node scripts/make-corpus.ts --update DIR [--add 20] [--edit 5] [--seed S]',
    );
}
