// International and well-known organisations: names, acronyms, codes. Facts, authored here.
// country: "IGO" for intergovernmental organisations (as PLOVER/CAMEO code them), "IMG" for armed groups that
// act across borders (CAMEO's international militarized groups), else ISO alpha-3.

export interface OrgRecord {
  id: string;
  name: string;
  aliases: string[];
  country: string;
  sector: string;
}

export const ORGANIZATIONS: OrgRecord[] = [
  { id: 'UN', name: 'United Nations', aliases: ['UN', 'U.N.', 'the United Nations'], country: 'IGO', sector: 'IGO' },
  { id: 'UNSC', name: 'UN Security Council', aliases: ['Security Council', 'United Nations Security Council', 'U.N. Security Council', 'UNSC'], country: 'IGO', sector: 'IGO' },
  { id: 'UNGA', name: 'UN General Assembly', aliases: ['General Assembly', 'United Nations General Assembly', 'U.N. General Assembly'], country: 'IGO', sector: 'IGO' },
  { id: 'EU', name: 'European Union', aliases: ['EU', 'E.U.'], country: 'IGO', sector: 'IGO' },
  { id: 'EC', name: 'European Commission', aliases: ['the Commission'], country: 'IGO', sector: 'IGO' },
  { id: 'EP', name: 'European Parliament', aliases: [], country: 'IGO', sector: 'IGO' },
  { id: 'NATO', name: 'NATO', aliases: ['North Atlantic Treaty Organization', 'the Alliance', 'OTAN'], country: 'IGO', sector: 'IGO' },
  { id: 'CSTO', name: 'Collective Security Treaty Organization', aliases: ['CSTO', 'ODKB'], country: 'IGO', sector: 'IGO' },
  { id: 'EAEU', name: 'Eurasian Economic Union', aliases: ['EAEU', 'EEU'], country: 'IGO', sector: 'IGO' },
  { id: 'CU', name: 'Customs Union', aliases: ['Eurasian Customs Union'], country: 'IGO', sector: 'IGO' },
  { id: 'CIS', name: 'Commonwealth of Independent States', aliases: ['CIS'], country: 'IGO', sector: 'IGO' },
  { id: 'SCO', name: 'Shanghai Cooperation Organisation', aliases: ['SCO', 'Shanghai Cooperation Organization'], country: 'IGO', sector: 'IGO' },
  { id: 'OSCE', name: 'Organization for Security and Co-operation in Europe', aliases: ['OSCE', 'Organization for Security and Cooperation in Europe'], country: 'IGO', sector: 'IGO' },
  { id: 'COE', name: 'Council of Europe', aliases: [], country: 'IGO', sector: 'IGO' },
  { id: 'AU', name: 'African Union', aliases: ['AU'], country: 'IGO', sector: 'IGO' },
  { id: 'ASEAN', name: 'Association of Southeast Asian Nations', aliases: ['ASEAN'], country: 'IGO', sector: 'IGO' },
  { id: 'ARAB_LEAGUE', name: 'Arab League', aliases: ['League of Arab States'], country: 'IGO', sector: 'IGO' },
  { id: 'OPEC', name: 'OPEC', aliases: ['Organization of the Petroleum Exporting Countries'], country: 'IGO', sector: 'IGO' },
  { id: 'IMF', name: 'International Monetary Fund', aliases: ['IMF'], country: 'IGO', sector: 'IGO' },
  { id: 'WB', name: 'World Bank', aliases: [], country: 'IGO', sector: 'IGO' },
  { id: 'WTO', name: 'World Trade Organization', aliases: ['WTO'], country: 'IGO', sector: 'IGO' },
  { id: 'WHO', name: 'World Health Organization', aliases: ['WHO'], country: 'IGO', sector: 'IGO' },
  { id: 'IAEA', name: 'International Atomic Energy Agency', aliases: ['IAEA'], country: 'IGO', sector: 'IGO' },
  { id: 'ICC', name: 'International Criminal Court', aliases: ['ICC'], country: 'IGO', sector: 'IGO' },
  { id: 'ICJ', name: 'International Court of Justice', aliases: ['ICJ'], country: 'IGO', sector: 'IGO' },
  { id: 'G7', name: 'G7', aliases: ['Group of Seven', 'G-7'], country: 'IGO', sector: 'IGO' },
  { id: 'G20', name: 'G20', aliases: ['Group of Twenty', 'G-20'], country: 'IGO', sector: 'IGO' },
  { id: 'BRICS', name: 'BRICS', aliases: [], country: 'IGO', sector: 'IGO' },
  { id: 'OAS', name: 'Organization of American States', aliases: ['OAS'], country: 'IGO', sector: 'IGO' },
  { id: 'ECB', name: 'European Central Bank', aliases: ['ECB'], country: 'IGO', sector: 'IGO' },
  { id: 'UNHCR', name: 'UNHCR', aliases: ['UN refugee agency', 'U.N. refugee agency'], country: 'IGO', sector: 'IGO' },
  { id: 'UNICEF', name: 'UNICEF', aliases: [], country: 'IGO', sector: 'IGO' },
  { id: 'INTERPOL', name: 'Interpol', aliases: ['INTERPOL', 'International Criminal Police Organization'], country: 'IGO', sector: 'IGO' },
  { id: 'OECD', name: 'OECD', aliases: ['Organisation for Economic Co-operation and Development', 'Organization for Economic Cooperation and Development'], country: 'IGO', sector: 'IGO' },
  { id: 'GCC', name: 'Gulf Cooperation Council', aliases: ['GCC', 'Cooperation Council for the Arab States of the Gulf'], country: 'IGO', sector: 'IGO' },
  { id: 'ECOWAS', name: 'Economic Community of West African States', aliases: ['ECOWAS'], country: 'IGO', sector: 'IGO' },
  { id: 'EAC', name: 'East African Community', aliases: [], country: 'IGO', sector: 'IGO' },
  { id: 'SADC', name: 'Southern African Development Community', aliases: ['SADC'], country: 'IGO', sector: 'IGO' },
  { id: 'CARICOM', name: 'Caribbean Community', aliases: ['CARICOM'], country: 'IGO', sector: 'IGO' },
  { id: 'MERCOSUR', name: 'Mercosur', aliases: ['MERCOSUR', 'Mercosul'], country: 'IGO', sector: 'IGO' },
  { id: 'APEC', name: 'Asia-Pacific Economic Cooperation', aliases: ['APEC'], country: 'IGO', sector: 'IGO' },
  { id: 'OIC', name: 'Organisation of Islamic Cooperation', aliases: ['OIC', 'Organization of Islamic Cooperation'], country: 'IGO', sector: 'IGO' },
  { id: 'RED_CROSS', name: 'International Committee of the Red Cross', aliases: ['ICRC', 'Red Cross'], country: 'NGO', sector: 'NGO' },
  { id: 'AMNESTY', name: 'Amnesty International', aliases: [], country: 'NGO', sector: 'NGO' },
  { id: 'HRW', name: 'Human Rights Watch', aliases: ['HRW'], country: 'NGO', sector: 'NGO' },
  { id: 'MSF', name: 'Doctors Without Borders', aliases: ['MSF', 'Medecins Sans Frontieres', 'Médecins Sans Frontières'], country: 'NGO', sector: 'NGO' },
  { id: 'HAMAS', name: 'Hamas', aliases: [], country: 'PSE', sector: 'REB' },
  { id: 'HEZBOLLAH', name: 'Hezbollah', aliases: ['Hizbollah'], country: 'LBN', sector: 'REB' },
  { id: 'TALIBAN', name: 'Taliban', aliases: ['the Taliban'], country: 'AFG', sector: 'REB' },
  { id: 'ISIS', name: 'Islamic State', aliases: ['ISIS', 'ISIL', 'IS', 'Daesh', 'Islamic State of Iraq and the Levant', 'Islamic State of Iraq and Syria'], country: 'IMG', sector: 'REB' },
  { id: 'AL_QAEDA', name: 'Al-Qaeda', aliases: ['al-Qaeda', 'al Qaeda', 'Al Qaeda', 'al-Qaida', 'Al-Qaida'], country: 'IMG', sector: 'REB' },
  { id: 'REUTERS', name: 'Reuters', aliases: [], country: 'GBR', sector: 'MED' },
  { id: 'AP', name: 'Associated Press', aliases: ['AP'], country: 'USA', sector: 'MED' },
  { id: 'AFP', name: 'Agence France-Presse', aliases: ['AFP'], country: 'FRA', sector: 'MED' },
  { id: 'TASS', name: 'TASS', aliases: [], country: 'RUS', sector: 'MED' },
  { id: 'BBC', name: 'BBC', aliases: [], country: 'GBR', sector: 'MED' },
];
