/** Tags and notes on a call (`/api/calls/{callId}/record`, WS-04/WS-05). */
export interface Tag {
  id: number;
  name: string;
}

export interface CallNote {
  callId: string;
  accountId: number;
  author: string;
  body: string;
  updatedAt: string;
}

export interface CallRecord {
  callId: string;
  tags: Tag[];
  notes: CallNote[];
}

export const MAX_NOTE = 1000;

/** Characters as people count them (an emoji is one), the way the server counts the limit. */
export function noteLength(text: string): number {
  return [...text].length;
}

/** The signed-in agent's own note on the call, or ''. */
export function myNote(record: CallRecord | null, accountId: number): string {
  return record?.notes.find((n) => n.accountId === accountId)?.body ?? '';
}

/** Tags not yet on the call, for the checklist that adds them. */
export function addableTags(all: readonly Tag[], record: CallRecord | null): Tag[] {
  const on = new Set(record?.tags.map((t) => t.id) ?? []);
  return all.filter((t) => !on.has(t.id));
}
