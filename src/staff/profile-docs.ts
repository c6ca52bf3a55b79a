/**
 * What each field of `municipality.json` and of a `data/sources.json` entry means, for the
 * templates' README. A test checks these keys against the schemas in municipality.ts.
 */
import type { Lang } from '../datasets/problems.ts';

type Texts = Record<Lang, string>;

export const profileFields: Record<string, Texts> = {
  id: { ru: 'Идентификатор = имя папки (латиница, цифры, дефис)', ky: 'Идентификатор = папканын аты (латын тамгалары, цифралар, дефис)', en: 'Id = the folder name (Latin letters, digits, hyphen)' },
  name: { ru: 'Официальное название: ru, ky, en (null, если источник не называет)', ky: 'Расмий аталышы: ru, ky, en (булак атабаса null)', en: 'Official name: ru, ky, en (null where no source names it)' },
  kind: { ru: '"rural" — айылный аймак, "town" — город', ky: '"rural" — айылдык аймак, "town" — шаар', en: '"rural" — rural municipality, "town" — town' },
  region: { ru: 'Область: ru, ky, en (или null)', ky: 'Облус: ru, ky, en (же null)', en: 'Region: ru, ky, en (or null)' },
  district: { ru: 'Район: ru, ky, en (или null)', ky: 'Район: ru, ky, en (же null)', en: 'District: ru, ky, en (or null)' },
  villages: { ru: 'Сёла: список {"ru", "ky"}', ky: 'Айылдар: {"ru", "ky"} тизмеси', en: 'Villages: a list of {"ru", "ky"}' },
  households: { ru: 'Число дворов (хозяйств)', ky: 'Үй чарбаларынын саны', en: 'Households' },
  population: { ru: 'Население, чел. (по нему проверяются числа участников и бенефициаров)', ky: 'Калкы, киши (катышуучулардын жана пайда алуучулардын сандары ушуну менен текшерилет)', en: 'Population (participants and beneficiaries are checked against it)' },
  area_ha: { ru: 'Площадь, га', ky: 'Аянты, га', en: 'Area, ha' },
  distance_km: { ru: 'Расстояние, км: до районного центра, областного центра, столицы', ky: 'Аралык, км: райондук борборго, облустук борборго, борборго (Бишкекке)', en: 'Distance, km: to the district centre, region centre, capital' },
  council: { ru: 'Айылный кенеш: депутатов всего (members), из них женщин (women)', ky: 'Айылдык кеңеш: депутаттар бардыгы (members), анын ичинде аялдар (women)', en: 'Council: deputies (members), of whom women (women)' },
  staff: { ru: 'Сотрудники айыл окмоту: всего (members), из них женщин (women)', ky: 'Айыл өкмөтүнүн кызматкерлери: бардыгы (members), анын ичинде аялдар (women)', en: 'Municipal staff: total (members), of whom women (women)' },
  facilities: { ru: 'Объекты: список {"name_ru", "count"} (школы, ФАП, клуб…)', ky: 'Объекттер: {"name_ru", "count"} тизмеси (мектептер, ФАП, клуб…)', en: 'Facilities: a list of {"name_ru", "count"} (schools, health posts, club…)' },
  businesses: { ru: 'Предприятия: список {"name_ru", "count"}', ky: 'Ишканалар: {"name_ru", "count"} тизмеси', en: 'Businesses: a list of {"name_ru", "count"}' },
  programme: { ru: 'Программа или проект поддержки (или null)', ky: 'Колдоо программасы же долбоору (же null)', en: 'Support programme or project (or null)' },
  situation_before: { ru: 'Ситуация до: список {"text_ru", "source"}', ky: 'Мурунку абал: {"text_ru", "source"} тизмеси', en: 'Situation before: a list of {"text_ru", "source"}' },
  results: { ru: 'Результаты: список {"text_ru", "source"}', ky: 'Натыйжалар: {"text_ru", "source"} тизмеси', en: 'Results: a list of {"text_ru", "source"}' },
  commitments: { ru: 'Обязательства и планы: список {"text_ru", "source"}', ky: 'Милдеттенмелер жана пландар: {"text_ru", "source"} тизмеси', en: 'Commitments and plans: a list of {"text_ru", "source"}' },
  profile_source: { ru: 'Откуда сведения профиля: {"doc": id из sources.json, "section": раздел}', ky: 'Профилдин маалыматы кайдан: {"doc": sources.json ичиндеги id, "section": бөлүмү}', en: 'Where the profile comes from: {"doc": id in sources.json, "section": section}' },
  notes_ru: { ru: 'Примечания (расхождения в источниках)', ky: 'Түшүндүрмөлөр (булактардагы дал келбестиктер)', en: 'Notes (discrepancies in the sources)' },
};

export const sourceFields: Record<string, Texts> = {
  id: { ru: 'Идентификатор документа (на него ссылается source_doc)', ky: 'Документтин идентификатору (source_doc ага шилтеме берет)', en: 'Document id (what source_doc refers to)' },
  file: { ru: 'Имя файла документа', ky: 'Документтин файлынын аты', en: 'File name of the document' },
  title_ru: { ru: 'Название документа', ky: 'Документтин аталышы', en: 'Title of the document' },
  kind_ru: { ru: 'Вид документа (постановление, протокол, отчёт…)', ky: 'Документтин түрү (токтом, протокол, отчет…)', en: 'Kind of document (resolution, minutes, report…)' },
  municipality: { ru: 'id айылного аймака', ky: 'Айылдык аймактын id', en: 'Id of the municipality' },
  language: { ru: 'Языки документа: ["ru"], ["ky"] или ["ru", "ky"]', ky: 'Документтин тилдери: ["ru"], ["ky"] же ["ru", "ky"]', en: 'Languages of the document: ["ru"], ["ky"] or ["ru", "ky"]' },
  date_note_ru: { ru: 'Дата документа или пояснение к ней (или null)', ky: 'Документтин датасы же ага түшүндүрмө (же null)', en: 'Date of the document or a note on it (or null)' },
};
