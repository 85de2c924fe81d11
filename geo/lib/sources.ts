/**
 * Sources must be the work, not a copy: mirror and scrape sites of Wikipedia
 * and others are refused wherever a URL is recorded (places, changes, events,
 * clauses, lines). Where one of these was read, cite the canonical article.
 */

/** Domains of known copies: the host itself or any host under it. */
export const MIRROR_DOMAINS = [
  'frwiki.wiki',
  'qaz.wiki',
  'wikimili.com',
  'wiki7.org',
  'wikial.top',
  'wikijaa.ru',
  'yoda.wiki',
  'zxc.wiki',
  'abcdef.wiki',
  'enwikipedia.net',
  'osmarks.net',
  'piglix.com',
  'memim.com',
  'encycloreader.org',
  'worldlibrary.org',
  'marefa.org',
  'the-uncensored-wiki.com',
  '710302.xyz',
  'cnmilf.com',
  'hessslslslsls.azureedge.net',
  'fanyv88.com',
  'movatter.jp',
  'outremer.quest',
  'eudic.net',
  'oracleblog.org',
  'restivo.info',
  'obastan.com',
  'ask3.ru',
  'wiki.li',
  'wikipedia-on-ipfs.org',
  'ipfs.io',
  'l.global.ssl.fastly.net',
  'theinfolist.com',
  'wikiwand.com',
  'dbpedia.org',
  'wikiredia.com',
  'wiki2.org',
  'everybodywiki.com',
  'nina.az',
  'academic.ru',
  'en-academic.com',
  'wikibrief.org',
  'infogalactic.com',
  'alchetron.com',
  'wiki.edu.vn',
  'second.wiki',
  'db0nus869y26v.cloudfront.net',
  'wikiup.org',
  'anarim.az',
  'sagapedia.com',
  'findatwiki.com',
  'wonilvalve.com',
  'dweb.link',
  'earthspot.org',
  'russianwiki.com',
  'wikiland.org',
  'knowledger.de',
  'profilbaru.com',
  'franco.wiki',
  'kihulane.eu',
  'dustinice.workers.dev',
];

/** Host patterns of copies that a domain cannot say (a family of sites, any subdomain). */
const MIRROR_HOST_PATTERNS = [
  /(^|\.)perceptio[a-z]*\.com$/,
  /(^|\.)wikizero\.(com|net)$/,
  /(^|\.)iiab\.(me|live)$/,
  /^ipfs\./,
  /(^|\.)kiwix\./,
];

/** Paths that mark a copy on any host (kiwix and offline Wikipedia dumps served from elsewhere). */
const MIRROR_PATHS = [/\/kiwix\//, /wikipedia_[a-z]{2}_all/, /\/ipfs\/Qm/];

/** The host of a URL when it is a known copy, else null. Not a URL at all counts as a copy of nothing: check with isHttpUrl. */
export function mirrorHost(url: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  const host = u.hostname.toLowerCase();
  const listed = MIRROR_DOMAINS.some((d) => host === d || host.endsWith(`.${d}`));
  if (listed || MIRROR_HOST_PATTERNS.some((re) => re.test(host)) || MIRROR_PATHS.some((re) => re.test(u.pathname))) return host;
  return null;
}

export function isHttpUrl(v: string): boolean {
  try {
    const u = new URL(v);
    return u.protocol === 'https:' || u.protocol === 'http:';
  } catch {
    return false;
  }
}

/** A CSV column check for a source URL. */
export function checkSourceUrl(v: string): string | null {
  if (!isHttpUrl(v)) return `"${v}" is not an http(s) URL`;
  const m = mirrorHost(v);
  return m ? `${m} is a mirror or scrape site: cite the canonical work it copies` : null;
}
