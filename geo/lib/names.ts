/** Names of the 1988 units in each convention (geo/sources/places.csv has the towns). */
import type { DistrictId } from './districts.ts';

export interface Names {
  en: string;
  hy: string;
  hy_script: string;
  az: string;
  ru: string;
  short_en: string;
  short_hy: string;
  short_az: string;
  short_ru: string;
}

export const DISTRICT_NAMES: Record<DistrictId, Names> = {
  nkao: {
    en: 'Nagorno-Karabakh Autonomous Oblast (NKAO, 1923–1991)',
    hy: 'Nagorno-Karabakh Autonomous Oblast',
    hy_script: 'Լեռնային Ղարաբաղի ինքնավար մարզ',
    az: 'Dağlıq Qarabağ Muxtar Vilayəti',
    ru: 'Нагорно-Карабахская автономная область',
    short_en: 'Former NKAO',
    short_hy: 'Former NKAO',
    short_az: 'Keçmiş DQMV',
    short_ru: 'Бывшая НКАО',
  },
  agdam: {
    en: 'Agdam district',
    hy: 'Akna (Agdam) district',
    hy_script: 'Ակնայի շրջան',
    az: 'Ağdam rayonu',
    ru: 'Агдамский район',
    short_en: 'Agdam',
    short_hy: 'Akna',
    short_az: 'Ağdam',
    short_ru: 'Агдам',
  },
  fuzuli: {
    en: 'Fuzuli district',
    hy: 'Varanda (Fuzuli) district',
    hy_script: 'Վարանդայի շրջան',
    az: 'Füzuli rayonu',
    ru: 'Физулинский район',
    short_en: 'Fuzuli',
    short_hy: 'Varanda',
    short_az: 'Füzuli',
    short_ru: 'Физули',
  },
  jabrayil: {
    en: 'Jabrayil district',
    hy: 'Jrakan (Jabrayil) district',
    hy_script: 'Ջրականի շրջան',
    az: 'Cəbrayıl rayonu',
    ru: 'Джебраильский район',
    short_en: 'Jabrayil',
    short_hy: 'Jrakan',
    short_az: 'Cəbrayıl',
    short_ru: 'Джебраил',
  },
  zangilan: {
    en: 'Zangilan district',
    hy: 'Kovsakan (Zangilan) district',
    hy_script: 'Կովսականի շրջան',
    az: 'Zəngilan rayonu',
    ru: 'Зангеланский район',
    short_en: 'Zangilan',
    short_hy: 'Kovsakan',
    short_az: 'Zəngilan',
    short_ru: 'Зангелан',
  },
  qubadli: {
    en: 'Qubadli district',
    hy: 'Kashunik (Qubadli) district',
    hy_script: 'Քաշունիքի շրջան',
    az: 'Qubadlı rayonu',
    ru: 'Губадлинский район',
    short_en: 'Qubadli',
    short_hy: 'Kashunik',
    short_az: 'Qubadlı',
    short_ru: 'Губадлы',
  },
  lachin: {
    en: 'Lachin district',
    hy: 'Berdzor (Lachin) district',
    hy_script: 'Բերձորի շրջան',
    az: 'Laçın rayonu',
    ru: 'Лачинский район',
    short_en: 'Lachin',
    short_hy: 'Berdzor',
    short_az: 'Laçın',
    short_ru: 'Лачин',
  },
  kalbajar: {
    en: 'Kalbajar district',
    hy: 'Karvachar (Kalbajar) district',
    hy_script: 'Քարվաճառի շրջան',
    az: 'Kəlbəcər rayonu',
    ru: 'Кельбаджарский район',
    short_en: 'Kalbajar',
    short_hy: 'Karvachar',
    short_az: 'Kəlbəcər',
    short_ru: 'Кельбаджар',
  },
};
