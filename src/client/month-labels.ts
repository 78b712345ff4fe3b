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
    const boxes = pane.querySelectorAll<HTMLInputElement>('input[name="month"]');
    // A search rewrites every count, and the pane draws its options anew only when they change: all at once.
    if (!readsValue(boxes[0])) return;
    for (const box of boxes) {
      if (readsValue(box)) (box.nextSibling as Text).data = formatDate(box.value);
    }
  };
  // A text node's new data is not a change of children, so relabelling does not call itself again.
  new MutationObserver(relabel).observe(pane, { childList: true, subtree: true });
  relabel();
}

/** Whether a month's checkbox is followed by the text of its value, as Pagefind draws it. */
function readsValue(box: HTMLInputElement | undefined): boolean {
  if (!box) return false;
  const text = box.nextSibling;
  return text instanceof Text && text.data === box.value && MONTH.test(box.value);
}
