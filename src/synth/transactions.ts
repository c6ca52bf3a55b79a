/**
 * A treasury-style budget-execution file: `rows` payments and receipts over the country's
 * municipalities and years, in date order, `;`-separated with decimal commas as a
 * Russian-locale export writes them. Written in blocks, never held in memory.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { csvHeader, csvLine, headerOf, type CsvFormat } from '../datasets/csv-write.ts';
import { transactions } from '../datasets/tables/transactions.ts';
import { BUDGET_LINES } from './budget-lines.ts';
import type { CountryPlan } from './country.ts';
import { placeName, personName } from './names.ts';
import { createRandom, type Random } from './random.ts';

const FLUSH_CHARS = 1 << 20;

/** As a Russian-locale accounting program exports it: ";", "\n", no BOM. */
const TREASURY_CSV: CsvFormat = { delimiter: ';', lineEnd: '\n', bom: false };

function counterparties(rng: Random): { revenue: string[]; expenditure: string[] } {
  const firms = Array.from({ length: 200 }, () => {
    const place = placeName(rng);
    return `ОсОО «${place.ru} ${rng.pick(['Курулуш', 'Жол', 'Суу', 'Трейд', 'Сервис', 'Агро'])}»`;
  });
  const sole = Array.from({ length: 100 }, () => {
    const [first, family] = personName(rng).split(' ');
    return `ИП ${family} ${first!.charAt(0)}.`;
  });
  return {
    revenue: ['Налогоплательщики (сводно)', 'Центральное казначейство', 'Районное управление казначейства', 'Жители (платежи через банк)', 'Арендаторы земель ФПС'],
    expenditure: [...firms, ...sole, 'Социальный фонд', 'Электроснабжающая компания', 'Работники АО (зарплата, сводно)', 'Поставщик угля'],
  };
}

const pad = (n: number) => String(n).padStart(2, '0');

export interface TransactionsOptions {
  rows: number;
  seed: number;
}

/** Writes the file; returns its row count (without the header). */
export function writeTransactions(file: string, plan: CountryPlan, options: TransactionsOptions): number {
  const rng = createRandom(options.seed).fork('transactions');
  const parties = counterparties(rng);
  const ids = plan.municipalities.map((m) => m.id);
  if (ids.length === 0) throw new Error('the transactions file needs at least one municipality');
  const first = Date.UTC(plan.years[0]!, 0, 1);
  const days = Math.round((Date.UTC(plan.years[plan.years.length - 1]! + 1, 0, 1) - first) / 86_400_000);
  const revenue = BUDGET_LINES.filter((l) => l.direction === 'revenue');
  const expenditure = BUDGET_LINES.filter((l) => l.direction === 'expenditure');
  const header = headerOf(transactions);
  const fd = openSync(file, 'w');
  try {
    let buffer = csvHeader(header, TREASURY_CSV);
    for (let i = 0; i < options.rows; i++) {
      const day = new Date(first + Math.floor((i * days) / options.rows) * 86_400_000);
      const line = rng.chance(0.3) ? rng.pick(revenue) : rng.pick(expenditure);
      const refund = rng.chance(0.003);
      const amount = Math.round(line.weight * rng.float(200, 9000) * 100) / 100;
      const text = (refund ? -amount : amount).toFixed(2).replace('.', ',');
      const party = refund ? 'Возврат излишне уплаченных сумм' : rng.pick(parties[line.direction]);
      const date = `${pad(day.getUTCDate())}.${pad(day.getUTCMonth() + 1)}.${day.getUTCFullYear()}`;
      const row: Record<string, string> = { date, number: String(i + 1).padStart(7, '0'), municipality: rng.pick(ids), code: line.code, label: line.ru, direction: line.direction, amount: text, counterparty: party };
      buffer += csvLine(header.map((h) => row[h] ?? ''), TREASURY_CSV);
      if (buffer.length >= FLUSH_CHARS) {
        writeSync(fd, buffer);
        buffer = '';
      }
    }
    writeSync(fd, buffer);
  } finally {
    closeSync(fd);
  }
  return options.rows;
}
