/** The dev phone's own number (docs/protocol.md, "Dev phone"), as the server will check it. Pure. */

export const DEFAULT_NUMBER = '09012345678';

/** Spaces and hyphens go; +81 / 81 becomes 0 (SP-04), like the server's normaliser. */
export function normaliseNumber(raw: string): string {
  const digits = raw
    .trim()
    .replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xff10 + 0x30))
    .replace(/[\s\-().ー‐-―－]/g, '');
  const japanese = /^\+?810?([1-9]\d{8,9})$/.exec(digits);
  return japanese ? `0${japanese[1]}` : digits;
}

/** A national number: 0 and 9 or 10 more digits. */
export function isNationalNumber(raw: string): boolean {
  return /^0\d{9,10}$/.test(normaliseNumber(raw));
}

/** The number to start with: `?number=` when it is a national number, else the default. */
export function initialNumber(search: string): string {
  const asked = new URLSearchParams(search).get('number');
  return asked && isNationalNumber(asked) ? normaliseNumber(asked) : DEFAULT_NUMBER;
}
