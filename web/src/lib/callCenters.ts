/** `/api/admin/call-centers` (docs/protocol.md) and the admin form's values. */
export type Strategy = 'LONGEST_IDLE' | 'ROUND_ROBIN' | 'SKILLS';
export const STRATEGIES: readonly Strategy[] = ['LONGEST_IDLE', 'ROUND_ROBIN', 'SKILLS'];
export type OverflowKind = 'CALL_CENTER' | 'EXTENSION' | 'MESSAGE' | 'HANG_UP';
export const OVERFLOW_KINDS: readonly OverflowKind[] = ['MESSAGE', 'HANG_UP', 'CALL_CENTER', 'EXTENSION'];

export interface CallCenter {
  id: number;
  name: string;
  numbers: string[];
  members: { accountId: number; skill: number }[];
  strategy: Strategy;
  ringTimeoutSeconds: number;
  afterCallWorkSeconds: number;
  maximumWaitSeconds: number;
  overflowKind: OverflowKind;
  overflowCallCenterId: number | null;
  overflowExtension: string | null;
  businessLabel: string | null;
}

/** Numbers as typed in one textbox: comma (or 、) separated, blanks dropped. */
export function splitNumbers(text: string): string[] {
  return text
    .split(/[,、，]/)
    .map((n) => n.trim())
    .filter((n) => n.length > 0);
}

/** A form's whole number of seconds; null (the server answers "required") when it is not one. */
export function seconds(text: string): number | null {
  return /^\d+$/.test(text.trim()) ? Number(text.trim()) : null;
}

/** Every field the server may name, numbered ones folded into their list's field. */
export function fieldOf(field: string): string {
  return field.replace(/\[\d+\].*$/, '');
}
