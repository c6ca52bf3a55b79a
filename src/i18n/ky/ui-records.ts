/** Жазуулар топтоочу беттердин бөлүмдөрү катары (17-маселе): жылдар боюнча беттер, бюджеттин топтору жыл бетинде, көчкөн даректер — кыргызча. */
import type { recordsUi as ru } from '../ru/ui-records.ts';

export const recordsUi: Record<keyof typeof ru, string> = {
  'records.hearingsOfYear': '{year}-жылдагы угуулар',
  'records.projectsOfYear': '{year}-жылдын долбоорлору',
  'records.projectsUndated': 'Жылы көрсөтүлбөгөн долбоорлор',
  'records.byYear': 'Жылдар боюнча',
  'records.noContest': 'Сынакка байланбаган демилгелер',
  'budgetGroups.title': '«Мунун ичинен» саптары',
  'notFound.municipality': '«{m}» муниципалитетинин барагы',
};
