/**
 * Run by xlsx-sync.ts in a child process: reads the .xlsx files named on stdin (a JSON array of
 * paths) and writes their tables as JSON to stdout. exceljs reads only asynchronously; the data
 * loader is synchronous, so it waits for this process instead.
 */
import { readFileSync } from 'node:fs';
import { readXlsx } from './xlsx.ts';

const input = readFileSync(0, 'utf8');
const jobs = JSON.parse(input) as Array<{ path: string; file: string }>;
const tables = [];
for (const { path, file } of jobs) tables.push(await readXlsx(readFileSync(path), file));
process.stdout.write(JSON.stringify(tables));
