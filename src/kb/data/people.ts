// Well-known political figures: the state (ISO alpha-3, or IGO) each acts for and their sector.
// Facts, authored here. An article's own titles ("Russian Prime Minister ...") still add roles.

export interface PersonRecord {
  name: string;
  /** Other ways news writes the full name. */
  aliases?: string[];
  country: string;
  sector: string;
}

const p = (name: string, country: string, sector = 'GOV', aliases: string[] = []): PersonRecord => ({ name, country, sector, aliases });

export const PEOPLE: PersonRecord[] = [
  // Russia
  p('Vladimir Putin', 'RUS'), p('Dmitry Medvedev', 'RUS'), p('Mikhail Mishustin', 'RUS'), p('Sergei Lavrov', 'RUS', 'GOV', ['Sergey Lavrov']),
  p('Sergei Shoigu', 'RUS', 'MIL', ['Sergey Shoigu']), p('Dmitry Peskov', 'RUS'), p('Maria Zakharova', 'RUS'), p('Valery Gerasimov', 'RUS', 'MIL'),
  p('Andrei Belousov', 'RUS'), p('Boris Yeltsin', 'RUS'), p('Alexei Navalny', 'RUS', 'OPP', ['Alexey Navalny']), p('Mikhail Gorbachev', 'RUS'),
  // Ukraine
  p('Volodymyr Zelensky', 'UKR', 'GOV', ['Volodymyr Zelenskyy', 'Volodymyr Zelenskiy']), p('Petro Poroshenko', 'UKR'), p('Viktor Yanukovych', 'UKR'),
  p('Dmytro Kuleba', 'UKR'), p('Andrii Sybiha', 'UKR'), p('Denys Shmyhal', 'UKR'), p('Yulia Tymoshenko', 'UKR'),
  // South Caucasus, Central Asia, Turkey, Iran
  p('Ilham Aliyev', 'AZE'), p('Heydar Aliyev', 'AZE'), p('Jeyhun Bayramov', 'AZE'), p('Nikol Pashinyan', 'ARM'), p('Ararat Mirzoyan', 'ARM'),
  p('Serzh Sargsyan', 'ARM'), p('Robert Kocharyan', 'ARM'), p('Vahagn Khachaturyan', 'ARM'), p('Irakli Kobakhidze', 'GEO'), p('Salome Zourabichvili', 'GEO'),
  p('Mikheil Saakashvili', 'GEO'), p('Bidzina Ivanishvili', 'GEO'), p('Kassym-Jomart Tokayev', 'KAZ'), p('Nursultan Nazarbayev', 'KAZ'),
  p('Shavkat Mirziyoyev', 'UZB'), p('Emomali Rahmon', 'TJK'), p('Sadyr Japarov', 'KGZ'), p('Serdar Berdimuhamedow', 'TKM'),
  p('Recep Tayyip Erdogan', 'TUR', 'GOV', ['Recep Tayyip Erdoğan', 'Tayyip Erdogan']), p('Hakan Fidan', 'TUR'), p('Mevlut Cavusoglu', 'TUR'),
  p('Ali Khamenei', 'IRN', 'GOV', ['Ayatollah Ali Khamenei']), p('Hassan Rouhani', 'IRN'), p('Ebrahim Raisi', 'IRN'), p('Masoud Pezeshkian', 'IRN'),
  p('Mahmoud Ahmadinejad', 'IRN'), p('Mohammad Javad Zarif', 'IRN'), p('Abbas Araghchi', 'IRN'),
  // Middle East
  p('Benjamin Netanyahu', 'ISR'), p('Naftali Bennett', 'ISR'), p('Yair Lapid', 'ISR'), p('Ehud Olmert', 'ISR'), p('Isaac Herzog', 'ISR'), p('Yoav Gallant', 'ISR'),
  p('Mahmoud Abbas', 'PSE', 'GOV', ['Mahmud Abbas']), p('Ismail Haniyeh', 'PSE', 'REB'), p('Yahya Sinwar', 'PSE', 'REB'), p('Bashar al-Assad', 'SYR', 'GOV', ['Bashar Assad']),
  p('Ahmed al-Sharaa', 'SYR'), p('Abdel Fattah al-Sisi', 'EGY', 'GOV', ['Abdel Fattah el-Sisi']), p('Hosni Mubarak', 'EGY'), p('Mohamed Morsi', 'EGY'),
  p('Mohammed bin Salman', 'SAU'), p('King Salman', 'SAU'), p('Mohamed bin Zayed', 'ARE'), p('Tamim bin Hamad Al Thani', 'QAT'), p('King Abdullah II', 'JOR'),
  p('Michel Aoun', 'LBN'), p('Michel Suleiman', 'LBN'), p('Najib Mikati', 'LBN'), p('Hassan Nasrallah', 'LBN', 'REB'), p('Nouri al-Maliki', 'IRQ'),
  p('Mohammed Shia al-Sudani', 'IRQ'), p('Saddam Hussein', 'IRQ'),
  // Europe
  p('Emmanuel Macron', 'FRA'), p('Nicolas Sarkozy', 'FRA'), p('Francois Hollande', 'FRA', 'GOV', ['François Hollande']), p('Olaf Scholz', 'DEU'),
  p('Angela Merkel', 'DEU'), p('Friedrich Merz', 'DEU'), p('Annalena Baerbock', 'DEU'), p('Keir Starmer', 'GBR'), p('Rishi Sunak', 'GBR'),
  p('Boris Johnson', 'GBR'), p('Theresa May', 'GBR'), p('David Cameron', 'GBR'), p('Gordon Brown', 'GBR'), p('Tony Blair', 'GBR'),
  p('Giorgia Meloni', 'ITA'), p('Pedro Sanchez', 'ESP', 'GOV', ['Pedro Sánchez']), p('Viktor Orban', 'HUN', 'GOV', ['Viktor Orbán']),
  p('Andrzej Duda', 'POL'), p('Donald Tusk', 'POL'), p('Alexander Lukashenko', 'BLR', 'GOV', ['Aleksandr Lukashenko']), p('Maia Sandu', 'MDA'),
  p('Aleksandar Vucic', 'SRB', 'GOV', ['Aleksandar Vučić']), p('Mark Rutte', 'NLD'), p('Ursula von der Leyen', 'IGO', 'IGO'), p('Charles Michel', 'IGO', 'IGO'),
  p('Josep Borrell', 'IGO', 'IGO'), p('Kaja Kallas', 'IGO', 'IGO'), p('Antonio Costa', 'IGO', 'IGO', ['António Costa']), p('Jens Stoltenberg', 'IGO', 'IGO'),
  p('Antonio Guterres', 'IGO', 'IGO', ['António Guterres']), p('Ban Ki-moon', 'IGO', 'IGO'), p('Kofi Annan', 'IGO', 'IGO'), p('Rafael Grossi', 'IGO', 'IGO'),
  // Americas
  p('Joe Biden', 'USA'), p('Donald Trump', 'USA'), p('Barack Obama', 'USA'), p('George W. Bush', 'USA', 'GOV', ['George Bush']), p('Bill Clinton', 'USA'),
  p('Hillary Clinton', 'USA'), p('Kamala Harris', 'USA'), p('JD Vance', 'USA', 'GOV', ['J.D. Vance']), p('Mike Pence', 'USA'), p('Antony Blinken', 'USA'),
  p('Marco Rubio', 'USA'), p('John Kerry', 'USA'), p('Mike Pompeo', 'USA'), p('Condoleezza Rice', 'USA'), p('Lloyd Austin', 'USA', 'MIL'),
  p('Pete Hegseth', 'USA', 'MIL'), p('David Petraeus', 'USA', 'MIL'), p('Justin Trudeau', 'CAN'), p('Mark Carney', 'CAN'),
  p('Luiz Inacio Lula da Silva', 'BRA', 'GOV', ['Luiz Inácio Lula da Silva', 'Lula da Silva']), p('Jair Bolsonaro', 'BRA'), p('Javier Milei', 'ARG'),
  p('Andres Manuel Lopez Obrador', 'MEX', 'GOV', ['Andrés Manuel López Obrador']), p('Claudia Sheinbaum', 'MEX'), p('Nicolas Maduro', 'VEN', 'GOV', ['Nicolás Maduro']),
  p('Hugo Chavez', 'VEN', 'GOV', ['Hugo Chávez']), p('Fidel Castro', 'CUB'), p('Raul Castro', 'CUB', 'GOV', ['Raúl Castro']), p('Gustavo Petro', 'COL'),
  // Asia and Africa
  p('Xi Jinping', 'CHN'), p('Li Qiang', 'CHN'), p('Wang Yi', 'CHN'), p('Hu Jintao', 'CHN'), p('Li Keqiang', 'CHN'), p('Narendra Modi', 'IND'),
  p('Subrahmanyam Jaishankar', 'IND', 'GOV', ['S. Jaishankar']), p('Manmohan Singh', 'IND'), p('Shehbaz Sharif', 'PAK'), p('Imran Khan', 'PAK'),
  p('Nawaz Sharif', 'PAK'), p('Kim Jong Un', 'PRK', 'GOV', ['Kim Jong-un']), p('Kim Jong Il', 'PRK', 'GOV', ['Kim Jong-il']), p('Yoon Suk Yeol', 'KOR'),
  p('Lee Jae-myung', 'KOR'), p('Moon Jae-in', 'KOR'), p('Fumio Kishida', 'JPN'), p('Shinzo Abe', 'JPN'), p('Shigeru Ishiba', 'JPN'), p('Sanae Takaichi', 'JPN'),
  p('Ferdinand Marcos Jr.', 'PHL'), p('Rodrigo Duterte', 'PHL'), p('Joko Widodo', 'IDN'), p('Prabowo Subianto', 'IDN'), p('Anwar Ibrahim', 'MYS'),
  p('Hamid Karzai', 'AFG'), p('Ashraf Ghani', 'AFG'), p('Cyril Ramaphosa', 'ZAF'), p('Jacob Zuma', 'ZAF'), p('Bola Tinubu', 'NGA'),
  p('Abiy Ahmed', 'ETH'), p('William Ruto', 'KEN'), p('Paul Kagame', 'RWA'), p('Yoweri Museveni', 'UGA'), p('Robert Mugabe', 'ZWE'),
  p('Emmerson Mnangagwa', 'ZWE'), p('Muammar Gaddafi', 'LBY'), p('Omar al-Bashir', 'SDN'), p('Abdel Fattah al-Burhan', 'SDN', 'MIL'),
];
