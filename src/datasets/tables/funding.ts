import { EXAMPLES } from '../vocabulary.ts';
import { defineCsv } from '../define.ts';
import { bool, id, num, oneOf, optText, som, sourceColumns } from '../fields.ts';

export const FUNDING_SOURCES = [
  'local_budget',
  'republican_budget',
  'grant',
  'donor',
  'development_fund',
  'pasture_committee',
  'residents_cash',
  'residents_labour',
  'initiator',
  'other',
] as const;

/** Funding by source of projects, initiatives and plans; in-kind work is marked. */
export const funding = defineCsv({
  name: 'funding',
  file: 'funding.csv',
  columns: {
    owner_type: oneOf(['project', 'initiative', 'plan'], {}),
    owner: id(),
    position: num({ integer: true, min: 1, max: 1000 }),
    source_type: oneOf(FUNDING_SOURCES, {}),
    source_name_ru: optText(),
    amount_som: som(),
    amount_as_written: optText({ example: EXAMPLES.amountAsWritten }),
    in_kind: bool(),
    purpose_ru: optText(),
    ...sourceColumns,
  },
  key: ['owner_type', 'owner', 'position'],
});
