import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import {
  decodeSuggestChunk,
  encodeSuggestChunk,
  foldWord,
  LONGEST_BAND,
  suggestKey,
  suggestKeys,
  SurfaceWords,
} from '../../../../../src/lib/search/archive-index/suggest-chunk.ts';

/** Chunk keys written `prefix/length`. */
const named = (keys: { prefix: string; length: number }[]) =>
  keys.map(({ prefix, length }) => `${prefix}/${length}`);

/** The chunks of `SurfaceWords.chunks`, by `prefix/length`. */
const byName = (chunks: ReturnType<SurfaceWords['chunks']>) =>
  Object.fromEntries(
    [...chunks].flatMap(([prefix, lengths]) =>
      [...lengths].map(([length, words]) => [`${prefix}/${length}`, words]),
    ),
  );

describe('suggest chunk keys', () => {
  it('keys a word by its first two letters, lowercase and without diacritics, and its length in letters', () => {
    expect(suggestKey(foldWord('Élysée'))).toEqual({ prefix: 'el', length: 6 });
    expect(suggestKey(foldWord('Bundesbank'))).toEqual({ prefix: 'bu', length: 10 });
    expect(suggestKey('x'.repeat(40))).toEqual({ prefix: 'xx', length: LONGEST_BAND });
  });

  it('looks in the lengths the edits reach, and in the first two letters swapped, so a swap there still finds the word', () => {
    expect(named(suggestKeys('ubndesbank', 1))).toEqual([
      'ub/9',
      'ub/10',
      'ub/11',
      'bu/9',
      'bu/10',
      'bu/11',
    ]);
    expect(named(suggestKeys('oil', 2))).toEqual([
      'oi/2',
      'oi/3',
      'oi/4',
      'oi/5',
      'io/2',
      'io/3',
      'io/4',
      'io/5',
    ]);
  });
});

describe('encodeSuggestChunk and decodeSuggestChunk', () => {
  it('give back the words and counts in their order, beyond ASCII too', () => {
    const words = [
      { word: 'Bundesbank', count: 1204 },
      { word: 'Bündnis', count: 3 },
      { word: 'bu', count: 2 },
    ];
    expect(decodeSuggestChunk(encodeSuggestChunk(words))).toEqual(words);
    expect(decodeSuggestChunk(encodeSuggestChunk([]))).toEqual([]);
  });
});

/** The heap in use after a full garbage collection. */
function liveHeap(): number {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
  return process.memoryUsage().heapUsed;
}

describe('SurfaceWords', () => {
  it('keeps none of the texts it counted alive, only their words', () => {
    const words = new SurfaceWords();
    const before = liveHeap();
    // 200 documents of 100 kB, each with a word of its own long enough for V8 to cut it as a view of the document.
    for (let document = 0; document < 200; document++) {
      const own = `Particularword${String.fromCharCode(97 + (document % 26)).repeat(1 + Math.floor(document / 26))}`;
      words.add(`${'the council met again '.repeat(4_800)}${own}`);
    }
    const kept = liveHeap() - before;
    expect(words.counts.size).toBe(204);
    expect(kept).toBeLessThan(2_000_000);
  });

  it('counts words of two letters or more, leaving out numbers and punctuation', () => {
    const words = new SurfaceWords();
    words.add('A 4.5 pct cut, the Bundesbank’s 1987 move; the bank rate.');
    words.add('the Bundesbank');
    expect(byName(words.chunks(1))).toEqual({
      'ba/4': [{ word: 'bank', count: 1 }],
      'bu/10': [{ word: 'Bundesbank', count: 2 }],
      'cu/3': [{ word: 'cut', count: 1 }],
      'mo/4': [{ word: 'move', count: 1 }],
      'pc/3': [{ word: 'pct', count: 1 }],
      'ra/4': [{ word: 'rate', count: 1 }],
      'th/3': [{ word: 'the', count: 3 }],
    });
  });

  it('keeps each word once, in the case and accents it is most often written with, counting every form', () => {
    const words = new SurfaceWords();
    words.add('BONN Bonn Bonn bonn Zürich Zurich Zürich');
    expect(byName(words.chunks(1))).toEqual({
      'bo/4': [{ word: 'Bonn', count: 4 }],
      'zu/6': [{ word: 'Zürich', count: 3 }],
    });
  });

  it('merges counts taken apart as if one counter had read every text in order, ties of case going to the form met first', () => {
    const texts = ['Delors DELORS Bonn', 'delors Bonn bonn', 'Zürich zurich'];
    const whole = new SurfaceWords();
    for (const text of texts) whole.add(text);
    const merged = new SurfaceWords();
    for (const text of texts) {
      const part = new SurfaceWords();
      part.add(text);
      merged.merge(part.counts);
    }
    expect([...merged.counts]).toEqual([...whole.counts]);
    expect(byName(merged.chunks(1))).toEqual({
      'bo/4': [{ word: 'Bonn', count: 3 }],
      'de/6': [{ word: 'Delors', count: 3 }],
      'zu/6': [{ word: 'Zürich', count: 2 }],
    });
  });

  it('leaves out words written fewer than the minimum, and lists a chunk most written first', () => {
    const words = new SurfaceWords();
    words.add('cocoa coffee cocoa copper coffee cocoa cotton cotton');
    expect(byName(words.chunks(2))).toEqual({
      'co/5': [{ word: 'cocoa', count: 3 }],
      'co/6': [
        { word: 'coffee', count: 2 },
        { word: 'cotton', count: 2 },
      ],
    });
  });
});
