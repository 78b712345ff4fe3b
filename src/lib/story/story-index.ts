import { utcDate } from '../dates.ts';
import { tableCompany } from '../derive/table-text.ts';
import { leadBlock } from '../derive/titles.ts';
import { nameKey } from '../entities/name-key.ts';
import { articleMentions } from '../entities/article-mentions.ts';
import { NameClassifier } from '../entities/classify-name.ts';
import { resolveEntities, type Entity } from '../entities/resolve-entities.ts';
import type { EntityRef, Mention } from '../entities/types.ts';
import {
  relatedTerms,
  SimilarArticles,
  type NameRef,
  type RelatedTerms,
} from '../related/similar-articles.ts';
import type { Article, Block } from '../seed/types.ts';
import {
  timedArchiveStories,
  type ArchiveStories,
  type StoryInput,
  type TimedStories,
} from '../stories/archive-stories.ts';

const DAY_MS = 86_400_000;

export interface StoryLinks {
  /** For each article, in the order added, the numbers of its related articles, most similar first. */
  related: number[][];
  /** Every entity of the archive, by kind and then by name. */
  entities: Entity[];
  /** For each article, in the order added, the entities it names. */
  entitiesByArticle: EntityRef[][];
  /** The stories the articles form (src/lib/stories/), and each article's. */
  stories: ArchiveStories;
  /** Time spent on each, in milliseconds: the benchmark reports them. */
  ms: { related: number; entities: number; stories: number };
}

/** What `StoryIndex` keeps of one article's body (`analyse`). */
export interface ArticleAnalysis {
  related: RelatedTerms;
  mentions: Mention[];
}

/** What is read of an article file, whatever the rest of the archive holds: the article and its words and names. */
export interface ReadArticle {
  article: Article;
  analysis: ArticleAnalysis;
}

/**
 * What ties the articles of an archive together: related articles and the
 * people, places and organisations they share. Both are properties of the
 * whole archive, so articles are added one by one, keeping only their term
 * counts and names, and the links are drawn once all are in.
 */
export class StoryIndex {
  readonly #names = new NameClassifier();
  readonly #similar = new SimilarArticles();
  readonly #mentions: Mention[][] = [];
  readonly #ms = { related: 0, entities: 0 };
  /** Each article's day and whether it is tables of figures, for the stories. */
  readonly #days: number[] = [];
  readonly #tabular: boolean[] = [];

  /**
   * What the archive needs of an article's body: its words and names, read
   * the same way whatever the rest of the archive holds, so a build can keep
   * them for an unchanged file (src/build/article-cache.ts).
   */
  analyse(blocks: readonly Block[]): ArticleAnalysis {
    const start = performance.now();
    const prose = blocks.filter((block) => block.kind !== 'table');
    const lead = leadBlock(blocks);
    const tabular = 2 * textLength(prose) < textLength(blocks);
    const company = tabular && blocks[0] ? tableCompany(blocks[0].text) : undefined;
    const related = relatedTerms({
      lead: lead?.text ?? '',
      body: prose.filter((block) => block !== lead).map((block) => block.text),
      tabular,
      company: company === undefined ? undefined : nameKey(company),
    });
    const middle = performance.now();
    const mentions = articleMentions(blocks, this.#names);
    this.#ms.related += middle - start;
    this.#ms.entities += performance.now() - middle;
    return { related, mentions };
  }

  /** Adds the next article, by its analysis and date (`YYYY-MM-DD`); articles are numbered from 0 in the order added. */
  add({ related, mentions }: ArticleAnalysis, date: string): void {
    const start = performance.now();
    const day = utcDate(date).getTime() / DAY_MS;
    this.#days.push(day);
    this.#tabular.push(related.tabular);
    this.#similar.add(day, related);
    this.#mentions.push(mentions);
    this.#ms.related += performance.now() - start;
  }

  /**
   * Draws the links once every article is in. The stories are found by
   * `findStories`, which may work elsewhere (stories-thread.ts) while the
   * related articles are found here: both need the entities first, and
   * neither needs the other.
   */
  async links(
    findStories: (input: StoryInput) => Promise<TimedStories> = (input) =>
      Promise.resolve(timedArchiveStories(input)),
  ): Promise<StoryLinks> {
    const start = performance.now();
    const { entities, byArticle } = resolveEntities(this.#mentions);
    const middle = performance.now();
    const named: NameRef[][] = this.#mentions.map(() => []);
    for (const [id, { kind, articles }] of entities.entries()) {
      for (const article of articles)
        named[article]!.push({ id, organisation: kind === 'organisation' });
    }
    const vectors = this.#similar.termVectors(named);
    const vectorsEnd = performance.now();
    const stories = findStories({ vectors, days: this.#days, routine: this.#tabular, entities });
    const relatedStart = performance.now();
    const related = this.#similar.related(named);
    const end = performance.now();
    const found = await stories;
    return {
      related,
      entities,
      entitiesByArticle: byArticle,
      stories: found.stories,
      ms: {
        related: this.#ms.related + vectorsEnd - middle + end - relatedStart,
        entities: this.#ms.entities + middle - start,
        stories: found.ms,
      },
    };
  }
}

function textLength(blocks: readonly Block[]): number {
  return blocks.reduce((sum, block) => sum + block.text.length, 0);
}
