import type { EntityArticles } from '../lib/entities/entity-index.ts';
import { ENTITY_KINDS, ENTITY_SECTION, type EntityKind } from '../lib/entities/types.ts';
import { paginate, PAGE_SIZE, type Page } from '../lib/timeline/paginate.ts';
import { pageParam } from '../lib/urls.ts';
import type { ArticleEntry } from './articles.ts';
import { withPageKeys } from './page-key.ts';

interface EntityPageProps {
  kind: EntityKind;
  name: string;
  slug: string;
  page: Page<ArticleEntry>;
  /** The articles before this page's, oldest first. */
  before: number;
  /**
   * How many articles name the entity, on its first page only. A later page
   * says which of them it lists instead, so that a new article naming a
   * person renders again the person's first and last pages, not each of
   * the pages between, whose articles are the same.
   */
  total?: number;
}

/** The paths of every entity's pages of articles, oldest first, each keyed by what it shows. */
export function entityPagePaths(
  entities: Record<EntityKind, readonly EntityArticles<ArticleEntry>[]>,
) {
  return withPageKeys(
    ENTITY_KINDS.flatMap((kind) =>
      entities[kind].flatMap((entity) =>
        paginate(entity.articles).map((page) => ({
          params: { kind: ENTITY_SECTION[kind], entity: entity.slug, page: pageParam(page.number) },
          props: {
            kind,
            name: entity.name,
            slug: entity.slug,
            page,
            before: (page.number - 1) * PAGE_SIZE,
            ...(page.number === 1 && { total: entity.articles.length }),
          } satisfies EntityPageProps,
        })),
      ),
    ),
  );
}
