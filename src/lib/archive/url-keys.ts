import { articleSlug, fileKey, LAST_KEY_LEVEL } from '../derive/slug.ts';
import type { Article } from '../seed/types.ts';
import { compareCodeUnits } from '../text.ts';
import { articleId } from '../urls.ts';

type Slugged = Pick<Article, 'date' | 'headline' | 'sourceFile' | 'slug'>;

/**
 * Slugs that no two articles share. An article's slug ends in a six-digit key
 * of its file name, so two files of one day with the same lead differ; but
 * two names in sixteen million share those six digits. When files would
 * share an article URL, the one whose whole key sorts first keeps its slug
 * and the others take the next, longer key: twelve digits, then the whole
 * hash of the name, which no two names share.
 *
 * The outcome depends on the archive's files alone, not on the order they
 * are read in. A new file changes another's URL only when it clashes with it,
 * and then only if its own key sorts first; removing a file can give a clash's
 * other member its short key back.
 */
export function uniqueSlugs(articles: readonly Slugged[]): string[] {
  const slugs = articles.map((article) => article.slug);
  const levels = articles.map(() => 0);
  // Keys of different lengths never make the same slug, so a clash is
  // always among the articles of one level.
  for (let level = 0; level < LAST_KEY_LEVEL; level++) {
    const byId = new Map<string, number[]>();
    articles.forEach(({ date }, index) => {
      if (levels[index] !== level) return;
      const id = articleId(date, slugs[index]!);
      const members = byId.get(id);
      if (members) members.push(index);
      else byId.set(id, [index]);
    });
    for (const members of byId.values()) {
      if (members.length < 2) continue;
      const [, ...others] = members.sort((a, b) =>
        compareCodeUnits(wholeKey(articles[a]!), wholeKey(articles[b]!)),
      );
      for (const index of others) {
        levels[index] = level + 1;
        slugs[index] = articleSlug(
          articles[index]!.headline,
          articles[index]!.sourceFile,
          level + 1,
        );
      }
    }
  }
  return slugs;
}

function wholeKey(article: Slugged): string {
  return fileKey(article.sourceFile, LAST_KEY_LEVEL);
}
