/**
 * The Content-Security-Policy of every page, sent in a <meta> tag because a
 * static site has no headers of its own. Nothing inline may run: scripts and
 * styles come from this site only, and 'wasm-unsafe-eval' lets Pagefind
 * compile its WebAssembly search engine. Astro's own CSP feature is not used
 * because it also allows, by hash, inline scripts this site never emits.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');
