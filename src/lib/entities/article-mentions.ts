import { stripBidiControls } from '../bidi-controls.ts';
import type { Block } from '../seed/types.ts';
import type { NameClassifier } from './classify-name.ts';
import { nameRuns } from './name-runs.ts';
import type { Mention } from './types.ts';

/**
 * The names an article's paragraphs, slug lines and tables mention, in
 * order, repeats included. Headings are left out: written in title case,
 * every word in them looks like a name.
 */
export function articleMentions(blocks: readonly Block[], classifier: NameClassifier): Mention[] {
  return (
    blocks
      .filter((block) => block.kind !== 'heading')
      // A name is shown apart from its paragraph, where a bidirectional control in it would reorder its neighbours.
      .flatMap((block) => nameRuns(stripBidiControls(block.text)))
      .flatMap((run) => classifier.classify(run))
  );
}
