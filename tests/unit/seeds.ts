import { readFileSync } from 'node:fs';

/** The two seed articles the archive ships with, as text. */
export const SEED_FILES = {
  nov22: '000_815220979afd3bec.txt',
  nov19: '002_b09eb43ee480ee79.txt',
} as const;

export function seedText(file: string): string {
  return readFileSync(new URL(`../../seeds/${file}`, import.meta.url), 'utf8');
}
