/** What the staff commands print, in Russian: npm run new:municipality, templates and preview:data. */
import type { CliTexts } from '../types.ts';

export const cli: CliTexts = {
  newMunicipality: {
    /** The section a new profile points to in its source (data text: the profile is written in Russian). */
    profileSection: 'Общие сведения об айылном аймаке',
    usage: 'Укажите id нового айылного аймака: npm run new:municipality -- kara-suu',
    badId: (x: string, why: string) => `«${x}» не подходит как id: ${why}`,
    exists: (p: string) => `Папка ${p} уже есть — ничего не изменено, чтобы не затереть данные. Выберите другой id или правьте файлы в этой папке.`,
    noSources: (p: string) => `Не удалось прочитать ${p}. Запустите npm run validate — он покажет, что исправить.`,
    noDoc: (d: string, p: string) => `В ${p} нет документа «${d}». Добавьте его туда или не указывайте --source.`,
    created: (p: string) => `Создана папка ${p}:`,
    addedSource: (d: string, p: string) => `В ${p} добавлена запись «${d}»: впишите название (title_ru), вид (kind_ru) и файл документа.`,
    next: 'Дальше: заполните municipality.json (неизвестное оставьте null) и таблицы, затем запустите npm run validate.',
    check: 'Проверка новой папки:',
  },
  templates: {
    outOfDate: 'устарел',
    run: 'Запустите `npm run templates` и закоммитьте изменения.',
    upToDate: 'Шаблоны и таблицы кодов актуальны.',
    written: 'записан',
    removed: 'удалён',
    nothing: 'Без изменений.',
  },
  preview: {
    bad: 'В данных есть ошибки — сайт не собран. Исправьте их и запустите команду снова.',
    building: (dir: string) => `Собираю сайт из ${dir} …`,
    buildFailed: 'Сборка сайта не удалась (сообщения выше).',
    open: (dir: string, url: string) => `Сайт из ${dir} открыт на этом компьютере: ${url}\nОстановить: Ctrl+C.`,
  },
};
