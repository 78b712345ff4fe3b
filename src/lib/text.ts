const numbers = new Intl.NumberFormat('en-GB');

/** "1 article", "12,345 articles". */
export function countLabel(count: number, noun: string): string {
  return `${numbers.format(count)} ${count === 1 ? noun : `${noun}s`}`;
}

/** ", page 2 of 5" after a paginated listing's name; nothing when it fits one page. */
export function pageNote({ number, count }: { number: number; count: number }): string {
  return count > 1 ? `, page ${numbers.format(number)} of ${numbers.format(count)}` : '';
}
