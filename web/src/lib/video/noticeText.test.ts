import { describe, expect, it } from 'vitest';
import { noticeText } from './noticeText';

describe('noticeText', () => {
  it('says the video ended, why, and that a new link is needed', () => {
    expect(noticeText({ kind: 'ended', reason: 'agentEnded' })).toEqual({ key: 'veEnded', detail: null, newLink: true });
    expect(noticeText({ kind: 'ended', reason: 'customerEnded' })).toEqual({ key: 'veEnded', detail: 'veEndedCustomer', newLink: true });
    expect(noticeText({ kind: 'ended', reason: 'timeLimit' }).detail).toBe('veEndedTimeLimit');
    // After the phone call there is nothing to start again.
    expect(noticeText({ kind: 'ended', reason: 'callEnded' })).toEqual({ key: 'veEnded', detail: 'veEndedCall', newLink: false });
  });

  it('tells the transferring communicator that the customer left', () => {
    expect(noticeText({ kind: 'customerLeft' }).key).toBe('veCustomerLeft');
  });
});
