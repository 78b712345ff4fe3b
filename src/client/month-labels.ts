import { formatDate } from '../lib/dates.ts';

const MONTH = /^\d{4}-\d{2}$/u;

/**
 * Makes the filter pane's months read "March 1987" instead of the filter's
 * value, "1987-03". Pagefind 1.6's Component UI writes each value as a text
 * node after its checkbox and offers no way to label it, so this rewrites
 * that text whenever the pane draws its options. Only a text node that still
 * reads the value is rewritten: if a later Pagefind draws the pane another
 * way, the months read "1987-03" again, and the end-to-end test of their
 * labels fails by name.
 */
export function labelMonths(pane: Element): void {
  const relabel = () => {
    for (const box of pane.querySelectorAll<HTMLInputElement>('input[name="month"]')) {
      const text = box.nextSibling;
      if (text instanceof Text && text.data === box.value && MONTH.test(box.value))
        text.data = formatDate(box.value);
    }
  };
  // A text node's new data is not a change of children, so relabelling does not call itself again.
  new MutationObserver(relabel).observe(pane, { childList: true, subtree: true });
  relabel();
}
