// The server's Danish words for every code, fetched once per login.
import { get } from './api.js';

let words = null;

export async function loadVocabulary() {
  if (words) return;
  const cached = sessionStorage.getItem('jobmatch.vocabulary');
  const lists = cached ? JSON.parse(cached) : await get('/api/v1/vocabularies');
  if (!cached) sessionStorage.setItem('jobmatch.vocabulary', JSON.stringify(lists));
  words = {};
  for (const [list, entries] of Object.entries(lists)) {
    words[list] = Object.fromEntries(entries.map((entry) => [entry.code, entry.label]));
  }
}

export function forget() {
  words = null;
}

/** The Danish words for a code, e.g. label('accommodations', 'NO_HEAVY_LIFTING') = "ingen tunge løft". */
export function label(list, code) {
  return words?.[list]?.[code] ?? code;
}

export const labels = (list, codes = []) => codes.map((code) => label(list, code));

// Statuses are not in /vocabularies, so the app keeps their words here.
export const AGREEMENT_STATUS = {
  DRAFT: 'Udkast', ACTIVE: 'Aktiv', ORDINARY_HOURS: 'Overgået til ordinære timer', HIRED: 'Ansat', STOPPED: 'Stoppet',
  EXPIRED: 'Udløbet',
};
export const NEED_STATUS = { OPEN: 'Åben', PAUSED: 'På pause', FILLED: 'Besat', CLOSED: 'Lukket', EXPIRED: 'Udløbet' };
export const TEAM_ROLE = {
  CASE_WORKER: 'Sagsbehandler', MENTOR: 'Mentor', SUPPORT_WORKER: 'Bostøtte', HEALTH_CONTACT: 'Sundhedsfaglig kontakt',
};
export const NOTIFICATION_KIND = {
  HOURS_REDUCED: 'Timer sat ned', STOPPED: 'Forløb stoppet', ORDINARY_HOURS: 'Overgået til ordinære timer', HIRED: 'Ansat',
};
export const PARTY = { CITIZEN: 'borger', EMPLOYER: 'arbejdsgiver', CONSULTANT: 'konsulent' };
// How a contact with an employer took place (the contact log's formats).
export const CONTACT_FORMAT = {
  WORKPLACE_VISIT: 'Besøg på virksomheden', PHONE: 'Telefon', EMAIL: 'E-mail', MEETING: 'Møde',
};
