// The counter spreadsheet of bench/import.js: N generated rows as people fill them in.
// Usage (standalone, for profiling): node bench/import-rows.js ROWS FILE
import fs from 'node:fs';
import { pathToFileURL } from 'node:url';

export const columns = [
  'ref',
  'received_at',
  'channel',
  'classification',
  'category',
  'title',
  'description',
  'location',
  'region',
  'reporter_name',
  'nik',
  'phone',
  'email',
];
const words =
  'jalan rusak lubang besar poros sejak oktober air bersih tidak mengalir pelayanan lambat antrean panjang kantor kelurahan sampah menumpuk pasar lampu mati sekolah bocor puskesmas obat habis izin usaha banjir drainase tersumbat'.split(
    ' ',
  );
const channels = ['tatap muka', 'surat', 'telepon', 'whatsapp', 'email', 'kotak saran', 'sms'];
const categories = ['Infrastruktur', 'Kesehatan', 'Pendidikan', 'Administrasi Kependudukan', 'Lingkungan Hidup', 'Air Bersih dan Sanitasi'];

/** A counter spreadsheet as people fill it in: mixed date and phone spellings, quotes, commas and line breaks. */
export async function generate(n, file) {
  let seed = 42;
  // Math.imul: a plain multiplication passes 2^53 and loses the low bits (every title was "jalan ...").
  const rnd = (k) => (seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff) % k;
  const text = (k) => Array.from({ length: k }, () => words[rnd(words.length)]).join(' ');
  const out = fs.createWriteStream(file);
  let buf = `${columns.join(',')}\n`;
  for (let i = 1; i <= n; i++) {
    const d = 1 + rnd(28);
    const m = 1 + rnd(10);
    const hh = String(7 + rnd(9)).padStart(2, '0');
    const mi = String(rnd(60)).padStart(2, '0');
    const received = i % 2 ? `2026-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')} ${hh}:${mi}` : `${d}/${m}/2026 ${hh}.${mi}`;
    let description = text(15 + rnd(25));
    if (i % 5 === 0) description = `"${description}, kata warga ""segera"""`;
    else if (i % 11 === 0) description = `"${description}\nsudah dilaporkan ke RT"`;
    const nik =
      i % 3
        ? `640904${String(1 + rnd(28)).padStart(2, '0')}${String(1 + rnd(12)).padStart(2, '0')}${70 + rnd(29)}${String(1 + rnd(9999)).padStart(4, '0')}`
        : '';
    const digits = String(10_000_000 + rnd(89_999_999));
    const phone = i % 4 === 0 ? '' : i % 4 === 1 ? `0812${digits}` : i % 4 === 2 ? `0813-${digits.slice(0, 4)}-${digits.slice(4)}` : `+62 821 ${digits}`;
    buf += `SRC-${i},${received},${channels[rnd(channels.length)]},pengaduan,${categories[rnd(categories.length)]},${text(4)} ${i},${description},Desa ${words[rnd(words.length)]},64.09.0${1 + rnd(4)},Warga ${i},${nik},${phone},${i % 3 ? '' : `warga${i}@mail.id`}\n`;
    if (buf.length > 1 << 16) {
      if (!out.write(buf)) await new Promise((r) => out.once('drain', r));
      buf = '';
    }
  }
  await new Promise((r) => out.end(buf, r));
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await generate(Number(process.argv[2]), process.argv[3]);
