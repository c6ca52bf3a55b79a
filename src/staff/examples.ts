/**
 * Example rows for the staff templates: one invented municipality ("primer") whose files
 * together pass every check, written the way staff type them in Excel ("1 250 000", "12,0",
 * "14.02.2025", "да"). Every row's note starts with «ПРИМЕР» so no one mistakes it for data.
 * `npm run templates` writes them to data/templates/examples/; a test loads them as a data folder.
 */
import type { Municipality, SourceDocument } from '../datasets/municipality.ts';
import type { DatasetName, datasets } from '../datasets/registry.ts';

export const EXAMPLE_MARK = 'ПРИМЕР';
export const EXAMPLE_ID = 'primer';

type ExampleRow<K extends DatasetName> = { [C in keyof (typeof datasets)[K]['columns']]?: string };
export type ExampleRows = { [K in DatasetName]: Array<ExampleRow<K>> };

const BUDGET = { source_doc: 'primer-budget-2025' };
const REPORT = { source_doc: 'primer-report-2025' };

export const exampleRows: ExampleRows = {
  budget: [
    { year: '2025', direction: 'revenue', phase: 'approved', code: '', label_ru: 'Земельный налог', label_ky: 'Жер салыгы', label_en: 'Land tax', amount_som: '1 250 000', ...BUDGET, source_section: 'Приложение 1. Доходы', note: 'ПРИМЕР: строка доходов утверждённого бюджета' },
    { year: '2025', direction: 'expenditure', phase: 'approved', code: '2111', label_ru: 'Заработная плата', label_ky: 'Эмгек акы', label_en: 'Wages', amount_som: '3 480 500', ...BUDGET, source_section: 'Приложение 2. Расходы', note: 'ПРИМЕР: код — по бюджетной классификации, если известен' },
    { year: '2025', direction: 'expenditure', phase: 'executed', code: '2111', label_ru: 'Заработная плата', label_ky: 'Эмгек акы', label_en: 'Wages', amount_som: '', ...REPORT, source_section: 'Исполнение бюджета', note: 'ПРИМЕР: сумма исполнения ещё не известна — ячейка пустая, не 0' },
  ],
  hearings: [
    { id: 'obs-2025-02-14', date: '14.02.2025', type: 'execution', participants: '86', women: '41', deputies: '7', topics_ru: 'Отчёт об исполнении бюджета за 2024 год', decisions_ru: 'Одобрить отчёт об исполнении бюджета за 2024 год|Вывесить отчёт на доске объявлений', title_ru: 'Слушания по исполнению бюджета за 2024 год', ...REPORT, source_section: 'Общественные слушания', note: 'ПРИМЕР: несколько тем или решений — через «|»' },
    { id: 'obs-2025-06-20', date: '20.06.2025', type: 'formation', participants: '112', women: '58', deputies: '', topics_ru: 'Проект бюджета на 2026 год|Приоритеты сёл', decisions_ru: 'Включить ремонт водопровода в проект бюджета на 2026 год', title_ru: 'Слушания по формированию бюджета на 2026 год', ...REPORT, source_section: 'Общественные слушания', note: 'ПРИМЕР: число депутатов не указано — ячейка пустая, не 0' },
  ],
  hearing_outcomes: [
    { id: 'outcome-2025-02-14', hearing: 'obs-2025-02-14', date: '14.02.2025', participants: '86', decision_ru: 'Одобрен отчёт об исполнении бюджета за 2024 год', amount_som: '', ...REPORT, source_section: 'Результаты слушаний', note: 'ПРИМЕР' },
    { id: 'outcome-2025-06', hearing: '', date: '06.2025', participants: '', decision_ru: 'Распределение 1 650 000 сомов на ремонт водопровода', amount_som: '1 650 000', ...REPORT, source_section: 'Результаты слушаний', note: 'ПРИМЕР: известен только месяц, слушание не указано' },
  ],
  stated_totals: [
    { id: 'hearings-2025-participants', dataset: 'hearings', filter: '', column: 'participants', stated: '198', label_ru: 'Всего участвовали 198 человек', ...REPORT, source_section: 'Общественные слушания', note: 'ПРИМЕР: итог, как напечатан; сайт сверяет его с суммой строк' },
    { id: 'hearings-2025-execution-women', dataset: 'hearings', filter: 'type=execution', column: 'women', stated: '41', label_ru: 'из них женщин — 41', ...REPORT, source_section: 'Общественные слушания', note: 'ПРИМЕР: фильтр выбирает только слушания по исполнению' },
  ],
  contests: [
    {
      id: 'mi-2025',
      year: '2025',
      title_ru: 'Конкурс местных инициатив 2025 года',
      regulation_by_ru: 'Айылный кенеш',
      regulation_number: '12',
      regulation_date: '15.01.2025',
      model_regulation_ru: '',
      priorities_ru: 'работа с детьми и молодёжью|развитие физической культуры и спорта',
      allocation_som: '100 000',
      allocation_as_written: '100,0 тыс. сом',
      commission_size: '5',
      commission_ru: 'специалист АО, два депутата АК, два представителя сообщества',
      applications: '4',
      steps_ru: 'Объявлен конкурс|Проведена разъяснительная работа|Комиссия определила победителей',
      results_ru: '',
      ...REPORT,
      source_section: 'Конкурс местных инициатив',
      note: 'ПРИМЕР: сумма «как написано» должна давать то же число, что allocation_som',
    },
  ],
  contest_plan: [
    { contest: 'mi-2025', number: '1.', lang: 'ru', step: 'Объявить конкурс и разъяснить порядок подачи заявок', responsible: 'Айыл окмоту', documents: 'Объявление, фотографии', deadline: '01.03.2025', deadline_as_written: 'до 1 марта 2025 года', ...REPORT, source_section: 'План работы по конкурсу', note: 'ПРИМЕР' },
    { contest: 'mi-2025', number: '2.', lang: 'ky', step: 'Арыздарды кабыл алуу жана каттоо', responsible: 'Комиссия', documents: 'Арыздардын реестри', deadline: '31.03.2025', deadline_as_written: '2025-жылдын 31-мартына чейин', ...REPORT, source_section: 'План работы по конкурсу', note: 'ПРИМЕР: текст на кыргызском — lang = ky' },
  ],
  initiatives: [
    {
      id: 'sport-dlya-vseh',
      contest: 'mi-2025',
      title_ru: '«Спорт для всех»',
      winner: 'да',
      goal_ru: 'Создать условия для занятий спортом детей и молодёжи',
      applicant_name: '',
      applicant_consent: 'нет',
      group_ru: 'Инициативная группа села Ак-Булак',
      events_count: '3',
      events_ru: 'Турнир по волейболу|Турнир по мини-футболу|Семейная эстафета',
      villages_count: '1',
      participants_total: '120',
      boys: '40',
      girls: '35',
      children: '75',
      children_disabilities: '5',
      children_migrants: '12',
      total_som: '60 000',
      total_as_written: '60,0 тыс. сом',
      results_ru: 'Куплен спортивный инвентарь для школы',
      ...REPORT,
      source_section: 'Победители конкурса',
      note: 'ПРИМЕР: согласия нет — имя заявителя не пишем, только группу',
    },
    {
      id: 'chistyi-park',
      contest: 'mi-2025',
      title_ru: '«Чистый парк»',
      winner: 'да',
      goal_ru: 'Благоустроить парк в центре села',
      applicant_name: 'Айгүл Асанова',
      applicant_consent: 'да',
      group_ru: 'Молодёжный комитет села Жаңы-Айыл',
      events_count: '2',
      events_ru: 'Субботник|Посадка деревьев',
      villages_count: '1',
      participants_total: '45',
      total_som: '60 000',
      total_as_written: '60 000 сом',
      results_ru: 'Посажено 50 деревьев',
      ...REPORT,
      source_section: 'Победители конкурса',
      note: 'ПРИМЕР: имя публикуется только с записанным согласием (applicant_consent = да)',
    },
    { id: 'novaya-scena', contest: 'mi-2025', title_ru: '«Новая сцена»', winner: 'нет', goal_ru: 'Отремонтировать сцену сельского клуба', applicant_consent: 'нет', ...REPORT, source_section: 'Заявки на конкурс', note: 'ПРИМЕР: заявка, не ставшая победителем (winner = нет)' },
  ],
  funding: [
    { owner_type: 'initiative', owner: 'sport-dlya-vseh', position: '1', source_type: 'local_budget', source_name_ru: 'Местный бюджет', amount_som: '40 000', amount_as_written: '40,0 тыс. сом', in_kind: 'нет', purpose_ru: 'спортивный инвентарь', ...REPORT, source_section: 'Бюджет инициативы «Спорт для всех»', note: 'ПРИМЕР' },
    { owner_type: 'initiative', owner: 'sport-dlya-vseh', position: '2', source_type: 'residents_labour', source_name_ru: 'Трудовой вклад родителей', amount_som: '20 000', amount_as_written: '20,0 тыс. сом', in_kind: 'да', purpose_ru: 'подготовка площадки', ...REPORT, source_section: 'Бюджет инициативы «Спорт для всех»', note: 'ПРИМЕР: труд — неденежный вклад, in_kind = да' },
    { owner_type: 'initiative', owner: 'chistyi-park', position: '1', source_type: 'local_budget', source_name_ru: 'Местный бюджет', amount_som: '50 000', amount_as_written: '50 000 сом', in_kind: 'нет', purpose_ru: 'саженцы, инструменты', ...REPORT, source_section: 'Бюджет инициативы «Чистый парк»', note: 'ПРИМЕР' },
    { owner_type: 'initiative', owner: 'chistyi-park', position: '2', source_type: 'residents_cash', source_name_ru: 'Жители села', amount_som: '10 000', amount_as_written: '10 000 сом', in_kind: 'нет', purpose_ru: 'краска, скамейки', ...REPORT, source_section: 'Бюджет инициативы «Чистый парк»', note: 'ПРИМЕР' },
    { owner_type: 'project', owner: 'water-pipe', position: '1', source_type: 'local_budget', source_name_ru: 'Местный бюджет', amount_som: '300 000', amount_as_written: '300 000 сом', in_kind: 'нет', purpose_ru: 'трубы', ...REPORT, source_section: 'Ремонт водопровода', note: 'ПРИМЕР' },
    { owner_type: 'project', owner: 'water-pipe', position: '2', source_type: 'republican_budget', source_name_ru: 'Республиканский бюджет', amount_som: '1 200 000', amount_as_written: '1,2 млн сом', in_kind: 'нет', purpose_ru: 'работы подрядчика', ...REPORT, source_section: 'Ремонт водопровода', note: 'ПРИМЕР' },
    { owner_type: 'project', owner: 'water-pipe', position: '3', source_type: 'residents_labour', source_name_ru: 'Трудовой вклад жителей', amount_som: '150 000', amount_as_written: '150 000 сом', in_kind: 'да', purpose_ru: 'земляные работы', ...REPORT, source_section: 'Ремонт водопровода', note: 'ПРИМЕР' },
    { owner_type: 'plan', owner: 'psd-2025-2027', position: '1', source_type: 'residents_cash', source_name_ru: 'Вклад населения', amount_som: '350 000', amount_as_written: '350 тыс. сом', in_kind: 'нет', purpose_ru: '', ...REPORT, source_section: 'План совместных действий', note: 'ПРИМЕР: источник финансирования плана' },
  ],
  appraisals: [{ id: 'pra-2024', year: '2024', title_ru: 'СИНС 2024 года: выявление приоритетных проблем', ...REPORT, source_section: 'СИНС', note: 'ПРИМЕР' }],
  priorities: [
    { id: 'pp-2024-water', appraisal: 'pra-2024', rank: '1', title_ru: 'Нехватка питьевой воды в селе Ак-Булак', title_ky: 'Ак-Булак айылында ичүүчү суунун жетишсиздиги', title_en: 'Shortage of drinking water in Ak-Bulak', ...REPORT, source_section: 'Приоритетные проблемы', note: 'ПРИМЕР' },
    { id: 'pp-2024-roads', appraisal: 'pra-2024', rank: '2', title_ru: 'Плохое состояние внутренних дорог', title_ky: '', title_en: '', ...REPORT, source_section: 'Приоритетные проблемы', note: 'ПРИМЕР: перевод можно оставить пустым' },
  ],
  initiative_groups: [
    { id: 'ig-bulak', name: 'ИГ «Булак»', appraisal: 'pra-2024', priorities: 'pp-2024-water', problems_as_written: 'нехватка питьевой воды', members: '7', ...REPORT, source_section: 'Инициативные группы', note: 'ПРИМЕР: несколько проблем — id через «|»' },
  ],
  action_plans: [
    {
      id: 'psd-2025-2027',
      title_ru: 'План совместных действий на 2025–2027 годы',
      year_from: '2025',
      year_to: '2027',
      adopted_by_ru: 'Айылный кенеш',
      resolution_number: '45',
      adopted_date: '20.12.2024',
      problems_count: '2',
      activities_count: '6',
      participants: '150',
      women: '70',
      total_cost_som: '4 500 000',
      residents_som: '350 000',
      investment_som: '2 000 000',
      ...REPORT,
      source_section: 'План совместных действий',
      note: 'ПРИМЕР: план принят в декабре года перед своим периодом — так бывает',
    },
  ],
  projects: [
    {
      id: 'water-pipe',
      title_ru: 'Ремонт водопровода в селе Ак-Булак',
      title_ky: 'Ак-Булак айылындагы суу түтүгүн оңдоо',
      title_en: 'Repair of the water supply in Ak-Bulak',
      plan: 'psd-2025-2027',
      priorities: 'pp-2024-water',
      villages_ru: 'Ак-Булак',
      year: '2025',
      beneficiaries_direct: '850',
      beneficiaries_indirect: '400',
      beneficiaries_total: '1250',
      total_som: '1 650 000',
      total_as_written: '1 650 000 сом',
      results_ru: 'Отремонтировано 2,5 км водопровода|Подключено 120 домов',
      ...REPORT,
      source_section: 'Ремонт водопровода',
      note: 'ПРИМЕР: итог равен сумме источников вместе с трудовым вкладом',
    },
  ],
  project_outputs: [
    { project: 'water-pipe', position: '1', quantity: '2,5', unit_ru: 'км', description_ru: 'Отремонтировано 2,5 км водопровода', ...REPORT, source_section: 'Ремонт водопровода', note: 'ПРИМЕР' },
    { project: 'water-pipe', position: '2', quantity: '120', unit_ru: 'домов', description_ru: 'Подключено 120 домов', ...REPORT, source_section: 'Ремонт водопровода', note: 'ПРИМЕР' },
  ],
  events: [
    { id: 'pra-2024-sessions', type: 'pra_session', group: 'pra-2024', appraisal: 'pra-2024', date_from: '01.03.2024', date_to: '31.03.2024', count: '4', participants: '180', women: '95', deputies: '', age_18_35: '60', age_36_55: '70', age_55_plus: '50', title_ru: 'Сессии СИНС в трёх сёлах', ...REPORT, source_section: 'СИНС', note: 'ПРИМЕР: возрастные группы вместе не больше числа участников' },
    { id: 'training-2025-04', type: 'training', group: '', appraisal: '', date_from: '10.04.2025', date_to: '', count: '1', participants: '25', women: '12', deputies: '5', title_ru: 'Тренинг «Бюджетный процесс и общественные слушания»', ...REPORT, source_section: 'Тренинги', note: 'ПРИМЕР' },
  ],
  event_topics: [
    { event_id: 'training-2025-04', position: '1', topic_ru: 'Бюджетный процесс в айылном аймаке', ...REPORT, source_section: 'Тренинги', note: 'ПРИМЕР' },
    { event_id: 'training-2025-04', position: '2', topic_ru: 'Как проводить общественные слушания', ...REPORT, source_section: 'Тренинги', note: 'ПРИМЕР' },
  ],
  monitoring_groups: [
    { id: 'smio-2025', resolution_as_printed: 'Постановление АК № 47 от 10.03.2025', resolution_number: '47', resolution_date: '10.03.2025', resolution_reading_note: '', members: '7', women: '3', deputies: '2', community_leaders: '2', project: 'water-pipe', checked_ru: 'качество работ|соблюдение сроков|акты приёмки', ...REPORT, source_section: 'Мониторинг', note: 'ПРИМЕР' },
  ],
  surveys: [
    { id: 'survey-2025', year: '2025', respondents: '150', scale_max: '5', score: '3,9', method_ru: 'анкетирование в трёх сёлах', conclusion_ru: 'население в целом удовлетворено услугами', ...REPORT, source_section: 'Оценка услуг', note: 'ПРИМЕР: балл пишется с запятой, как в Excel' },
  ],
};

export const exampleProfile: Municipality = {
  id: EXAMPLE_ID,
  name: { ru: 'Примерный айылный аймак', ky: 'Мисал айылдык аймагы', en: 'Example rural municipality' },
  kind: 'rural',
  region: { ru: 'Иссык-Кульская область', ky: 'Ысык-Көл облусу', en: 'Issyk-Kul Region' },
  district: null,
  villages: [
    { ru: 'Ак-Булак', ky: 'Ак-Булак' },
    { ru: 'Жаны-Айыл', ky: 'Жаңы-Айыл' },
    { ru: 'Кок-Жар', ky: null },
  ],
  households: 1100,
  population: 5200,
  area_ha: 12500,
  distance_km: { district_centre: 25, region_centre: 60, capital: 380 },
  council: { members: 15, women: 4 },
  staff: { members: 14, women: 6 },
  facilities: [
    { name_ru: 'Школы', count: 3 },
    { name_ru: 'ФАП', count: 2 },
  ],
  businesses: [{ name_ru: 'Торговые точки', count: 9 }],
  programme: null,
  situation_before: [],
  results: [{ text_ru: 'Жители участвовали в двух общественных слушаниях по бюджету', source: { doc: 'primer-report-2025', section: 'Итоги года' } }],
  commitments: [],
  profile_source: { doc: 'primer-report-2025', section: 'Общие сведения' },
  notes_ru: ['ПРИМЕР: профиль вымышленного айылного аймака — образец заполнения; район не указан (null).'],
};

export const exampleSources: SourceDocument[] = [
  {
    id: 'primer-budget-2025',
    file: 'primer-budget-2025.pdf',
    title_ru: 'ПРИМЕР: Постановление айылного кенеша об утверждении местного бюджета на 2025 год',
    kind_ru: 'Постановление айылного кенеша',
    municipality: EXAMPLE_ID,
    language: ['ru', 'ky'],
    date_note_ru: 'Принято 20.12.2024.',
  },
  {
    id: 'primer-report-2025',
    file: 'primer-report-2025.pdf',
    title_ru: 'ПРИМЕР: Отчёт айыл окмоту об участии граждан в бюджетном процессе за 2025 год',
    kind_ru: 'Отчёт',
    municipality: EXAMPLE_ID,
    language: ['ru'],
    date_note_ru: null,
  },
];
