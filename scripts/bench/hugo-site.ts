import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readSeed } from '../../src/lib/seed/read-seed.ts';

/**
 * The same corpus as a minimal Hugo site: one Markdown page per article with
 * the derived headline and date in front matter, a list template and a single
 * template that marks the article for Pagefind, as an archivist would set it up.
 */
export function writeHugoSite(corpus: string, site: string): number {
  const content = join(site, 'content', 'articles');
  mkdirSync(content, { recursive: true });
  mkdirSync(join(site, 'layouts', '_default'), { recursive: true });
  writeFileSync(
    join(site, 'hugo.toml'),
    'baseURL = "http://localhost/"\nlanguageCode = "en"\ntitle = "Archive"\ndisableKinds = ["taxonomy", "term", "RSS", "sitemap"]\n',
  );
  writeFileSync(
    join(site, 'layouts', '_default', 'baseof.html'),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title></head><body>{{ block "main" . }}{{ end }}</body></html>\n',
  );
  writeFileSync(
    join(site, 'layouts', '_default', 'single.html'),
    '{{ define "main" }}<article data-pagefind-body><h1>{{ .Title }}</h1><time datetime="{{ .Date.Format "2006-01-02" }}" data-pagefind-sort="date[datetime]">{{ .Date.Format "2 January 2006" }}</time>{{ .Content }}</article>{{ end }}\n',
  );
  writeFileSync(
    join(site, 'layouts', '_default', 'list.html'),
    '{{ define "main" }}<ul>{{ range .Paginator.Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}\n',
  );
  let count = 0;
  for (const entry of readdirSync(corpus, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.txt')) continue;
    const parsed = readSeed(readFileSync(join(entry.parentPath, entry.name)), entry.name);
    if (!parsed.ok) continue;
    const { headline, date, blocks } = parsed.article;
    const body = blocks
      .map((block) => (block.kind === 'heading' ? `## ${block.text}` : block.text))
      .join('\n\n');
    writeFileSync(
      join(content, entry.name.replace(/\.txt$/u, '.md')),
      `---\ntitle: ${JSON.stringify(headline)}\ndate: ${date}\n---\n\n${body}\n`,
    );
    count++;
  }
  return count;
}
