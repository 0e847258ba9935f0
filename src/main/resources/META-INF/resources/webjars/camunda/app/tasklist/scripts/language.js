/*
 * The language of Tietovahti's own additions to Tasklist: the first of the browser's preferred languages that we
 * write (as Tasklist picks its locale file), else English.
 */
export const LANGUAGE = (navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language])
  .map((l) => String(l || '').slice(0, 2).toLowerCase())
  .find((l) => ['fi', 'sv', 'en'].includes(l)) || 'en';

/** The text for the language, from { fi, sv, en }. */
export function say(texts) {
  return texts[LANGUAGE] || texts.en;
}

/** Where the application's own API is: the server root below Camunda's webapps (base app-root, e.g. /camunda). */
export function apiRoot() {
  const appRoot = document.querySelector('base').getAttribute('app-root') || '';
  return appRoot.replace(/\/[^/]*$/, '') + '/api';
}

/** A date "2026-12-31" as Finnish and Swedish readers write it: 31.12.2026. */
export function dayMonthYear(isoDate) {
  const [y, m, d] = String(isoDate).split('-').map(Number);
  return `${d}.${m}.${y}`;
}

export default [];
