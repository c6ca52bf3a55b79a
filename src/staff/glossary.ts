/**
 * How the templates' README describes a column's kind of value. The words themselves are in
 * src/i18n/<lang>/glossary.ts (a test checks every allowed value declared has its meaning).
 */
import type { FieldMeta } from '../datasets/fields.ts';
import { texts, type Lang } from '../i18n/index.ts';

/** "whole number, people, ≥ 0" — the kind of value, its unit and range. */
export function typeLabel(meta: FieldMeta, isId: boolean, lang: Lang): string {
  const g = texts(lang).glossary;
  const parts = [g.types[isId ? 'id' : meta.type]];
  if (meta.unit) parts.push(g.units[meta.unit] ?? meta.unit);
  // Money limits are only a guard against typos; they would confuse more than help.
  if (meta.unit !== 'som') {
    if (meta.min !== undefined && meta.max !== undefined) parts.push(`${meta.min}–${meta.max}`);
    else if (meta.min !== undefined) parts.push(`≥ ${meta.min}`);
  }
  return parts.join(', ');
}
