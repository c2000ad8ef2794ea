/** StoredReport: a report as stored, with its lifecycle state and national ids. */

import type { ReportDraft } from './report.js';

/** A report as stored: the validated fields, the unit resolved, its lifecycle and national ids. */
export interface StoredReport extends Omit<ReportDraft, 'unit' | 'regionName'> {
  id: number;
  ticket: string;
  unitId?: number;
  unitCode?: string;
  unitName?: string;
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
