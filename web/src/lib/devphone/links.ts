/**
 * An SMS body as pieces of text and links, so the page can render it as text with anchors and never
 * as HTML. Only http and https links become anchors (no javascript:, data:, tel: …). Pure.
 */
export type Piece = { kind: 'text'; text: string } | { kind: 'link'; text: string; href: string };

const URL_PATTERN = /https?:\/\/[^\s<>"'「」（）]+/gi;
/** Punctuation that ends a sentence rather than the link ("see https://x.example/a." ). */
const TRAILING = /[.,;:!?)\]}、。．，！？]+$/;

export function splitLinks(body: string): Piece[] {
  const pieces: Piece[] = [];
  let last = 0;
  for (const match of body.matchAll(URL_PATTERN)) {
    const start = match.index ?? 0;
    let text = match[0];
    const trail = TRAILING.exec(text);
    if (trail) text = text.slice(0, text.length - trail[0].length);
    const href = safeHref(text);
    if (!href) continue;
    if (start > last) pieces.push({ kind: 'text', text: body.slice(last, start) });
    pieces.push({ kind: 'link', text, href });
    last = start + text.length;
  }
  if (last < body.length) pieces.push({ kind: 'text', text: body.slice(last) });
  return pieces;
}

/** The link as the browser will follow it, when it really is http(s). */
function safeHref(text: string): string | null {
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
