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

/** The rights a privacy case is about, as staff name them. */
export const REQUEST_TYPES = {
  ACCESS: { fi: 'Tarkastuspyyntö', sv: 'Begäran om insyn', en: 'Access request' },
  ERASURE: { fi: 'Poistopyyntö', sv: 'Begäran om radering', en: 'Erasure request' },
  RECTIFICATION: { fi: 'Oikaisupyyntö', sv: 'Begäran om rättelse', en: 'Rectification request' },
  RESTRICTION: { fi: 'Käsittelyn rajoittaminen', sv: 'Begränsning av behandling', en: 'Restriction request' },
  PORTABILITY: { fi: 'Siirtopyyntö', sv: 'Begäran om dataportabilitet', en: 'Portability request' },
  OBJECTION: { fi: 'Vastustamisoikeus', sv: 'Invändning', en: 'Objection' }
};

/** A case type's name in the language (an unknown type as it is). */
export function requestType(type) {
  return say(REQUEST_TYPES[type] || { en: type });
}

export default [];
