/** What the staff commands print, in Kyrgyz: npm run new:municipality and npm run preview:data. */
import type { CliTexts } from '../types.ts';

export const cli: CliTexts = {
  newMunicipality: {
    /** The section a new profile points to in its source (data text: the profile is written in Russian). */
    profileSection: 'Айылдык аймак жөнүндө жалпы маалымат',
    usage: 'Жаңы айылдык аймактын id көрсөтүңүз: npm run new:municipality -- kara-suu',
    badId: (x: string, why: string) => `«${x}» id катары ылайыктуу эмес: ${why}`,
    exists: (p: string) => `${p} папкасы мурун эле бар — маалыматтар өчүп калбашы үчүн эч нерсе өзгөргөн жок. Башка id тандаңыз же ушул папкадагы файлдарды оңдоңуз.`,
    noSources: (p: string) => `${p} окулган жок. npm run validate иштетиңиз — ал эмнени оңдоо керектигин көрсөтөт.`,
    noDoc: (d: string, p: string) => `${p} ичинде «${d}» документи жок. Аны ошол жерге кошуңуз же --source көрсөтпөңүз.`,
    created: (p: string) => `${p} папкасы түзүлдү:`,
    addedSource: (d: string, p: string) => `${p} файлына «${d}» жазуусу кошулду: документтин аталышын (title_ru), түрүн (kind_ru) жана файлын жазыңыз.`,
    next: 'Андан ары: municipality.json файлын (белгисизди null калтырыңыз) жана таблицаларды толтуруп, npm run validate иштетиңиз.',
    check: 'Жаңы папканы текшерүү:',
  },
  preview: {
    bad: 'Маалыматтарда каталар бар — сайт курулган жок. Аларды оңдоп, буйрукту кайра иштетиңиз.',
    building: (dir: string) => `Сайтты ${dir} папкасынан куруп жатам …`,
    buildFailed: 'Сайтты куруу ишке ашкан жок (билдирүүлөр жогоруда).',
    open: (dir: string, url: string) => `${dir} папкасынын сайты бул компьютерде ачык: ${url}\nТоктотуу: Ctrl+C.`,
  },
};
