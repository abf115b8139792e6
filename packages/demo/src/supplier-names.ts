/**
 * Fictitious Belgian suppliers. Names are a trade word with a common Flemish surname or an invented
 * brand, and a legal form ("Bouwbedrijf Peeters BV", "Scheldelink Infra NV"): company names only,
 * never a person's first name, address or enterprise number.
 */
import { SeededRandom } from './seeded-random.ts';

const SURNAMES = [
  'Peeters',
  'Janssens',
  'Maes',
  'Jacobs',
  'Mertens',
  'Willems',
  'Claes',
  'Goossens',
  'Wouters',
  'De Smet',
  'Hermans',
  'Aerts',
  'Michiels',
  'Lambrechts',
  'Verhoeven',
  'Van den Broeck',
  'Vermeulen',
  'Van Damme',
  'De Backer',
  'Coppens',
  'Cools',
  'Segers',
  'Claeys',
  'Martens',
  'Pauwels',
  'Hendrickx',
  'Smets',
  'Stevens',
  'Verstraete',
  'Declercq',
  'Wuyts',
  'Lemmens',
  'Bogaert',
  'Van Hoof',
  'Heylen',
  'Govaerts',
  'Vanhove',
  'Desmet',
  'Verbeke',
  'Geerts',
] as const;

const BRAND_STEMS = [
  'Schelde',
  'Kempen',
  'Leie',
  'Demer',
  'Nete',
  'Dijle',
  'Zenne',
  'Durme',
  'Mandel',
  'Polder',
  'Duin',
  'Heide',
  'Vlas',
  'Linde',
  'Noorder',
  'Zuider',
  'Ooster',
  'Wester',
  'Beemd',
  'Kouter',
] as const;

const BRAND_ENDINGS = ['link', 'tec', 'vorm', 'net', 'mark', 'lux', 'plan', 'pro', 'werk', 'gro'] as const;

/**
 * Name patterns per sector (a product group, or a finer trade within "overig"): `S` is a surname,
 * `B` a brand; small enterprises and large ones apart.
 */
const PATTERNS: Readonly<Record<string, { sme: readonly string[]; large: readonly string[] }>> = {
  papier: { sme: ['Papierhandel S BV', 'Kantoorbenodigdheden S BV'], large: ['B Office Supplies NV', 'B Paper NV'] },
  drukwerk: { sme: ['Drukkerij S BV', 'Grafisch Atelier S BV'], large: ['B Print NV', 'B Graphics NV'] },
  ict: { sme: ['S IT Solutions BV', 'Computerhuis S BV'], large: ['B Systems NV', 'B Digital NV'] },
  printers: { sme: ['Kantoortechniek S BV', 'Kopieercentrum S BV'], large: ['B Office Solutions NV', 'B Document Services NV'] },
  voertuigen: { sme: ['Garage S BV', 'Carrosserie S BV'], large: ['B Fleet NV', 'B Motors NV', 'B Bus & Coach NV'] },
  fietsen: { sme: ['Fietsen S BV', 'Tweewielers S BV'], large: ['B Bikes NV'] },
  schoonmaak: { sme: ['Schoonmaakbedrijf S BV', 'Glazenwasserij S BV', 'Maatwerkbedrijf B vzw'], large: ['B Facility Services NV', 'B Cleaning NV'] },
  catering: { sme: ['Traiteur S BV', 'Broodjeshuis S BV', 'Sociaal restaurant B vzw'], large: ['B Catering NV', 'B Food Services NV'] },
  meubilair: { sme: ['Schrijnwerkerij S BV', 'Interieur S BV', 'Kringloopcentrum B vzw'], large: ['B Office Furniture NV', 'B Interiors NV'] },
  textiel: { sme: ['Confectie S BV', 'Werkkledij S BV'], large: ['B Workwear NV', 'B Textiles NV'] },
  bouw: {
    sme: ['Bouwbedrijf S BV', 'S Wegenbouw BV', 'Aannemingen S BV', 'S & Zonen BV', 'Grondwerken S BV'],
    large: ['B Construct NV', 'B Infra NV', 'Waterbouw B NV', 'B Aannemingen NV'],
  },
  energie: { sme: ['Elektro S BV', 'Zonnetechniek S BV'], large: ['B Energie NV', 'B Power NV', 'Groene Stroom B CV'] },
  overig: { sme: ['S Consult BV', 'S & Partners BV', 'Dienstverlening S BV'], large: ['B Services NV', 'B Group NV'] },
  studiebureau: { sme: ['Architectenbureau S BV', 'Studiebureau S BV', 'Ingenieursbureau S BV'], large: ['B Engineering NV', 'B Architects NV'] },
  it: { sme: ['S IT Solutions BV', 'Softwarehuis S BV'], large: ['B Systems NV', 'B Digital NV', 'B Software NV'] },
  advies: { sme: ['Studiebureau S BV', 'S Consult BV', 'S & Partners BV'], large: ['B Consulting NV', 'B Research NV', 'B Advisory NV'] },
  opleiding: { sme: ['Opleidingscentrum S BV', 'Vormingsbureau S BV', 'Leerwerkplaats B vzw'], large: ['B Academy NV', 'B Learning NV'] },
  milieu: { sme: ['Groenonderhoud S BV', 'Containerdienst S BV', 'Maatwerkbedrijf B vzw'], large: ['B Recycling NV', 'B Environmental Services NV'] },
  techniek: { sme: ['Technieken S BV', 'Liftenbedrijf S BV'], large: ['B Technics NV', 'B Building Services NV'] },
  verzekering: { sme: ['Verzekeringskantoor S BV'], large: ['B Verzekeringen NV', 'B Assurance NV'] },
  telecom: { sme: ['Telecomservice S BV'], large: ['B Telecom NV', 'B Mobile NV'] },
  bewaking: { sme: ['Bewakingsdienst S BV'], large: ['B Security NV', 'B Protect NV'] },
  vertaling: { sme: ['Vertaalbureau S BV', 'Taalbureau S BV'], large: ['B Translations NV', 'B Language Services NV'] },
  brandstof: { sme: ['Brandstoffen S BV', 'Tankstation S BV'], large: ['B Fuels NV', 'B Energy Trading NV'] },
  vervoer: { sme: ['Autocars S BV', 'Busvervoer S BV'], large: ['B Travel NV', 'B Mobility NV'] },
  straatmeubilair: { sme: ['Metaalconstructie S BV'], large: ['B Urban Design NV', 'B Street Furniture NV'] },
};

export interface SupplierPool {
  sme: readonly string[];
  large: readonly string[];
}

const SME_SUPPLIERS = 24;
const LARGE_SUPPLIERS = 7;

function brand(random: SeededRandom): string {
  return random.pick(BRAND_STEMS) + random.pick(BRAND_ENDINGS);
}

function fill(pattern: string, random: SeededRandom): string {
  return pattern
    .split(' ')
    .map((word) => (word === 'S' ? random.pick(SURNAMES) : word === 'B' ? brand(random) : word))
    .join(' ');
}

function distinctNames(patterns: readonly string[], count: number, random: SeededRandom): string[] {
  const names = new Set<string>();
  // Bounded: the pattern space is far larger than the pool, so duplicates are rare.
  for (let attempt = 0; names.size < count && attempt < count * 20; attempt++) {
    names.add(fill(random.pick(patterns), random));
  }
  return [...names];
}

/** A fixed set of suppliers per sector for one seed, small enterprises and large ones apart. */
export function buildSupplierPools(seed: number): ReadonlyMap<string, SupplierPool> {
  const pools = new Map<string, SupplierPool>();
  for (const [sector, patterns] of Object.entries(PATTERNS)) {
    const random = SeededRandom.of(seed, 'suppliers', sector);
    pools.set(sector, {
      sme: distinctNames(patterns.sme, SME_SUPPLIERS, random),
      large: distinctNames(patterns.large, LARGE_SUPPLIERS, random),
    });
  }
  return pools;
}

/** A supplier from the pool, favouring the first few: a handful of firms win most contracts. */
export function pickSupplier(pool: readonly string[], random: SeededRandom): string {
  const u = random.next();
  return pool[Math.floor(u * u * pool.length)]!;
}
