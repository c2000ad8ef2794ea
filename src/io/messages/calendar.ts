import type { Catalog } from './types.js';

/** Messages of the working-day calendar and SLA policy (src/domain/calendar.ts, sla.ts). */
export const calendarMessages = {
  'sla.notPositiveInt': {
    en: "SLA setting {field} must be a whole number of days, 1 or more; got '{value}'. Fix it in the agency settings.",
    id: "Pengaturan SLA {field} harus berupa jumlah hari bilangan bulat, minimal 1; tertulis '{value}'. Perbaiki di pengaturan instansi.",
  },
  'sla.tooLarge': {
    en: 'SLA setting {field} is {value} days, more than the maximum of {max}. Check for a typo and use at most {max}.',
    id: 'Pengaturan SLA {field} bernilai {value} hari, melebihi batas {max}. Periksa salah ketik dan gunakan paling banyak {max}.',
  },
  'sla.badUnit': {
    en: "SLA setting {field} must be 'calendar' or 'working'; got '{value}'.",
    id: "Pengaturan SLA {field} harus 'calendar' (hari kalender) atau 'working' (hari kerja); tertulis '{value}'.",
  },
  'sla.completionTooShort': {
    en: 'The completion deadline ({value} days) ends before verification plus follow-up ({needed} working days) can. Raise {field} or shorten the other periods.',
    id: 'Batas penyelesaian ({value} hari) berakhir sebelum verifikasi dan tindak lanjut ({needed} hari kerja) dapat selesai. Naikkan {field} atau perpendek tenggat lainnya.',
  },
} satisfies Catalog;
