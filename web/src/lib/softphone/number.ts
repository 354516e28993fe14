/** The number box: keypad keys, `?dial=` for click-to-call (SP-04). Pure. */

/** The keypad, row by row. */
export const KEYPAD_ROWS: readonly (readonly string[])[] = [
  ['1', '2', '3'],
  ['4', '5', '6'],
  ['7', '8', '9'],
  ['*', '0', '#'],
];

/** The longest number the server accepts. */
export const MAX_NUMBER_LENGTH = 64;

export function isKeypadKey(key: string): boolean {
  return key.length === 1 && /[0-9*#]/.test(key);
}

/** The number with one more keypad key (nothing past the maximum length). */
export function appendKey(number: string, key: string): string {
  return number.length >= MAX_NUMBER_LENGTH ? number : number + key;
}

/** The number a CRM asked to dial with `?dial=`, or null. Normalising (+81 → 0…) is the server's job. */
export function dialParam(search: string): string | null {
  const value = new URLSearchParams(search).get('dial')?.trim() ?? '';
  return value === '' ? null : value.slice(0, MAX_NUMBER_LENGTH);
}

/** The query string without `dial`, so that reloading the page does not dial again. */
export function withoutDialParam(search: string): string {
  const params = new URLSearchParams(search);
  if (!params.has('dial')) return search;
  params.delete('dial');
  const rest = params.toString();
  return rest === '' ? '' : `?${rest}`;
}
