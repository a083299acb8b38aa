// Regions, continents and oceans: places that are not countries or cities. Facts, authored here;
// continent points are GeoNames' (CONT features).
export interface RegionRecord {
  id: string;
  name: string;
  aliases: string[];
  lat: number;
  lon: number;
  /** Country the region lies in, when it lies in one. */
  country?: string;
}

export const REGIONS: RegionRecord[] = [
  { id: 'europe', name: 'Europe', aliases: [], lat: 48.69, lon: 9.14 },
  { id: 'asia', name: 'Asia', aliases: [], lat: 29.84, lon: 89.3 },
  { id: 'africa', name: 'Africa', aliases: [], lat: 7.19, lon: 21.09 },
  { id: 'north-america', name: 'North America', aliases: [], lat: 46.07, lon: -100.55 },
  { id: 'south-america', name: 'South America', aliases: ['Latin America'], lat: -14.6, lon: -57.66 },
  { id: 'oceania', name: 'Oceania', aliases: [], lat: -18.31, lon: 138.52 },
  { id: 'antarctica', name: 'Antarctica', aliases: [], lat: -80, lon: 0 },
  { id: 'atlantic', name: 'Atlantic', aliases: ['Atlantic Ocean', 'North Atlantic', 'South Atlantic'], lat: 10, lon: -30 },
  { id: 'pacific', name: 'Pacific', aliases: ['Pacific Ocean', 'South Pacific', 'North Pacific'], lat: 0, lon: -160 },
  { id: 'indian-ocean', name: 'Indian Ocean', aliases: [], lat: -10, lon: 75 },
  { id: 'arctic', name: 'Arctic', aliases: ['Arctic Ocean'], lat: 80, lon: 0 },
  { id: 'middle-east', name: 'Middle East', aliases: ['Mideast'], lat: 29, lon: 45 },
  { id: 'caucasus', name: 'Caucasus', aliases: ['Transcaucasus', 'Transcaucasia', 'South Caucasus', 'North Caucasus'], lat: 42, lon: 45 },
  { id: 'central-asia', name: 'Central Asia', aliases: [], lat: 45, lon: 68 },
  { id: 'balkans', name: 'Balkans', aliases: ['the Balkans', 'Western Balkans'], lat: 43, lon: 20 },
  { id: 'baltics', name: 'Baltic States', aliases: ['Baltics', 'the Baltics'], lat: 57, lon: 24 },
  { id: 'scandinavia', name: 'Scandinavia', aliases: [], lat: 62, lon: 15 },
  { id: 'sahel', name: 'Sahel', aliases: [], lat: 15, lon: 0 },
  { id: 'persian-gulf', name: 'Persian Gulf', aliases: ['Gulf', 'Arabian Gulf'], lat: 26, lon: 52 },
  { id: 'black-sea', name: 'Black Sea', aliases: [], lat: 43, lon: 35 },
  { id: 'caspian-sea', name: 'Caspian Sea', aliases: ['Caspian'], lat: 41.7, lon: 50.6 },
  { id: 'mediterranean', name: 'Mediterranean', aliases: ['Mediterranean Sea'], lat: 35, lon: 18 },
  { id: 'red-sea', name: 'Red Sea', aliases: [], lat: 20, lon: 38 },
  { id: 'baltic-sea', name: 'Baltic Sea', aliases: [], lat: 58, lon: 20 },
  { id: 'south-china-sea', name: 'South China Sea', aliases: [], lat: 12, lon: 113 },
  { id: 'eurasia', name: 'Eurasia', aliases: [], lat: 50, lon: 80 },
  { id: 'west', name: 'West', aliases: ['the West'], lat: 48, lon: -30 },
  { id: 'karabakh', name: 'Karabakh', aliases: ['Nagorno-Karabakh', 'Nagorno Karabakh', 'Artsakh'], lat: 39.82, lon: 46.75, country: 'AZE' },
  { id: 'crimea', name: 'Crimea', aliases: [], lat: 45.3, lon: 34.4, country: 'UKR' },
  { id: 'donbas', name: 'Donbas', aliases: ['Donbass'], lat: 48.0, lon: 38.0, country: 'UKR' },
  { id: 'kashmir', name: 'Kashmir', aliases: [], lat: 34.5, lon: 76, country: 'IND' },
  { id: 'siberia', name: 'Siberia', aliases: [], lat: 60, lon: 105, country: 'RUS' },
  { id: 'zangezur', name: 'Zangezur', aliases: ['Syunik'], lat: 39.3, lon: 46.2, country: 'ARM' },
];
