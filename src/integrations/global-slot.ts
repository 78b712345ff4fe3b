/**
 * A value shared by every copy of a module in one build. Astro loads the
 * content config through Vite's module runner and renders pages from a built
 * bundle, so the loader, the page middleware and an integration each see their
 * own copy of the modules they import; a symbol on `globalThis` joins them.
 */
export function globalSlot<T>(name: string): {
  get(): T | undefined;
  set(value: T | undefined): void;
} {
  const key = Symbol.for(`news-archive.${name}`);
  const slots = globalThis as Record<symbol, T | undefined>;
  return {
    get: () => slots[key],
    set: (value) => {
      slots[key] = value;
    },
  };
}
