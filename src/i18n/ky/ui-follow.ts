/** Бир жүктөө, булактар, эмне өзгөрдү, чыгарылыштардын тасмасы, издөө, оңдолгону тууралуу белги — кыргызча. */
import type { followUi as ru } from '../ru/ui-follow.ts';

export const followUi: Record<keyof typeof ru, string> = {
  'follow.all': 'Бардык маалыматтар бир архивде: all.zip',
  'follow.allMeta': '{size}; SHA-256: {sha256}. Ичинде — жарыяланган бардык файлдар: CSV, JSON, datapackage.json, булактар, README жана .pb файлдары.',
  'follow.sources': 'Булак документтер ({n})',
  'follow.sourcesHint': 'Ар бир жазуу ушул тизмедеги документке шилтеме кылат (source_doc тилкеси).',
  'follow.pb': 'Жергиликтүү демилгелердин сынактары изилдөөчүлөр үчүн .pb (pabulib) форматында: data/pb/<муниципалитет>/<сынак>.pb.',
  'follow.changes': 'Эмне өзгөрдү',
  'follow.changesIntro': 'Маалыматтардын бул чыгарылышын мурунку жарыяланганы менен салыштыруу: топтомдор жана муниципалитеттер боюнча кошулган, өчүрүлгөн жана өзгөргөн саптар, эски жана жаңы маанилери менен.',
  'follow.feed': 'Чыгарылыштардын тасмасы (Atom)',
  'follow.changelog': 'Өзгөрүүлөрдүн журналы (JSON)',
  'follow.noPrevious': 'Мурунку чыгарылыш табылган жок: бул биринчи чыгарылыш.',
  'follow.noChanges': 'Мурунку чыгарылыштан бери маалыматтар өзгөргөн жок.',
  'follow.since': '{date} күнкү {version} чыгарылышына салыштырмалуу.',
  'follow.added': 'кошулган саптар: {n}',
  'follow.removed': 'өчүрүлгөн саптар: {n}',
  'follow.changed': 'өзгөргөн саптар: {n}',
  'follow.totals': 'Жалпы {column}: {before} болчу, {after} болду',
  'follow.corrected': '{date} оңдолгон, мурда {old} болчу',
  'follow.key': 'Сап (ачкыч)',
  'follow.column': 'Тилке',
  'follow.old': 'Болчу',
  'follow.new': 'Болду',
  'search.label': 'Сайттан издөө',
  'search.placeholder': 'Кыргызча, орусча же англисче сөз',
  'search.noJs': 'Издөө JavaScript менен иштейт; ансыз — маалыматтар каталогу',
};
