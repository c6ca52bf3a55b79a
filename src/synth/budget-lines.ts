/**
 * A simplified budget classification for a rural municipality: revenue codes and
 * expenditure lines (functional section × economic item), labelled in ru/ky/en, with a
 * weight for the share of the budget each usually takes.
 */

export interface Label {
  ru: string;
  ky: string;
  en: string;
}

export interface BudgetLine extends Label {
  code: string;
  direction: 'revenue' | 'expenditure';
  weight: number;
  /** Lines every budget has; the rest are drawn per municipality and year. */
  core: boolean;
}

const REVENUE: Array<[code: string, ru: string, ky: string, en: string, weight: number, core?: boolean]> = [
  ['1111', 'Подоходный налог с физических лиц', 'Жеке адамдардын кирешесине салык', 'Personal income tax', 8, true],
  ['1211', 'Земельный налог', 'Жер салыгы', 'Land tax', 10, true],
  ['1212', 'Налог на имущество', 'Мүлк салыгы', 'Property tax', 5, true],
  ['1311', 'Единый налог', 'Бирдиктүү салык', 'Single tax', 3],
  ['1321', 'Налог на основе патента', 'Патенттин негизиндеги салык', 'Patent-based tax', 2],
  ['1411', 'Налог с продаж', 'Сатуудан алынуучу салык', 'Sales tax', 3],
  ['1421', 'Местные сборы', 'Жергиликтүү жыйымдар', 'Local fees', 1],
  ['1431', 'Плата за пользование пастбищами', 'Жайыттарды пайдалануу үчүн төлөм', 'Pasture use fees', 3],
  ['1511', 'Арендная плата за земли Фонда перераспределения сельхозугодий', 'Айыл чарба жерлерин кайра бөлүштүрүү фондунун жерлерин ижарага берүүдөн түшкөн акы', 'Lease of land from the farmland redistribution fund', 6],
  ['1521', 'Доходы от платных услуг', 'Акы төлөнүүчү кызматтардан түшкөн кирешелер', 'Fees for services', 1],
  ['1531', 'Штрафы и санкции', 'Айыптар жана санкциялар', 'Fines and penalties', 0.5],
  ['1611', 'Выравнивающий грант', 'Теңдештирүүчү грант', 'Equalisation grant', 30, true],
  ['1621', 'Стимулирующий грант', 'Стимулдаштыруучу грант', 'Stimulating grant', 6],
  ['1631', 'Целевые трансферты из республиканского бюджета', 'Республикалык бюджеттен максаттуу трансферттер', 'Earmarked transfers from the republican budget', 8],
  ['1711', 'Добровольные взносы', 'Ыктыярдуу төгүмдөр', 'Voluntary contributions', 1],
  ['1712', 'Гранты доноров', 'Донорлордун гранттары', 'Donor grants', 4],
];

const SECTIONS: Array<[code: string, ru: string, ky: string, en: string, items: string[]]> = [
  ['0111', 'Аппарат айыл окмоту', 'Айыл өкмөтүнүн аппараты', 'Municipal executive office', ['2111', '2121', '2211', '2212', '2214', '2215', '2221', '2222', '2223', '3113']],
  ['0112', 'Айылный кенеш', 'Айылдык кеңеш', 'Municipal council', ['2111', '2121', '2215']],
  ['0360', 'Общественный порядок', 'Коомдук тартип', 'Public order', ['2215']],
  ['0451', 'Дорожное хозяйство', 'Жол чарбасы', 'Roads', ['2214', '2221', '3111', '3112']],
  ['0490', 'Местные инициативы', 'Жергиликтүү демилгелер', 'Local initiatives', ['2821']],
  ['0530', 'Вывоз мусора', 'Таштандыларды чыгаруу', 'Waste collection', ['2214', '2215', '3113']],
  ['0620', 'Благоустройство', 'Абаттандыруу', 'Public amenities', ['2111', '2215', '2221']],
  ['0630', 'Водоснабжение', 'Суу менен камсыздоо', 'Water supply', ['2221', '2222', '3111', '3112']],
  ['0640', 'Уличное освещение', 'Көчөлөрдү жарыктандыруу', 'Street lighting', ['2221', '2222', '3113']],
  ['0810', 'Спорт', 'Спорт', 'Sport', ['2111', '2215']],
  ['0820', 'Культура (клубы, библиотеки)', 'Маданият (клубдар, китепканалар)', 'Culture (clubs, libraries)', ['2111', '2121', '2221', '2222', '2223']],
  ['0911', 'Дошкольное образование (детские сады)', 'Мектепке чейинки билим берүү (балдар бакчалары)', 'Pre-school education (kindergartens)', ['2111', '2121', '2215', '2221', '2222', '2223', '3111']],
  ['1040', 'Социальная защита', 'Социалдык коргоо', 'Social protection', ['2711']],
];

const ITEMS: Record<string, [ru: string, ky: string, en: string, weight: number]> = {
  '2111': ['заработная плата', 'эмгек акы', 'wages', 12],
  '2121': ['взносы в Социальный фонд', 'Социалдык фондго төгүмдөр', 'social fund contributions', 3],
  '2211': ['командировочные расходы', 'иш сапар чыгымдары', 'travel', 0.5],
  '2212': ['услуги связи', 'байланыш кызматтары', 'communications', 0.5],
  '2214': ['транспортные услуги', 'транспорт кызматтары', 'transport services', 1.5],
  '2215': ['прочие товары и услуги', 'башка товарлар жана кызматтар', 'other goods and services', 2],
  '2221': ['текущий ремонт', 'учурдагы оңдоо', 'current repairs', 3],
  '2222': ['коммунальные услуги', 'коммуналдык кызматтар', 'utilities', 2],
  '2223': ['уголь и топливо', 'көмүр жана күйүүчү май', 'coal and fuel', 2.5],
  '2711': ['социальные пособия', 'социалдык жөлөкпулдар', 'social benefits', 2],
  '2821': ['субсидии и гранты', 'субсидиялар жана гранттар', 'subsidies and grants', 2],
  '3111': ['капитальный ремонт', 'капиталдык оңдоо', 'capital repairs', 5],
  '3112': ['строительство', 'курулуш', 'construction', 6],
  '3113': ['приобретение оборудования', 'жабдууларды сатып алуу', 'equipment', 2],
};

const CORE_EXPENDITURE = new Set(['0111.2111', '0111.2121', '0111.2222', '0911.2111', '0820.2111', '0640.2222']);

export const BUDGET_LINES: readonly BudgetLine[] = [
  ...REVENUE.map(([code, ru, ky, en, weight, core]) => ({ code, direction: 'revenue' as const, ru, ky, en, weight, core: core === true })),
  ...SECTIONS.flatMap(([section, sru, sky, sen, items]) =>
    items.map((item) => {
      const [ru, ky, en, weight] = ITEMS[item]!;
      const code = `${section}.${item}`;
      return { code, direction: 'expenditure' as const, ru: `${sru}: ${ru}`, ky: `${sky}: ${ky}`, en: `${sen}: ${en}`, weight, core: CORE_EXPENDITURE.has(code) };
    }),
  ),
];
