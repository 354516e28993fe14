import { describe, expect, it } from 'vitest';
import { EMPTY_TRUNK, trunkBody } from './sip';

describe('trunkBody', () => {
  it('splits the allowed addresses and drops the credentials of an IP trunk', () => {
    const body = trunkBody({ ...EMPTY_TRUNK, name: ' carrier ', host: '192.0.2.10', allowedAddresses: '192.0.2.10, 198.51.100.0/24  ', username: 'x', password: 'y' });
    expect(body).toMatchObject({ name: 'carrier', port: 5060, mode: 'IP', username: null, password: null });
    expect(body.allowedAddresses).toEqual(['192.0.2.10', '198.51.100.0/24']);
  });

  it('keeps the credentials of a registration trunk and sends a bad port as 0 for the server to refuse', () => {
    const body = trunkBody({ ...EMPTY_TRUNK, mode: 'REGISTRATION', username: '0501234567', password: 'pw', port: 'abc', callerId: '' });
    expect(body).toMatchObject({ username: '0501234567', password: 'pw', port: 0, callerId: null });
  });
});
