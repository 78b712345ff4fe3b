import { describe, expect, it } from 'vitest';
import { SLUG_MAX_BYTES } from '../../../../src/lib/derive/slug.ts';
import {
  entitySlug,
  nameKey,
  spellingKey,
  surnameKey,
} from '../../../../src/lib/entities/name-key.ts';

describe('nameKey', () => {
  it('folds case, marks and hyphens into one key', () => {
    expect(nameKey('ZELENSKY')).toBe(nameKey('Zelensky'));
    expect(nameKey('Zoë Müller')).toBe(nameKey('Zoe Muller'));
    expect(nameKey('Al-Assad')).toBe(nameKey('Al Assad'));
    expect(nameKey('Rustem Umerov')).not.toBe(nameKey('Rustem Umarov'));
  });

  it('keeps doubled letters: "Brittain" is not "Britain", nor "Zelenskyy" "Zelensky" by itself', () => {
    expect(nameKey('Alfred Brittain')).not.toBe(nameKey('Alfred Britain'));
    expect(nameKey('Zelenskyy')).not.toBe(nameKey('Zelensky'));
  });

  it('gives the key of the last word as the surname', () => {
    expect(surnameKey('Volodymyr Zelensky')).toBe(nameKey('Zelensky'));
  });
});

describe('spellingKey', () => {
  it('gives variants that differ in doubled letters one key, to be merged on evidence', () => {
    expect(spellingKey(nameKey('Zelenskyy'))).toBe(spellingKey(nameKey('Zelensky')));
    expect(spellingKey(nameKey('Brittain'))).toBe(spellingKey(nameKey('Britain')));
  });
});

describe('entitySlug', () => {
  it('keeps letters of every script and joins words with hyphens', () => {
    expect(entitySlug('Volodymyr Zelensky')).toBe('volodymyr-zelensky');
    expect(entitySlug('Zoë Müller')).toBe('zoe-muller');
    expect(entitySlug('Київ')).toBe('киів');
    expect(entitySlug('<script>"x"</script>')).toBe('script-x-script');
  });

  it('fits SLUG_MAX_BYTES, cut after a whole word, or inside a single word longer than that', () => {
    const long = `Q${'x'.repeat(300)}`;
    expect(entitySlug(`Kirill ${long}`)).toBe('kirill');
    expect(entitySlug(long)).toBe(`q${'x'.repeat(SLUG_MAX_BYTES - 1)}`);
    expect(entitySlug(`Anna Maria ${'Longname'.repeat(20)} Smith`)).toBe('anna-maria');
  });
});
