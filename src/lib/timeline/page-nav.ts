/** The links of a paginated listing's navigation. */
interface PageNav {
  previous: number | undefined;
  next: number | undefined;
  /** The pages linked by number, in order. */
  pages: PageLink[];
}

interface PageLink {
  number: number;
  current: boolean;
  /** Whether pages are left out between this one and the one before it. */
  afterGap: boolean;
}

/**
 * The first page, the last and the two either side of the current one, so a
 * listing of any length needs only a handful of links; none for a listing of
 * one page. Pages are numbered from 1.
 */
export function pageNav(current: number, count: number): PageNav | undefined {
  if (count <= 1) return undefined;
  const shown = [
    ...new Set([1, current - 2, current - 1, current, current + 1, current + 2, count]),
  ]
    .filter((page) => page >= 1 && page <= count)
    .sort((a, b) => a - b);
  return {
    previous: current > 1 ? current - 1 : undefined,
    next: current < count ? current + 1 : undefined,
    pages: shown.map((number, index) => ({
      number,
      current: number === current,
      afterGap: index > 0 && number - shown[index - 1]! > 1,
    })),
  };
}
