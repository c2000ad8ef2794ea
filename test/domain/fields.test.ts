import { describe, expect, it } from 'vitest';
import { tempDb } from '../helpers/cli.js';
import { openDatabase } from '../../src/store/database.js';
import { nonFieldColumns, reportFields, storedSlots, identityFields, booleanFields, requiredFields, reportFieldNames } from '../../src/domain/fields.js';
import { fieldOfHeader } from '../../src/transfer/import-headers.js';
import { columnByHeader, exportColumns } from '../../src/transfer/columns.js';

describe('the field table (domain/fields.ts)', () => {
  it('knows every column of reports: a field column or a listed non-field one', () => {
    const { db } = openDatabase(tempDb());
    const columns = (db.prepare('PRAGMA table_info(reports)').all() as { name: string }[]).map((c) => c.name);
    db.close();
    const known = [...storedSlots.map((s) => s.column), ...Object.values(nonFieldColumns).flat()];
    // A new column needs a row (or a slot) in the field table, or a place in nonFieldColumns.
    expect(columns.filter((c) => !known.includes(c))).toEqual([]);
    expect(known.filter((c) => !columns.includes(c))).toEqual([]);
    expect(new Set(known).size).toBe(known.length);
  });

  it('every alias names one field, and resolves to it on import', () => {
    const aliases = reportFields.flatMap((f) => f.aliases);
    expect(new Set(aliases).size).toBe(aliases.length);
    for (const f of reportFields) {
      expect(fieldOfHeader(f.name)).toBe(f.name);
      for (const a of f.aliases) expect(fieldOfHeader(a), a).toBe(f.name);
      expect(columnByHeader(f.exportId)?.field).toBe(f.name);
    }
  });

  it('derives the lists the rest of the code used to spell out', () => {
    expect(identityFields).toEqual(reportFields.filter((f) => f.personal !== 'none').map((f) => f.name));
    expect(booleanFields).toEqual(reportFields.filter((f) => f.kind === 'bool').map((f) => f.name));
    expect(requiredFields).toEqual(['title', 'description', 'channel']);
    expect(
      exportColumns
        .filter((c) => c.field)
        .map((c) => c.field)
        .sort(),
    ).toEqual([...reportFieldNames].sort());
  });
});
