import { describe, expect, it } from 'vitest';
import { validateReport, type RawReport, type ValidationEnv } from '../../src/domain/report.js';
import { loadCategories, loadRegions } from '../../src/data.js';

const env = { now: new Date('2026-11-27T02:00:00Z'), timeZone: 'Asia/Makassar', categories: loadCategories(), regions: loadRegions() };
const base: RawReport = { title: 'Jalan rusak', description: 'Lubang besar di jalan poros', channel: 'sms' };
const doubts = (raw: RawReport) =>
  validateReport({ ...base, ...raw }, env)
    .problems.filter((p) => p.severity === 'warning')
    .map((p) => [p.field, p.code]);

describe('doubtful values are kept with a warning', () => {
  it('a receipt more than a year ago, an incident more than a year before the receipt', () => {
    expect(doubts({ received_at: '26/11/2025' })).toEqual([['received_at', 'report.receivedLongAgo']]);
    expect(doubts({ received_at: '27/11/2025' })).toEqual([]);
    expect(doubts({ incident_date: '01/01/2019' })).toEqual([['incident_date', 'report.incidentLongAgo']]);
    expect(doubts({ received_at: '01/03/2025', incident_date: '01/01/2025' })).toEqual([['received_at', 'report.receivedLongAgo']]);
    expect(doubts({ incident_date: '28/11/2025' })).toEqual([]);
  });

  it("a region outside the agency's area (setting agency.region), when the area is set", () => {
    const inArea = { ...env, agencyRegion: '64.09' };
    const at = (region: string, e: ValidationEnv = inArea) =>
      validateReport({ ...base, region }, e)
        .problems.filter((p) => p.severity === 'warning')
        .map((p) => p.code);
    expect(at('64.09.04')).toEqual([]);
    expect(at('64.09')).toEqual([]);
    expect(at('64.71.01')).toEqual(['report.regionOutsideAgency']);
    expect(at('64.091')).not.toContain('report.regionOutsideAgency');
    expect(at('31.71.01', env)).toEqual([]);
  });

  it('a landline is valid but not a mobile number', () => {
    expect(doubts({ phone: '(0542) 123456' })).toEqual([['phone', 'report.phoneNotMobile']]);
    expect(doubts({ phone: '0812-3456-7890' })).toEqual([]);
    expect(validateReport({ ...base, phone: '(0542) 123456' }, env).draft?.reporter.phone).toBe('+62542123456');
  });
});
