import { describe, expect, it } from 'vitest';
import { pageFor, videoToken } from './routes';

describe('routes', () => {
  it('maps the SPA paths to pages', () => {
    expect(pageFor('/')).toBe('home');
    expect(pageFor('/admin/phonebooks')).toBe('adminPhonebooks');
    expect(pageFor('/admin/tags')).toBe('adminTags');
    expect(pageFor('/login')).toBe('login');
    expect(pageFor('/agent/')).toBe('agent');
    expect(pageFor('/agent/phone')).toBe('agentPhone');
    expect(pageFor('/agent/phone/')).toBe('agentPhone');
    expect(pageFor('/agent/other')).toBe('notFound');
    expect(pageFor('/admin')).toBe('admin');
    expect(pageFor('/admin/pbx')).toBe('adminPbx');
    expect(pageFor('/admin/pbx/')).toBe('adminPbx');
    expect(pageFor('/admin/sip')).toBe('adminSip');
    expect(pageFor('/admin/sms')).toBe('adminSms');
    expect(pageFor('/account')).toBe('account');
    expect(pageFor('/history')).toBe('history');
    expect(pageFor('/diag/audio')).toBe('diagAudio');
    expect(pageFor('/diag/audio/')).toBe('diagAudio');
    expect(pageFor('/diag/video')).toBe('diagVideo');
    expect(pageFor('/devphone')).toBe('devPhone');
    expect(pageFor('/devphone/ws')).toBe('notFound');
    expect(pageFor('/admin/unknown')).toBe('notFound');
    expect(pageFor('/nope')).toBe('notFound');
    expect(pageFor('/diag')).toBe('notFound');
    expect(pageFor('/diag/audio/more')).toBe('notFound');
  });

  it('maps /v/TOKEN to the customer video page, but not its socket', () => {
    expect(pageFor('/v/AbCdEfGhIjKlMnOpQrSt_-')).toBe('customerVideo');
    expect(pageFor('/v/AbCdEfGhIjKlMnOpQrSt_-/')).toBe('customerVideo');
    expect(videoToken('/v/AbCdEfGhIjKlMnOpQrSt_-')).toBe('AbCdEfGhIjKlMnOpQrSt_-');
    expect(pageFor('/v/ws')).toBe('notFound');
    expect(pageFor('/v/')).toBe('notFound');
    expect(pageFor('/v/a.b')).toBe('notFound');
    expect(pageFor('/v/abc/more')).toBe('notFound');
    expect(videoToken('/agent')).toBeNull();
  });
});
