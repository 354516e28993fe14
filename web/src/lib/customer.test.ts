import { describe, expect, it } from 'vitest';
import { customerNumber } from './customer';
import type { CallView } from './types';

const call = (state: string, remoteNumber: string) => ({ state, remoteNumber }) as unknown as CallView;

describe('customerNumber', () => {
  it('is the outside party of an active call', () => {
    expect(customerNumber(call('RINGING', '09012345678'))).toBe('09012345678');
    expect(customerNumber(call('CONNECTED', '0312345678'))).toBe('0312345678');
  });

  it('is nothing for colleagues, ended calls and no call', () => {
    expect(customerNumber(call('CONNECTED', '202'))).toBeNull();
    expect(customerNumber(call('ENDED', '0312345678'))).toBeNull();
    expect(customerNumber(null)).toBeNull();
    expect(customerNumber(call('CONNECTED', 'anonymous'))).toBeNull();
  });
});
