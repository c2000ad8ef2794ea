// Generated (fictional) reports with their lifecycle steps, written straight into a `lapor init`-ed
// database with SQL: for bench/recap.js and the sample recap under docs/. Deterministic (seeded).
// No reporter data at all: every generated report is anonymous.

const units = [
  ['DPUPR', 'Dinas Pekerjaan Umum dan Penataan Ruang'],
  ['DINKES', 'Dinas Kesehatan'],
  ['DISDIK', 'Dinas Pendidikan'],
  ['DISHUB', 'Dinas Perhubungan'],
  ['DLH', 'Dinas Lingkungan Hidup'],
  ['DINSOS', 'Dinas Sosial'],
  ['DUKCAPIL', 'Dinas Kependudukan dan Pencatatan Sipil'],
  ['SATPOLPP', 'Satuan Polisi Pamong Praja'],
];
const firstNames = ['Andi', 'Rina', 'Yusuf', 'Dewi', 'Hendra', 'Sari', 'Agus', 'Maya', 'Rudi', 'Lestari', 'Fajar', 'Nurul'];
const lastNames = ['Pratama', 'Wulandari', 'Hidayat', 'Saputra', 'Kusuma', 'Rahmawati', 'Siregar', 'Nasution'];
const channels = ['walk-in', 'letter', 'phone', 'whatsapp', 'email', 'social-media'];
const categories = ['infrastruktur', 'kesehatan', 'pendidikan', 'lingkungan', 'administrasi-kependudukan', 'ketertiban-umum'];
const DAY = 86_400_000;
const OFFSET = 8 * 3_600_000; // WITA

/** Mulberry32: small, seeded, good enough to spread generated data. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The next weekday at least `n` calendar days later (generated data skips weekends, not holidays). */
function later(ms, n) {
  let t = ms + n * DAY;
  while ([0, 6].includes(new Date(t + OFFSET).getUTCDay())) t += DAY;
  return t;
}
const iso = (ms) => new Date(ms).toISOString();
const local = (ms) => new Date(ms + OFFSET).toISOString().slice(0, 10);

/**
 * Writes `total` reports received evenly from `from` to `to` (YYYY-MM-DD, agency-local), with the
 * steps of a plausible agency: most verified within days, assigned, followed up (a quarter late),
 * closed; some rejected or forwarded; the most recent still open. `today` decides what is open.
 */
export function generateRecapData(db, { total, from, to, today, seed = 12 }) {
  const rnd = random(seed);
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  db.transaction(() => {
    units.forEach(([code, name]) => db.prepare("INSERT INTO units (code, name, created_at, updated_at) VALUES (?, ?, 'x', 'x')").run(code, name));
    for (let o = 0; o < units.length * 3; o++) {
      const name = `${firstNames[o % firstNames.length]} ${lastNames[(o * 5) % lastNames.length]}`;
      db.prepare("INSERT INTO officers (unit_id, name, created_at, updated_at) VALUES (?, ?, 'x', 'x')").run(Math.floor(o / 3) + 1, name);
    }
  })();
  const insertReport =
    db.prepare(`INSERT INTO reports (id, ticket, classification, channel, title, description, category, received_at, received_date, unit_id, officer_id,
    anonymous, status, created_at, created_by, updated_at, updated_by, assigned_at, followup_from, responded_at, last_followup_at, closed_at, status_reason, forwarded_to,
    verify_by, complete_by, due_kind, due_date)
    VALUES (?, ?, 'complaint', ?, ?, 'Uraian laporan buatan untuk contoh rekap', ?, ?, ?, ?, ?, 1, ?, ?, 'gen', ?, 'gen', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  // clock_from and first_response as the lifecycle stores them (migration 010): the one follow-up
  // of a generated report is its first response and stops the clock its assignment started.
  const insertEvent =
    db.prepare(`INSERT INTO report_events (report_id, kind, at, recorded_at, actor, officer_id, from_status, to_status, clock_from, first_response)
    VALUES (?, ?, ?, ?, 'gen', ?, ?, ?, ?, ?)`);
  const start = Date.parse(`${from}T08:00:00+08:00`);
  const span = Date.parse(`${to}T08:00:00+08:00`) - start;
  const now = Date.parse(`${today}T16:00:00+08:00`);
  const batch = db.transaction((lo, hi) => {
    for (let i = lo; i < hi; i++) generateOne(i);
  });
  function generateOne(i) {
    const received = start + Math.floor((i / total) * span) + Math.floor(rnd() * 7) * 3_600_000;
    const unit = 1 + Math.floor(Math.pow(rnd(), 1.6) * units.length); // some units get more reports
    const officer = (unit - 1) * 3 + 1 + Math.floor(rnd() * 3);
    const events = [];
    const step = (kind, at, fromStatus, toStatus, withOfficer) => at <= now && events.push([kind, at, withOfficer ? officer : null, fromStatus, toStatus]);
    let status = 'recorded';
    const verified = later(received, Math.floor(rnd() * 4));
    const fate = rnd();
    let closedAt = null;
    let assignedAt = null;
    let followedAt = null;
    if (fate < 0.05) {
      if (step('reject', verified, 'recorded', 'rejected')) [status, closedAt] = ['rejected', verified];
    } else if (fate < 0.08) {
      if (step('forward', verified, 'recorded', 'forwarded')) [status, closedAt] = ['forwarded', verified];
    } else if (step('verify', verified, 'recorded', 'verified')) {
      status = 'verified';
      assignedAt = later(verified, rnd() < 0.7 ? 0 : 1);
      if (step('assign', assignedAt, 'verified', 'assigned', true)) {
        status = 'assigned';
        const late = (unit * 7 + officer) % 5 === 0 ? 0.5 : 0.2; // some officers are often late
        followedAt = later(assignedAt, rnd() < late ? 8 + Math.floor(rnd() * 6) : 1 + Math.floor(rnd() * 6));
        if (step('followup', followedAt, 'assigned', 'followed_up', true)) {
          status = 'followed_up';
          const closed = later(followedAt, 2 + Math.floor(rnd() * 8));
          if (step('close', closed, 'followed_up', 'done')) [status, closedAt] = ['done', closed];
        } else followedAt = null;
      } else assignedAt = null;
    }
    const open = !['done', 'rejected', 'forwarded'].includes(status);
    const verifyBy = local(later(received, 3));
    const dueKind = !open ? null : status === 'recorded' ? 'verify' : status === 'followed_up' ? 'complete' : 'followup';
    const dueDate =
      dueKind === 'verify' ? verifyBy : dueKind === 'followup' ? local(later(assignedAt ?? verified, 7)) : dueKind ? local(received + 60 * DAY) : null;
    const id = i + 1;
    insertReport.run(
      id,
      `PPU-${local(received).slice(0, 4)}-${String(id).padStart(7, '0')}`,
      pick(channels),
      `Laporan ${id}`,
      pick(categories),
      iso(received),
      local(received),
      unit,
      assignedAt ? officer : null,
      status,
      iso(received),
      iso(received),
      assignedAt && iso(assignedAt),
      assignedAt && iso(assignedAt),
      followedAt && iso(followedAt),
      followedAt && iso(followedAt),
      closedAt && iso(closedAt),
      status === 'rejected' ? 'vague' : null,
      status === 'forwarded' ? 'BPJS Kesehatan' : null,
      verifyBy,
      local(received + 60 * DAY),
      dueKind,
      dueDate,
    );
    for (const [kind, at, off, f, t] of events) {
      const followup = kind === 'followup';
      insertEvent.run(id, kind, iso(at), iso(at), off, f, t, followup ? iso(assignedAt) : null, followup ? 1 : 0);
    }
  }
  for (let i = 0; i < total; i += 10_000) batch(i, Math.min(total, i + 10_000));
}
