/** Migration 012: unit names unique per agency, ignoring case, for every new or renamed unit. */

import type { Migration } from './index.js';

/**
 * A unit is referred to by its name as often as by its code (`officer add --unit 'Kelurahan
 * Sepaku'`), so two units with one name made such a reference pick one silently. A UNIQUE index
 * cannot be created over the duplicates older databases may already hold, and failing the upgrade
 * would lock the agency out; the duplicates are kept as they are (lookups by such a name are then
 * ambiguous and list the candidates, app/directory.ts) and these triggers refuse any new one: an
 * insert, or a rename onto a name another unit has. An update that keeps a unit's own name (a
 * deactivation of one of the old duplicates) passes. The index serves lookups by name.
 */
export const m012UnitNames: Migration = {
  version: 12,
  name: 'unit-names',
  sql: `
CREATE INDEX units_name ON units (name COLLATE NOCASE);
CREATE TRIGGER units_name_unique_insert BEFORE INSERT ON units
WHEN EXISTS (SELECT 1 FROM units WHERE name = NEW.name COLLATE NOCASE)
BEGIN
  SELECT RAISE(ABORT, 'unit name already used by another unit');
END;
CREATE TRIGGER units_name_unique_update BEFORE UPDATE OF name ON units
WHEN NEW.name <> OLD.name COLLATE NOCASE AND EXISTS (SELECT 1 FROM units WHERE name = NEW.name COLLATE NOCASE AND id <> NEW.id)
BEGIN
  SELECT RAISE(ABORT, 'unit name already used by another unit');
END;
`,
};
