import type { ru } from './dictionaries/ru.ts';

/** Every language has exactly the Russian dictionary's keys (checked by tsc and at build). */
export type Key = keyof typeof ru;
export type Dictionary = Record<Key, string>;
