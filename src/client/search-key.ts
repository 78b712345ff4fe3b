/**
 * "/" focuses the search box, as on many sites: the search page's own input
 * once Pagefind has drawn it, the header's form on every other page. The key
 * is left alone while the reader types in a field and with Ctrl, Alt or Meta
 * (browser shortcuts); Shift is allowed, since some keyboard layouts need it
 * to type "/". `id` is the header search box's.
 */
export function focusSearchOnSlash(id: string): void {
  document.addEventListener('keydown', (event) => {
    if (
      event.key !== '/' ||
      event.ctrlKey ||
      event.altKey ||
      event.metaKey ||
      event.defaultPrevented ||
      event.isComposing
    )
      return;
    const target = event.target;
    if (
      target instanceof HTMLElement &&
      (target.isContentEditable || target.closest('input, textarea, select'))
    )
      return;
    const box = document.querySelector('pagefind-input input') ?? document.getElementById(id);
    if (!(box instanceof HTMLInputElement)) return;
    event.preventDefault();
    box.focus();
    box.select();
  });
}
