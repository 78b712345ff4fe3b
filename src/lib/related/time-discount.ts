/** Days over which the part of a similarity above TIME_FLOOR halves: a story runs over days, and its follow-ups come within weeks. */
const HALF_LIFE_DAYS = 14;
/** What is left of a similarity however far apart in time: older background is discounted, not excluded. */
const TIME_FLOOR = 0.4;

/** What is left of a similarity between articles `days` apart. */
export function timeDiscount(days: number): number {
  return TIME_FLOOR + (1 - TIME_FLOOR) * 2 ** (-Math.abs(days) / HALF_LIFE_DAYS);
}
