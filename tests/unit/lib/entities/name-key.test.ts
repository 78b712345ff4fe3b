import { describe, expect, it } from 'vitest';
import { entitySlug, nameKey, surnameKey } from '../../../../src/lib/entities/name-key.ts';

describe('nameKey', () => {
  it('folds transliteration variants, case, marks and hyphens into one key', () => {
    expect(nameKey('Zelenskyy')).toBe(nameKey('Zelensky'));
    expect(nameKey('ZELENSKY')).toBe(nameKey('Zelensky'));
    expect(nameKey('Zoë Müller')).toBe(nameKey('Zoe Muller'));
    expect(nameKey('Al-Assad')).toBe(nameKey('Al Assad'));
    expect(nameKey('Rustem Umerov')).not.toBe(nameKey('Rustem Umarov'));
  });

  it('gives the key of the last word as the surname', () => {
    expect(surnameKey('Volodymyr Zelenskyy')).toBe(nameKey('Zelensky'));
  });
});

describe('entitySlug', () => {
  it('keeps letters of every script and joins words with hyphens', () => {
    expect(entitySlug('Volodymyr Zelensky')).toBe('volodymyr-zelensky');
    expect(entitySlug('Zoë Müller')).toBe('zoe-muller');
    expect(entitySlug('Київ')).toBe('киів');
    expect(entitySlug('<script>"x"</script>')).toBe('script-x-script');
  });
});
