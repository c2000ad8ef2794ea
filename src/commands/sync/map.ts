/** `lapor sync map`: local categories and units onto national ids. */

import type { AppContext } from '../../context.js';
import { formatOf } from '../shared.js';
import { renderRows } from '../../io/render.js';
import { categoryMappings, unitMappings } from '../../store/national-repo.js';
import { mapCategory as mapCategoryTo, mapUnit as mapUnitTo, type Mapped } from '../../app/national-map.js';

/** `sync map category <category> <id|none>` */
export function mapCategory(ctx: AppContext, category: string, value: string): void {
  sayMapped(ctx, mapCategoryTo(ctx, category, value));
}

/** `sync map unit <unit> <id|none>` */
export function mapUnit(ctx: AppContext, code: string, value: string): void {
  sayMapped(ctx, mapUnitTo(ctx, code, value));
}

function sayMapped(ctx: AppContext, m: Mapped): void {
  ctx.io.say(m.id === null ? 'sync.unmapped' : 'sync.mapped', { local: m.local, id: m.id ?? '', name: m.name });
}

export async function listMappings(ctx: AppContext, opts: { format?: string }): Promise<void> {
  const format = formatOf(ctx, opts);
  const db = ctx.db();
  const rows = [
    ...categoryMappings(db).map((m) => ({ type: 'category', local: m.category, id: m.nationalId as number | null, name: m.nationalName, source: m.source })),
    ...unitMappings(db).map((u) => ({
      type: 'unit',
      local: u.code,
      id: u.institutionId,
      name: u.institutionName,
      source: u.institutionId === null ? '' : 'manual',
    })),
  ];
  if (rows.length === 0 && format === 'table') return void ctx.io.say('sync.noMappings');
  await renderRows(
    ctx.io,
    format,
    [
      { key: 'type', label: 'sync.field.type', value: (r) => r.type },
      { key: 'local', label: 'sync.field.local', value: (r) => r.local, freeText: true },
      {
        key: 'national_id',
        label: 'sync.field.nationalId',
        value: (r) => r.id,
        display: (r, io) => (r.id === null ? io.chalk.yellow(io.t('sync.notSet')) : String(r.id)),
      },
      { key: 'national_name', label: 'sync.field.name', value: (r) => r.name, freeText: true },
      { key: 'source', label: 'sync.field.source', value: (r) => r.source },
    ],
    rows,
  );
}
