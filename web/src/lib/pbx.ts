/** The PBX part of the admin screen (`/api/admin/pbx`, `/api/admin/pickup-groups`): shapes and form logic. */
import type { Account } from './types';

export type GuidanceLanguage = 'ja' | 'en';
export const GUIDANCE_LANGUAGES: readonly GuidanceLanguage[] = ['ja', 'en'];

export interface PbxSettings {
  parkFirst: number;
  parkLast: number;
  parkTimeoutSeconds: number;
  guidanceLanguage: GuidanceLanguage;
}

export interface PickupGroup {
  id: number;
  name: string;
  extensions: string[];
}

/** The parking form's fields, as typed. */
export interface ParkingForm {
  parkFirst: string;
  parkLast: string;
  parkTimeoutSeconds: string;
  guidanceLanguage: GuidanceLanguage;
}

export const PARKING_FIELDS = ['parkFirst', 'parkLast', 'parkTimeoutSeconds', 'guidanceLanguage'] as const;
export const GROUP_FIELDS = ['name', 'extensions'] as const;

export function parkingForm(s: PbxSettings): ParkingForm {
  return {
    parkFirst: String(s.parkFirst),
    parkLast: String(s.parkLast),
    parkTimeoutSeconds: String(s.parkTimeoutSeconds),
    guidanceLanguage: s.guidanceLanguage,
  };
}

/**
 * A clean whole number goes as a JSON number (the contract's shape); anything else goes as typed,
 * so the server names the field and the problem instead of the browser guessing.
 */
export function numberOrText(text: string): number | string | null {
  const v = text.trim();
  if (v === '') return null;
  return /^[1-9][0-9]{0,8}$/.test(v) ? Number(v) : v;
}

export function parkingBody(form: ParkingForm) {
  return {
    parkFirst: numberOrText(form.parkFirst),
    parkLast: numberOrText(form.parkLast),
    parkTimeoutSeconds: numberOrText(form.parkTimeoutSeconds),
    guidanceLanguage: form.guidanceLanguage,
  };
}

/** One checkbox of the group form: an account's extension, and the other group it is in, if any. */
export interface ExtensionChoice {
  extension: string;
  name: string;
  otherGroup: string | null;
}

/** Numbers sort as numbers ("99" before "201"), then as text. */
export function compareExtensions(a: string, b: string): number {
  return a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
}

/**
 * The extensions a group may hold: every account with one, sorted, each with the group it is
 * already in (other than the one being edited).
 */
export function extensionChoices(accounts: readonly Account[], groups: readonly PickupGroup[], editingId: number | null): ExtensionChoice[] {
  const groupOf = new Map<string, string>();
  for (const g of groups) {
    if (g.id === editingId) continue;
    for (const e of g.extensions) groupOf.set(e, g.name);
  }
  return accounts
    .filter((a): a is Account & { extension: string } => a.extension !== null && a.extension !== '')
    .map((a) => ({ extension: a.extension, name: a.name, otherGroup: groupOf.get(a.extension) ?? null }))
    .sort((x, y) => compareExtensions(x.extension, y.extension));
}

/** Adds or removes one extension, keeping the list sorted and without repeats. */
export function toggleExtension(selected: readonly string[], extension: string, on: boolean): string[] {
  const rest = selected.filter((e) => e !== extension);
  return (on ? [...rest, extension] : rest).sort(compareExtensions);
}

/** "201 Agent One, 202 Agent Two" for the list; extensions without an account show alone. */
export function memberSummary(extensions: readonly string[], accounts: readonly Account[]): string[] {
  const names = new Map(accounts.filter((a) => a.extension).map((a) => [a.extension as string, a.name]));
  return [...extensions].sort(compareExtensions).map((e) => (names.has(e) ? `${e} ${names.get(e)}` : e));
}

/** One of the company's numbers (`/api/admin/inbound-numbers`). */
export interface InboundNumber {
  id: number;
  number: string;
  extension: string;
  label: string | null;
}

export interface InboundNumbers {
  mainNumber: string | null;
  numbers: InboundNumber[];
}

export const INBOUND_FIELDS = ['number', 'extension', 'label'] as const;
export const MAIN_NUMBER_FIELDS = ['mainNumber'] as const;

/** The extensions a number may ring: every account's, sorted, as "201 Agent One". */
export function extensionOptions(accounts: readonly Account[]): { value: string; label: string }[] {
  return accounts
    .filter((a): a is Account & { extension: string } => a.extension !== null && a.extension !== '')
    .sort((x, y) => compareExtensions(x.extension, y.extension))
    .map((a) => ({ value: a.extension, label: `${a.extension} ${a.name}` }));
}
