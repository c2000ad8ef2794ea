import { m001Initial } from './001-initial.js';
import { m002Workflow } from './002-workflow.js';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** Applied in order, one transaction each. Never edit an applied migration: add a new one. */
export const migrations: readonly Migration[] = [m001Initial, m002Workflow];
