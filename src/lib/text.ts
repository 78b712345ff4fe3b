const numbers = new Intl.NumberFormat('en-GB');

/** "1 article", "12,345 articles". */
export function countLabel(count: number, noun: string): string {
  return `${numbers.format(count)} ${count === 1 ? noun : `${noun}s`}`;
}
