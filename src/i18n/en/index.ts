/** Every text of the site and its tools in English, by topic. */
import type { MoneyWords } from '../types.ts';
import { cli } from './cli.ts';
import { datasets } from './datasets.ts';
import { downloads } from './downloads.ts';
import { glossary } from './glossary.ts';
import { ui } from './interface.ts';
import { problems } from './problems.ts';
import { report } from './report.ts';

const money: MoneyWords = { som: 'som', thousand: 'thousand' };

export const en = { ui, problems, datasets, glossary, report, cli, money, downloads };
