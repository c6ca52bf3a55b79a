import { expect, it } from 'vitest';
import { wrapLabel } from '../../src/charts/draw.ts';

it('short chart labels stay as they are', () => {
  expect(wrapLabel('Доходы')).toBe('Доходы');
});

it('long labels break between words into lines of at most 22 characters', () => {
  const label = 'Поддержание проекта (экскаватор): финансовый план из МБ';
  const lines = wrapLabel(label) as string[];
  expect(lines).toEqual(['Поддержание проекта', '(экскаватор):', 'финансовый план из МБ']);
  expect(lines.join(' ')).toBe(label);
});

it('very long labels end after three lines with an ellipsis', () => {
  const lines = wrapLabel('один два три четыре пять шесть семь восемь девять десять одиннадцать двенадцать', 10) as string[];
  expect(lines).toHaveLength(3);
  expect(lines[2]).toMatch(/…$/);
});
