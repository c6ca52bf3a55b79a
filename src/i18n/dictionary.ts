import type { ui } from './ru/interface.ts';

/** Every language has exactly the Russian dictionary's keys (checked by tsc and at build). */
export type Key = keyof typeof ui;
export type Dictionary = Record<Key, string>;
