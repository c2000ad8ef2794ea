import type { Lang } from './messages/index.js';
import type { Recap } from '../app/recap.js';

export function recapHtml(_lang: Lang, recap: Recap): string {
  return `<!doctype html><title>${recap.agency.code}</title>`;
}
