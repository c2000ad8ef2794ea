import { describe, expect, it } from 'vitest';
import { officerProblem, unitProblem } from '../../src/domain/directory.js';

describe('is this unit / officer usable (domain/directory.ts)', () => {
  it('a unit must exist and be active', () => {
    expect(unitProblem(undefined, 'DPUPR')).toMatchObject({ field: 'unit', code: 'report.unknownUnit', params: { value: 'DPUPR' }, severity: 'error' });
    expect(unitProblem({ active: false }, 'DPUPR')).toMatchObject({ code: 'report.inactiveUnit', params: { value: 'DPUPR' } });
    expect(unitProblem({ active: true }, 'DPUPR')).toBeUndefined();
  });

  it('an officer must be active and in an active unit', () => {
    const officer = { id: 7, name: 'Andi', unitCode: 'DPUPR', active: true, unitActive: true };
    expect(officerProblem(officer)).toBeUndefined();
    expect(officerProblem({ ...officer, active: false })).toEqual({ code: 'officer.inactive', params: { id: 7, name: 'Andi' } });
    expect(officerProblem({ ...officer, unitActive: false })).toEqual({ code: 'officer.unitInactive', params: { id: 7, name: 'Andi', unit: 'DPUPR' } });
  });
});
