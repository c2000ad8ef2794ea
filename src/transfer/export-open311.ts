/** Open311 GeoReport v2 `requests`, with no reporter identity. */

import type { RowEncoder } from './export-format.js';

/**
 * Open311 GeoReport v2 `requests` (https://wiki.open311.org/GeoReport_v2/#get-service-requests),
 * as JSON, so civic-tech tools can read our reports. Public by design: no reporter identity,
 * whatever flags are given. Datetimes are W3C with the agency's offset, as the spec asks.
 */
export const open311Keys = [
  'ticket',
  'status',
  'status_reason',
  'forwarded_to',
  'category',
  'title',
  'unit',
  'unit_name',
  'received_at',
  'updated_at',
  'complete_by',
  'location',
] as const;

const closedStatuses = new Set(['done', 'rejected', 'forwarded']);

const offsetFormatters = new Map<string, Intl.DateTimeFormat>();

/** Minutes east of UTC of `timeZone` at `ms` ("GMT+08:00" from Intl). */
function offsetMinutes(ms: number, timeZone: string): number {
  let f = offsetFormatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' });
    offsetFormatters.set(timeZone, f);
  }
  const name = f.formatToParts(ms).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const m = /([+-])(\d{2}):?(\d{2})?/.exec(name);
  return m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? '0')) : 0;
}

function w3c(ms: number, timeZone: string): string {
  const offset = offsetMinutes(ms, timeZone);
  const local = new Date(ms + offset * 60_000).toISOString().slice(0, 19);
  const abs = Math.abs(offset);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  return `${local}${offset < 0 ? '-' : '+'}${hh}:${mm}`;
}

/** An ISO instant as W3C datetime in the agency's zone. */
export function instantW3c(instant: string | null, timeZone: string): string | null {
  return instant === null ? null : w3c(Date.parse(instant), timeZone);
}

/** A deadline date means "by the end of that day" in the agency's zone. */
export function endOfDayW3c(date: string | null, timeZone: string): string | null {
  if (date === null) return null;
  const noonUtc = Date.parse(`${date}T12:00:00Z`);
  const offset = offsetMinutes(noonUtc, timeZone);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${date}T23:59:59${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

type Row = Record<(typeof open311Keys)[number], string | null>;

export function open311Request(row: Row, timeZone: string): Record<string, string | null> {
  const status = row.status ?? 'recorded';
  const closed = closedStatuses.has(status);
  const detail = status === 'forwarded' ? row.forwarded_to : row.status_reason;
  return {
    service_request_id: row.ticket,
    status: closed ? 'closed' : 'open',
    status_notes: detail ? `${status}: ${detail}` : status,
    service_name: row.category,
    service_code: row.category,
    description: row.title,
    agency_responsible: status === 'forwarded' && row.forwarded_to ? row.forwarded_to : (row.unit_name ?? row.unit),
    requested_datetime: instantW3c(row.received_at, timeZone),
    updated_datetime: instantW3c(row.updated_at, timeZone),
    expected_datetime: closed ? null : endOfDayW3c(row.complete_by, timeZone),
    address: row.location,
  };
}

export function open311Encoder(timeZone: string): RowEncoder {
  return {
    header: () => '[\n',
    separator: ',\n',
    row(values) {
      const row = Object.fromEntries(open311Keys.map((k, i) => [k, (values[i] as string | null | undefined) ?? null])) as Row;
      return JSON.stringify(open311Request(row, timeZone));
    },
    footer: () => '\n]\n',
  };
}
