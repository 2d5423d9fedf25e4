/** Label normalisation for recognition: tolerant of spaces, full-width forms and ordinals. */

/** Full-width → half-width, all whitespace removed: "项 目" → "项目", "（境）" → "(境)". */
export function squash(text: unknown): string {
  if (text === null || text === undefined) return '';
  const s = String(text);
  // fast path: printable ASCII and CJK unified ideographs are NFKC-stable and hold no space
  if (PLAIN.test(s)) return s;
  return s.normalize('NFKC').replace(/[\s\u3000\u00a0]+/g, '');
}
const PLAIN = /^[\x21-\x7e\u4e00-\u9fff]*$/;

const ORDINAL =
  /^(?:\([一二三四五六七八九十百]+\)[、.,]?|[一二三四五六七八九十百]+[、.,]|\(\d{1,3}\)[、.]?|\d{1,3}[、.](?!\d)|其中[:]?)+/;

/** squash() and strip a leading ordinal ("一、", "（二）", "1、", "其中："). */
export function normalizeLabel(text: unknown): string {
  return squash(text).replace(ORDINAL, '');
}

/** Function/economic classification code: 3, 5 or 7 digits (economic: 3 or 5). */
export function asCode(value: unknown): string | null {
  if (typeof value === 'number') {
    if (!Number.isInteger(value) || value < 100) return null;
    const s = String(value);
    return s.length === 3 || s.length === 5 || s.length === 7 ? s : null;
  }
  const s = squash(value);
  return /^(\d{3}|\d{5}|\d{7})$/.test(s) ? s : null;
}
