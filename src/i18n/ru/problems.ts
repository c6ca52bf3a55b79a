/** What each data problem means and how to fix it, in Russian: staff read these, not programmers. */
import { param as p, type ProblemTexts } from '../types.ts';
import { csvSyntax, duplicateId, invalidJson, invalidValue, notANumber, notAnInteger } from './problems-parser.ts';
import { sheetMessages } from './problems-sheets.ts';

export const problems: ProblemTexts = {
  messages: {
    'encoding-utf16': () => 'файл сохранён в кодировке UTF-16 («Юникод»). Сохраните его заново: Excel — «Файл → Сохранить как → CSV UTF-8 (разделитель — запятая)»; LibreOffice — «Сохранить как → Текст CSV», кодировка «Юникод (UTF-8)».',
    'encoding-not-utf8': (x) => `файл не в кодировке UTF-8 (похоже на Windows-1251) — первый неверный байт в строке ${p(x, 'line')}. Сохраните его заново: Excel — «Файл → Сохранить как → CSV UTF-8 (разделитель — запятая)»; LibreOffice — «Сохранить как → Текст CSV», кодировка «Юникод (UTF-8)».`,
    'csv-syntax': csvSyntax,
    'empty-file': () => 'файл пуст: нужна хотя бы строка заголовков. Возьмите её из data/templates/.',
    'blank-header': (x) => `пустой заголовок столбца №${p(x, 'position')}. Впишите имя столбца или удалите пустой столбец.`,
    'duplicate-header': () => 'столбец с таким именем уже есть. Оставьте один столбец с этим именем.',
    'unknown-column': (x) => `неизвестный столбец. Допустимые столбцы: ${p(x, 'allowed')}. Проверьте написание или удалите столбец.`,
    'missing-column': () => 'нет обязательного столбца. Добавьте его (заголовки — в data/templates/).',
    'ragged-row': (x) => `в строке ${p(x, 'found')} ячеек, а столбцов ${p(x, 'expected')}. Уберите лишние разделители или добавьте пропущенные ячейки.`,
    required: () => 'ячейка пуста, а значение обязательно. Заполните её.',
    'not-a-number': notANumber,
    'not-an-integer': notAnInteger,
    'out-of-range': (x) => `значение вне допустимого диапазона ${p(x, 'min')}…${p(x, 'max')}. Проверьте, нет ли опечатки.`,
    'not-a-date': () => 'это не дата. Пишите «26.01.2013» или «2013-01-26»; если известен только месяц — «03.2013» или «2013-03».',
    'not-allowed': (x) => `недопустимое значение. Допустимо: ${p(x, 'allowed')}.`,
    'not-a-boolean': () => 'нужно «да» или «нет» (также yes/no, 1/0, ооба/жок).',
    'bad-id': () => 'идентификатор может содержать только латинские строчные буквы, цифры и дефис (например, «hearing-2013-01»).',
    'duplicate-id': duplicateId,
    'unknown-reference': (x) => `ссылка не найдена: в «${p(x, 'target')}» нет записи с таким id. Проверьте написание или сначала добавьте запись.`,
    'invalid-json': invalidJson,
    'invalid-value': invalidValue,
    'missing-file': () => 'нет обязательного файла. Скопируйте его из data/templates/ (можно с одной строкой заголовков).',
    'missing-table': () => 'файла нет: таблица считается пустой. Если данные для неё есть, скопируйте файл из data/templates/ и заполните его.',
    'name-without-consent': () => 'имя заявителя указано без его согласия. Поставьте «да» в applicant_consent только при записанном согласии, иначе удалите имя.',
    'amount-as-written-differs': (x) => `сумма «как в источнике» даёт ${p(x, 'parsed')} сом, а в столбце суммы ${p(x, 'amount')}. Исправьте одно из двух.`,
    'total-mismatch': (x) => `указанный итог ${p(x, 'stated')} не равен сумме строк ${p(x, 'computed')} (${p(x, 'what')}). На сайте будут показаны оба числа.`,
    'part-exceeds-whole': (x) => `${p(x, 'part')} (${p(x, 'partValue')}) больше, чем ${p(x, 'whole')} (${p(x, 'wholeValue')}). Проверьте цифры.`,
    'parts-sum-exceeds-whole': (x) => `сумма ${p(x, 'parts')} = ${p(x, 'sum')} больше, чем ${p(x, 'whole')} (${p(x, 'wholeValue')}). Проверьте цифры: группы не должны давать больше, чем всего.`,
    'above-population': (x) => `число больше, чем население айылного аймака (${p(x, 'population')} чел. в municipality.json). Проверьте цифру; если она верна (например, считаются посещения, а не люди), объясните это в столбце note.`,
    'date-outside-period': (x) => `дата или год вне периода ${p(x, 'period')} (${p(x, 'what')}). Проверьте год и месяц в обеих записях.`,
    'hearing-type-month': (x) => `слушания вида «${p(x, 'type')}» обычно проходят ${p(x, 'type') === 'formation' ? 'в мае–июле' : 'в январе–марте'}, а здесь месяц ${p(x, 'month')}. Проверьте вид (execution — исполнение бюджета, formation — формирование бюджета) и дату.`,
    'date-in-future': (x) => `дата или год позже, чем возможно сегодня (${p(x, 'today')}): допустимо не позже ${p(x, 'limit')} (${p(x, 'what')}). Прошедшие события и исполненный бюджет не бывают в будущем — проверьте год.`,
    'source-incomplete': () => 'у документа-источника не заполнено название (title_ru) или вид (kind_ru). Впишите их в data/sources.json: сайт показывает их рядом с каждой цифрой.',
    'missing-optional-column': () => 'нет необязательного столбца: проверка считает его пустым во всех строках. Если данные для него есть, добавьте столбец (заголовки — в data/templates/).',
    ...sheetMessages,
  },
  /** Words of a problem's location line. */
  labels: { error: 'Ошибка', warning: 'Предупреждение', row: 'строка', column: 'столбец', value: 'значение' },
};
