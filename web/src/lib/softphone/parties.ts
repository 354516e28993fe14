/** Who the softphone shows for a call: the remote party (everyone, in a three-way call) and the others. Pure. */
import type { CallParty, CallView } from '../types';

export interface Who {
  number: string;
  name: string | null;
}

/** A plain call, a consultation (someone waits on hold while this line talks to a target), or a three-way call. */
export type CallShape = 'twoParty' | 'consultation' | 'conference';

export interface CallParties {
  shape: CallShape;
  /** What "Remote party" shows: the party this line deals with now; in a three-way call every participant. */
  remote: Who[];
  /** Everyone else, with their state (e.g. the held caller during a consultation). */
  others: CallParty[];
}

export function callParties(call: CallView): CallParties {
  const remote: Who = { number: call.remoteNumber, name: call.remoteName };
  // `parties` is every *other* party; should a server list the remote party too, it is not shown twice.
  const parties = (call.parties ?? []).filter((p) => p.number !== call.remoteNumber);
  const joined = parties.filter((p) => p.state === 'CONNECTED');
  if (call.state === 'CONNECTED' && !call.transfer && joined.length > 0) {
    return { shape: 'conference', remote: [remote, ...joined], others: parties.filter((p) => p.state !== 'CONNECTED') };
  }
  const consultation = call.transfer?.kind === 'ATTENDED' || parties.some((p) => p.state === 'ON_HOLD');
  return { shape: consultation ? 'consultation' : 'twoParty', remote: [remote], others: parties };
}

/** What the remote party is to this line, as "Remote party" ends. */
export type RemoteRole = 'caller' | 'dialled' | 'transferTarget' | 'threeWay';

/**
 * A consultation's remote party is a transfer target only for the line that transfers (it holds
 * the call, or has the transfer); to the target itself, whoever rings it is just its caller.
 */
export function remoteRole(call: CallView, shape: CallShape): RemoteRole {
  if (shape === 'conference') return 'threeWay';
  if (shape === 'consultation' && (call.heldByMe || call.transfer)) return 'transferTarget';
  return call.direction === 'INCOMING' ? 'caller' : 'dialled';
}

/** "NAME NUMBER", or the number alone when there is no name (or the name is the number). */
export function whoText(who: Who): string {
  const name = who.name?.trim();
  return name && name !== who.number ? `${name} ${who.number}` : who.number;
}
