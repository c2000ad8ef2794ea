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
  workflow: WorkflowState;
  national: { id?: string; trackingId?: string; status?: string; checkedAt?: string };
}

/** Where a report is in its lifecycle. Instants are ISO UTC; deadlines are agency-local dates. */
export interface WorkflowState {
  officerId?: number;
  officerName?: string;
  assignedAt?: string;
  followupFrom?: string;
  respondedAt?: string;
  lastFollowupAt?: string;
  lastFollowupFinal: boolean;
  replyAfterFollowup: boolean;
  closedAt?: string;
  statusReason?: string;
  forwardedTo?: string;
  verifyBy?: string;
  followupBy?: string;
  autoCloseOn?: string;
  completeBy?: string;
  dueKind?: string;
  dueDate?: string;
}
