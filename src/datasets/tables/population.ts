import { defineCsv } from '../define.ts';
import { count, optNum, sourceColumns, year } from '../fields.ts';

/**
 * Population and households of a municipality by year, each row with its source (census,
 * the national statistics committee's yearly estimate, the municipality's own count). Figures
 * per resident use the population of the year they describe, or the nearest year, said so.
 */
export const population = defineCsv({
  name: 'population',
  file: 'population.csv',
  columns: {
    year: year({ example: '2014' }),
    population: count({ example: '7 412' }),
    households: optNum({ integer: true, min: 0, unit: 'households', example: '1 630' }),
    ...sourceColumns,
  },
  key: ['year'],
});
