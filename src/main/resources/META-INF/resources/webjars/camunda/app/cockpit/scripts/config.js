// Tietovahti: replaces cockpit's default config.js whole (Camunda's file has only commented-out examples).
export default {
  // the DPO's deadline view on the dashboard and a page per case, finished ones too (dpo-deadlines.js); the
  // disclosures, refusals, Art. 30 CSV and where the notice and the law differ (dpo-disclosures.js)
  customScripts: ['scripts/dpo-deadlines', 'scripts/dpo-disclosures'],
  // Finnish and Swedish beside English (locales/fi.json, sv.json, written from 7.24's en.json; LocaleFilesTest
  // keeps them complete). The browser's preferred language decides; anything else falls back to English.
  locales: {
    availableLocales: ['fi', 'sv', 'en'],
    fallbackLocale: 'en'
  },
  // the "what's new" welcome message links to Camunda's site, which staff machines may not reach
  disableWelcomeMessage: true
};
