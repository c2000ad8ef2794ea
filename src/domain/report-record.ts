import type { Channel, Classification } from './vocabulary.js';
import type { Reporter } from './report.js';

/** A report as stored, with the unit resolved. */
export interface StoredReport {
  id: number;
  ticket: string;
  classification: Classification;
  channel: Channel;
  title: string;
  description: string;
  category?: string;
  receivedAt: string;
  receivedDate: string;
  incidentDate?: string;
  location?: string;
  regionCode?: string;
  unitId?: number;
  unitCode?: string;
  unitName?: string;
  ref?: string;
  anonymous: boolean;
  confidential: boolean;
  reporter: Reporter;
  status: string;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
}
