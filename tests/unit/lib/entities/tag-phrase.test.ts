import { describe, expect, it } from 'vitest';
import { classifyByTagger } from '../../../../src/lib/entities/tag-phrase.ts';

describe('classifyByTagger', () => {
  it('finds a person, without the title before the name', () => {
    expect(classifyByTagger('President Ronald Reagan')).toEqual({
      kind: 'person',
      name: 'Ronald Reagan',
    });
  });

  it('takes two capitalised words compromise does not know for a person, one for a surname', () => {
    expect(classifyByTagger('Rustem Umerov')).toEqual({ kind: 'person', name: 'Rustem Umerov' });
    expect(classifyByTagger('Umerov')).toEqual({ kind: 'surname', name: 'Umerov' });
  });

  it('finds no name in words compromise knows as common ones', () => {
    expect(classifyByTagger('Monday')).toBeNull();
  });
});
