/** The in-memory national system behind the simulator: what the contract says, nothing more. */

import crypto from 'node:crypto';
import { formatJakartaTime } from '../payload.js';

/*
 * The in-memory national system behind the simulator: what the contract (shared/national-api.md)
 * says the real one does, nothing more. No HTTP here, so the rules are easy to read and test.
 */

export const statusCodes: Readonly<Record<string, number>> = {
  'Belum Terverifikasi': 0,
  Terverifikasi: 1,
  'Dalam Proses': 2,
  Selesai: 3,
  Diarsipkan: 4,
  Ditolak: 5,
};

export type AuthorType = 'institution' | 'reporter' | 'admin';

export interface SimFollowup {
  id: number;
  content: string;
  at: Date;
  author: AuthorType;
  rating: number | null;
  isFinal: boolean;
}

export interface SimComplaint {
  id: number;
  trackingId: string;
  body: Record<string, unknown>;
  statusName: string;
  dispositionId: number | null;
  createdAt: Date;
  updatedAt: Date;
  logs: { id: number; content: string; at: Date }[];
  followups: SimFollowup[];
  /** Why the national side rejected or archived it (`reason_description` of the detail); none when it did not say. */
  reason?: string;
}

export interface SimDoc {
  id: number;
  filename: string;
  size: number;
  sha256: string;
}

/** A failed check of a request: HTTP status and the contract's error body. */
export class SimRefusal extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly errors?: Record<string, string[]>,
  ) {
    super(message);
  }
}

const institutionNames = [
  'Pemerintah Kabupaten Penajam Paser Utara',
  'Dinas Pekerjaan Umum dan Penataan Ruang Kabupaten Penajam Paser Utara',
  'Dinas Pendidikan dan Kebudayaan Kabupaten Penajam Paser Utara',
  'Dinas Kesehatan Kabupaten Penajam Paser Utara',
  'Dinas Kependudukan dan Pencatatan Sipil Kabupaten Penajam Paser Utara',
  'Pemerintah Provinsi Kalimantan Timur',
  'Otorita Ibu Kota Nusantara',
  'Kementerian Pekerjaan Umum',
  'PT PLN (Persero)',
  'Badan Penyelenggara Jaminan Sosial Kesehatan',
];

const categoryNames = [
  'Administrasi Kependudukan',
  'Infrastruktur',
  'Kesehatan',
  'Pendidikan',
  'Sosial',
  'Lingkungan Hidup',
  'Perhubungan',
  'Ketenteraman dan Ketertiban Umum',
  'Ketenagakerjaan',
  'Perizinan',
  'Ekonomi dan Keuangan',
  'Pertanian dan Peternakan',
  'Energi dan Sumber Daya Alam',
  'Air Bersih dan Sanitasi',
  'Kepegawaian',
  'Pelayanan Publik Lainnya',
  'Topik Lainnya',
];

const phonePattern = /^\+?[0-9]{6,15}$/;
const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const datePattern = /^\d{4}-\d{2}-\d{2}$/;

export class SimState {
  readonly institutions = institutionNames.map((name, i) => ({ id: 101 + i, name }));
  // Ids that do not match list positions, as the real lists' ids are not 1..n.
  readonly categories = categoryNames.map((name, i) => ({ id: 11 + i * 3, name, parent_id: null as number | null }));
  readonly complaints = new Map<number, SimComplaint>();
  readonly docs = new Map<number, SimDoc>();
  private nextComplaint = 30_001;
  private nextFollowup = 70_001;
  private nextDoc = 90_001;
  private nextLog = 1;

  constructor(readonly now: () => Date = () => new Date()) {}

  createComplaint(body: unknown): SimComplaint {
    const b = this.validateCreate(body);
    const now = this.now();
    const id = this.nextComplaint++;
    const complaint: SimComplaint = {
      id,
      trackingId: `LPR${now.getUTCFullYear()}${String(id).padStart(7, '0')}`,
      body: b,
      statusName: 'Belum Terverifikasi',
      dispositionId: typeof b.disposition_id === 'number' ? b.disposition_id : null,
      createdAt: now,
      updatedAt: now,
      logs: [],
      followups: [],
    };
    this.log(complaint, 'Laporan diterima');
    this.complaints.set(id, complaint);
    return complaint;
  }

  private validateCreate(body: unknown): Record<string, unknown> {
    if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new SimRefusal(400, 'The body must be a JSON object.');
    const b = body as Record<string, unknown>;
    const errors: Record<string, string[]> = {};
    const err = (field: string, text: string) => (errors[field] ??= []).push(text);
    const text = (field: string, required: boolean, max?: number) => {
      const v = b[field];
      if (v === undefined || v === null) return required ? err(field, `The ${field} field is required.`) : undefined;
      if (typeof v !== 'string' || v.trim() === '') return err(field, `The ${field} must be a non-empty string.`);
      if (max && v.length > max) err(field, `The ${field} may not be greater than ${max} characters.`);
    };
    const flag = (field: string) => (b[field] === 0 || b[field] === 1 ? undefined : err(field, `The ${field} must be 0 or 1.`));
    const id = (field: string, known: (n: number) => boolean) => {
      const v = b[field];
      if (v === undefined || v === null) return;
      if (typeof v !== 'number' || !Number.isInteger(v)) return err(field, `The ${field} must be an integer.`);
      if (!known(v)) err(field, `The selected ${field} is invalid.`);
    };
    text('title', true, 255);
    text('content', true);
    text('external_ref', true);
    text('channel', false);
    if (b.location !== undefined && b.location !== null && typeof b.location !== 'string') err('location', 'The location must be a string.');
    if (![1, 2, 3].includes(b.classification_id as number)) err('classification_id', 'The classification_id must be 1, 2 or 3.');
    flag('is_anonymous');
    flag('is_secret');
    id('category_id', (n) => this.categories.some((c) => c.id === n));
    id('disposition_id', (n) => this.institutions.some((i) => i.id === n));
    const date = b.date_of_incident;
    if (date !== undefined && date !== null && (typeof date !== 'string' || !datePattern.test(date) || Number.isNaN(Date.parse(date)))) {
      err('date_of_incident', 'The date_of_incident must be a date (yyyy-mm-dd).');
    }
    if (b.attachments !== undefined) {
      if (!Array.isArray(b.attachments) || b.attachments.some((d) => !this.docs.has(d as number))) err('attachments', 'Unknown attachment id.');
    }
    if (b.reporter !== undefined) {
      const r = b.reporter as Record<string, unknown> | null;
      if (typeof r !== 'object' || r === null) err('reporter', 'The reporter must be an object.');
      else {
        if (typeof r.name !== 'string' || r.name.trim() === '') err('reporter.name', 'The reporter name is required.');
        if (r.email !== undefined && (typeof r.email !== 'string' || !emailPattern.test(r.email)))
          err('reporter.email', 'The reporter email must be a valid email address.');
        if (r.phone !== undefined && (typeof r.phone !== 'string' || !phonePattern.test(r.phone)))
          err('reporter.phone', 'The reporter phone format is invalid.');
      }
      if (b.is_anonymous === 1) err('reporter', 'An anonymous report carries no reporter.');
    }
    if (Object.keys(errors).length) throw new SimRefusal(422, 'The given data was invalid.', errors);
    return b;
  }

  addDoc(filename: string, data: Uint8Array): SimDoc {
    const doc = { id: this.nextDoc++, filename, size: data.byteLength, sha256: crypto.createHash('sha256').update(data).digest('hex') };
    this.docs.set(doc.id, doc);
    return doc;
  }

  get(id: number): SimComplaint {
    const c = this.complaints.get(id);
    if (!c) throw new SimRefusal(404, `Complaint ${id} not found.`);
    return c;
  }

  /** POST /complaints/followup/add by the institution (our client). */
  addInstitutionFollowup(body: unknown): SimFollowup {
    const b = (body ?? {}) as Record<string, unknown>;
    if (typeof b.complaint_id !== 'number' || !Number.isInteger(b.complaint_id)) {
      throw new SimRefusal(422, 'The given data was invalid.', { complaint_id: ['The complaint_id must be an integer.'] });
    }
    const c = this.get(b.complaint_id);
    if (typeof b.content !== 'string' || b.content.trim() === '')
      throw new SimRefusal(422, 'The given data was invalid.', { content: ['The content field is required.'] });
    if (b.is_final !== undefined && b.is_final !== 0 && b.is_final !== 1)
      throw new SimRefusal(422, 'The given data was invalid.', { is_final: ['The is_final must be 0 or 1.'] });
    if (c.statusName === 'Belum Terverifikasi' || c.statusName === 'Terverifikasi') this.setStatus(c.id, 'Dalam Proses');
    return this.addFollowup(c.id, b.content, 'institution', b.is_final === 1);
  }

  /** A follow-up by anyone: the institution, an admin on the national web, or the reporter's reply. */
  addFollowup(id: number, content: string, author: AuthorType, isFinal = false): SimFollowup {
    const c = this.get(id);
    const f: SimFollowup = { id: this.nextFollowup++, content, at: this.now(), author, rating: null, isFinal };
    c.followups.push(f);
    c.updatedAt = f.at;
    return f;
  }

  /** POST /complaints/process/{id}/reject with not_authority: the complaint leaves for another institution. */
  forward(id: number, body: unknown): string {
    const c = this.get(id);
    const b = (body ?? {}) as Record<string, unknown>;
    const errors: Record<string, string[]> = {};
    if (b.is_request !== 1) errors.is_request = ['The is_request must be 1.'];
    if (b.not_authority !== 1) errors.not_authority = ['The not_authority must be 1.'];
    if (typeof b.reason !== 'number' || !this.institutions.some((i) => i.id === b.reason)) errors.reason = ['The selected reason (institution) is invalid.'];
    if (typeof b.reason_description !== 'string' || b.reason_description.trim() === '')
      errors.reason_description = ['The reason_description field is required.'];
    if (Object.keys(errors).length) throw new SimRefusal(422, 'The given data was invalid.', errors);
    c.dispositionId = b.reason as number;
    this.setStatus(id, 'Ditolak', `Diteruskan: ${String(b.reason_description)}`);
    return c.statusName;
  }

  /**
   * The national side changes the status (an admin there verifies, processes, closes, rejects or
   * archives): with a rejection it may give a reason, shown in the detail; any other change clears it.
   */
  decide(id: number, statusName: string, reason?: string): void {
    this.setStatus(id, statusName, reason ? `Status: ${statusName}. ${reason}` : undefined);
    const c = this.get(id);
    if (reason) c.reason = reason;
    else delete c.reason;
  }

  setStatus(id: number, statusName: string, note?: string): void {
    const c = this.get(id);
    c.statusName = statusName;
    c.updatedAt = this.now();
    this.log(c, note ?? `Status: ${statusName}`);
  }

  private log(c: SimComplaint, content: string): void {
    c.logs.push({ id: this.nextLog++, content, at: this.now() });
  }

  detailJson(id: number): unknown {
    const c = this.get(id);
    const disposition = this.institutions.find((i) => i.id === c.dispositionId);
    return {
      results: {
        data: {
          complaint_id: c.id,
          tracking_id: c.trackingId,
          status_code: statusCodes[c.statusName] ?? 99,
          status_name: c.statusName,
          disposition_id: c.dispositionId,
          disposition_name: disposition?.name ?? null,
          updated_at: formatJakartaTime(c.updatedAt),
          ...(c.reason ? { reason_description: c.reason } : {}),
        },
        data_logs: c.logs.map((l) => ({ id: l.id, content: l.content, created_at: formatJakartaTime(l.at) })),
      },
    };
  }

  followupsJson(id: number): unknown {
    const c = this.get(id);
    return {
      results: {
        data: c.followups.map((f) => ({
          id: f.id,
          content: f.content,
          created_at: formatJakartaTime(f.at),
          author_type: f.author,
          rating: f.rating,
          is_final: f.isFinal ? 1 : 0,
        })),
      },
    };
  }

  /** Everything, for tests and for an admin looking at what a sync did. */
  snapshot(): { complaints: Record<string, unknown>[]; docs: number } {
    return {
      complaints: [...this.complaints.values()].map((c) => ({
        complaint_id: c.id,
        tracking_id: c.trackingId,
        external_ref: c.body.external_ref,
        status_name: c.statusName,
        disposition_id: c.dispositionId,
        body: c.body,
        followups: c.followups.map((f) => ({ id: f.id, content: f.content, author_type: f.author, is_final: f.isFinal })),
      })),
      docs: this.docs.size,
    };
  }
}
