import { describe, expect, it } from 'vitest';
import { parseSettings, settingDefinitions, withDefaults } from '../../src/domain/settings.js';

describe('parseSettings', () => {
  it('an empty store gives the typed defaults', () => {
    const { settings, problems } = parseSettings({});
    expect(problems).toEqual([]);
    expect(settings).toEqual({
      agency: { code: 'LAPOR', name: '', region: '' },
      timezone: 'Asia/Jakarta',
      admin: { name: '' },
      sla: { verifyDays: 3, followupDays: 5, autoCloseDays: 10, completionDays: 60, completionUnit: 'calendar', reassignRestartsClock: false },
      calendar: { collectiveLeave: 'off' },
      attachments: { maxMb: 10 },
      national: {
        url: '',
        keyHeader: 'Authorization',
        tokenHeader: 'token',
        agencyInstitutionId: undefined,
        pollHours: 3,
        concurrency: 4,
        timeoutSeconds: 30,
        maxAttempts: 4,
        backoffMs: 1000,
        nikInContent: false,
        maxResponseMb: 4,
        allowInsecure: false,
        maxConnectionFailures: 3,
      },
    });
  });

  it('stored values become typed fields', () => {
    const { settings, problems } = parseSettings({
      'agency.code': 'PPU',
      'agency.name': 'Pemkab PPU',
      timezone: 'Asia/Makassar',
      'admin.name': 'Siti',
      'sla.verify_days': '7',
      'sla.completion_unit': 'working',
      'calendar.collective_leave': 'working',
      'attachments.max_mb': '25',
      'national.url': 'https://lapor.example',
      'national.agency_institution_id': '42',
      'national.timeout_seconds': '5',
      'national.nik_in_content': 'on',
    });
    expect(problems).toEqual([]);
    expect(settings).toMatchObject({
      agency: { code: 'PPU', name: 'Pemkab PPU', region: '' },
      timezone: 'Asia/Makassar',
      admin: { name: 'Siti' },
      sla: { verifyDays: 7, completionUnit: 'working' },
      calendar: { collectiveLeave: 'working' },
      attachments: { maxMb: 25 },
      national: { url: 'https://lapor.example', agencyInstitutionId: 42, timeoutSeconds: 5, nikInContent: true },
    });
  });

  it('a stored value its kind refuses is reported with its key and replaced by the default', () => {
    const { settings, problems } = parseSettings({
      'sla.verify_days': 'abc',
      timezone: 'Mars/Olympus',
      'national.concurrency': '0',
      'sla.completion_unit': 'weeks',
    });
    expect(problems.map((p) => [p.field, p.code])).toEqual([
      ['timezone', 'config.timezone'],
      ['sla.verify_days', 'config.integer'],
      ['sla.completion_unit', 'config.oneOf'],
      ['national.concurrency', 'config.integer'],
    ]);
    expect(settings.sla.verifyDays).toBe(3);
    expect(settings.sla.completionUnit).toBe('calendar');
    expect(settings.timezone).toBe('Asia/Jakarta');
    expect(settings.national.concurrency).toBe(4);
  });

  it('every defined setting is read: a bad value of any key is reported', () => {
    const unchecked = ['agency.name', 'admin.name']; // free text: any non-empty value is valid
    for (const def of settingDefinitions.filter((d) => !unchecked.includes(d.key))) {
      expect(
        parseSettings({ [def.key]: '\u0007 bad value' }).problems.map((p) => p.field),
        def.key,
      ).toEqual([def.key]);
    }
  });

  it('withDefaults keeps the text values config get/list show', () => {
    expect(withDefaults({ 'sla.verify_days': 'abc' })['sla.verify_days']).toBe('abc');
    expect(withDefaults({})['national.key_header']).toBe('Authorization');
  });
});
