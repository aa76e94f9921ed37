/**
 * Conventions, checked rather than remembered: every rule is registered under its
 * id, lives in rules/<id>.ts, has a test naming it, and every locale key a rule or a
 * fix can produce exists in both locale files.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RULE_IDS, ruleMessageKey } from './rule-ids';
import { RULE_REGISTRY, RULES } from './registry';
import { SEVERITIES } from './types';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const locale = (language: string) =>
  JSON.parse(readFileSync(here(`../../public/_locales/${language}/messages.json`), 'utf8')) as Record<string, unknown>;
const LOCALES = { id: locale('id'), en: locale('en') };
const RULE_FILES = readdirSync(here('./rules'));
const ALL_TESTS = [here('./rules'), here('./detectors'), here('.')].flatMap((dir) =>
  readdirSync(dir)
    .filter((file) => file.endsWith('.test.ts'))
    .map((file) => readFileSync(`${dir}/${file}`, 'utf8')),
);

describe('rule registry', () => {
  it('registers every id once, under its own id, in RULE_IDS order', () => {
    expect(Object.keys(RULE_REGISTRY).sort()).toEqual([...RULE_IDS].sort());
    expect(RULES.map((rule) => rule.id)).toEqual([...RULE_IDS]);
    for (const id of RULE_IDS) expect(RULE_REGISTRY[id].id).toBe(id);
  });

  it.each(RULE_IDS)('%s lives in rules/<id>.ts and has tests naming it', (id) => {
    expect(RULE_FILES).toContain(`${id}.ts`);
    const hasOwnTestFile = RULE_FILES.includes(`${id}.test.ts`);
    expect(hasOwnTestFile || ALL_TESTS.some((source) => source.includes(`'${id}'`))).toBe(true);
  });

  it.each(RULE_IDS)('%s has its rule_ key and every message key in both locales', (id) => {
    const rule = RULE_REGISTRY[id];
    expect(rule.messageKeys).toContain(ruleMessageKey(id));
    for (const key of rule.messageKeys) {
      expect(LOCALES.id).toHaveProperty([key]);
      expect(LOCALES.en).toHaveProperty([key]);
    }
  });

  it('has every fix label and severity name in both locales', () => {
    const sources = RULE_FILES.filter((file) => !file.endsWith('.test.ts')).map((file) => readFileSync(here(`./rules/${file}`), 'utf8'));
    const fixKeys = new Set(sources.flatMap((source) => [...source.matchAll(/'(fix_[a-z_]+)'/g)].map((match) => match[1]!)));
    expect(fixKeys.size).toBeGreaterThan(5);
    for (const key of [...fixKeys, ...SEVERITIES.map((severity) => `severity_${severity}`)]) {
      expect(LOCALES.id).toHaveProperty([key]);
      expect(LOCALES.en).toHaveProperty([key]);
    }
  });
});
