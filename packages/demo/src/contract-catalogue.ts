/**
 * What the demo entities buy: per product group, CPV codes with plausible Dutch titles, the size
 * of a typical contract and how the group leans on each indicator. Every CPV code maps back to
 * its group through `productGroupForCpv` (checked in the tests), and check digits are written only
 * where they were verified against the CPV 2008 list.
 */

/** Kinds of work only some entities do: roads, waterways, the coast, public transport, nature, training. */
export type EntityTag = 'road' | 'water' | 'coast' | 'transit' | 'nature' | 'training';

export interface CatalogueItem {
  /** 8 digits, with `-` and check digit where verified. */
  cpv: string;
  /** Title variants; `{plaats}`, `{weg}`, `{waterweg}`, `{haven}`, `{jaar}`, `{volgendJaar}`, `{onderwerp}` are filled in. */
  titles: readonly string[];
  /** Relative frequency within its group (default 1). */
  weight?: number;
  /** Multiplies the group's median value (a bus costs more than a van). */
  valueFactor?: number;
  /** Logit offset of being an innovative purchase. */
  innovation?: number;
  /** Only entities with this tag buy it. */
  requires?: EntityTag;
  /** The kind of supplier that wins it, when not the group's own (see supplier-names.ts). */
  sector?: string;
}

export interface CatalogueGroup {
  /** Product-group code of the registry. */
  group: string;
  /** Base share of records before an entity's own mix. */
  share: number;
  /** Median amount above the registration floor, in euro. */
  medianEur: number;
  /** Spread of the log-normal amount. */
  sigma: number;
  /** Probability that a contract is a call-off under a framework agreement. */
  framework: number;
  /** Logit offsets per indicator. */
  sustainability: number;
  innovation: number;
  social: number;
  circular: number;
  sme: number;
  items: readonly CatalogueItem[];
}

/** Amounts start here: records are registered from about €30,000, a few just under. */
export const VALUE_FLOOR_EUR = 20_000;

export const CATALOGUE: readonly CatalogueGroup[] = [
  {
    group: 'papier', share: 0.03, medianEur: 24_000, sigma: 0.8, framework: 0.65,
    sustainability: 0.3, innovation: -1.2, social: -0.3, circular: 0.2, sme: 0.2,
    items: [
      { cpv: '30197630-1', titles: ['Levering van kantoorpapier', 'Levering van gerecycleerd kopieerpapier', 'Levering van printpapier A4 en A3'], weight: 2 },
      { cpv: '30199000', titles: ['Levering van enveloppen en briefpapier', 'Levering van papierwaren'] },
      { cpv: '33760000', titles: ['Levering van sanitair papier', 'Levering van toiletpapier en handdoekpapier'] },
    ],
  },
  {
    group: 'drukwerk', share: 0.05, medianEur: 35_000, sigma: 0.9, framework: 0.35,
    sustainability: 0.2, innovation: -1, social: -0.2, circular: 0, sme: 0.8,
    items: [
      { cpv: '79810000-5', titles: ['Drukken van brochures en folders', 'Drukwerk voor het jaarverslag {jaar}', 'Drukken van informatiebrochures'], weight: 2 },
      { cpv: '79800000-2', titles: ['Druk- en afwerkingsdiensten', 'Drukken van affiches en flyers'] },
      { cpv: '22000000', titles: ['Drukwerk voor een sensibiliseringscampagne', 'Drukken en verzenden van het personeelsblad'] },
    ],
  },
  {
    group: 'ict', share: 0.08, medianEur: 110_000, sigma: 1.1, framework: 0.5,
    sustainability: 0, innovation: 0.7, social: -0.3, circular: 0.5, sme: -0.5,
    items: [
      { cpv: '30213000-5', titles: ["Levering van pc's en laptops", 'Vervanging van het pc-park'], weight: 2 },
      { cpv: '30213100-6', titles: ['Levering van draagbare computers', 'Levering van laptops voor medewerkers'] },
      { cpv: '30231000', titles: ['Levering van beeldschermen', 'Levering van schermen en dockingstations'] },
      { cpv: '30200000', titles: ['Levering van ICT-hardware', 'Levering van servers en opslag', 'Levering van netwerkapparatuur'], valueFactor: 1.8, innovation: 0.4 },
    ],
  },
  {
    group: 'printers', share: 0.03, medianEur: 60_000, sigma: 0.9, framework: 0.6,
    sustainability: 0.2, innovation: -0.8, social: -0.3, circular: 0.3, sme: -0.2,
    items: [
      { cpv: '30120000', titles: ['Huur en onderhoud van multifunctionele toestellen', 'Leasing van kopieertoestellen'], weight: 2 },
      { cpv: '30125100-2', titles: ['Levering van tonercartridges', 'Levering van inktpatronen en toners'] },
      { cpv: '30232100-5', titles: ['Levering van printers en plotters', 'Levering van grootformaatprinters'] },
    ],
  },
  {
    group: 'voertuigen', share: 0.04, medianEur: 140_000, sigma: 0.9, framework: 0.5,
    sustainability: 0, innovation: 0.3, social: -0.6, circular: -0.2, sme: -0.8,
    items: [
      { cpv: '34110000-1', titles: ['Aankoop van dienstwagens', 'Leasing van personenwagens'], weight: 2 },
      { cpv: '34144900-7', titles: ['Levering van elektrische dienstwagens', 'Levering van elektrische voertuigen'], innovation: 0.8 },
      { cpv: '34130000', titles: ['Levering van bestelwagens', 'Levering van lichte vrachtwagens'] },
      { cpv: '34121000-1', titles: ['Levering van stadsbussen', 'Levering van streekbussen', 'Levering van hybride bussen'], weight: 4, valueFactor: 12, requires: 'transit' },
      { cpv: '34144910', titles: ['Levering van elektrische bussen', 'Proefproject met elektrische bussen'], weight: 2, valueFactor: 14, innovation: 1.5, requires: 'transit' },
    ],
  },
  {
    group: 'fietsen', share: 0.01, medianEur: 20_000, sigma: 0.6, framework: 0.5,
    sustainability: 0.4, innovation: -0.5, social: -0.2, circular: 0.2, sme: 0.6,
    items: [
      { cpv: '34430000-0', titles: ['Levering van dienstfietsen', 'Levering van elektrische dienstfietsen', 'Leasing van fietsen voor woon-werkverkeer'] },
    ],
  },
  {
    group: 'schoonmaak', share: 0.05, medianEur: 90_000, sigma: 1, framework: 0.3,
    sustainability: 0.1, innovation: -1, social: 1.2, circular: -0.2, sme: 0.1,
    items: [
      { cpv: '90911200-8', titles: ['Schoonmaak van kantoorgebouwen', 'Schoonmaak van de gebouwen in {plaats}'], weight: 2 },
      { cpv: '90919200-4', titles: ['Schoonmaak van kantoren', 'Schoonmaakdiensten voor de regionale kantoren'] },
      { cpv: '90911300', titles: ['Glazenwassen', 'Reinigen van ramen en gevels'] },
      { cpv: '39830000', titles: ['Levering van schoonmaakproducten', 'Levering van ecologische reinigingsmiddelen'], valueFactor: 0.4 },
    ],
  },
  {
    group: 'catering', share: 0.05, medianEur: 60_000, sigma: 1, framework: 0.3,
    sustainability: 0, innovation: -1.2, social: 1, circular: -0.4, sme: 0.5,
    items: [
      { cpv: '55520000-1', titles: ['Catering voor evenementen', 'Catering voor de nieuwjaarsreceptie', 'Broodjeslunches voor vergaderingen'], weight: 2, valueFactor: 0.5 },
      { cpv: '55300000', titles: ['Uitbating van het personeelsrestaurant', 'Uitbating van de cafetaria in {plaats}'], valueFactor: 2 },
      { cpv: '15000000-8', titles: ['Levering van voedingsmiddelen', 'Levering van fairtrade koffie en thee', 'Levering van dranken'] },
    ],
  },
  {
    group: 'meubilair', share: 0.04, medianEur: 50_000, sigma: 0.9, framework: 0.5,
    sustainability: 0.1, innovation: -0.6, social: 0, circular: 1.3, sme: 0.2,
    items: [
      { cpv: '39130000-2', titles: ['Levering van kantoormeubilair', 'Levering van bureaus en kasten', 'Inrichting van de nieuwe kantoren in {plaats}'], weight: 2 },
      { cpv: '39100000', titles: ['Levering van meubilair', 'Levering van ergonomische bureaustoelen', 'Levering van hergebruikt meubilair'] },
    ],
  },
  {
    group: 'textiel', share: 0.03, medianEur: 35_000, sigma: 0.8, framework: 0.4,
    sustainability: 0, innovation: -0.8, social: 1, circular: 0.4, sme: 0.3,
    items: [
      { cpv: '18110000-3', titles: ['Levering van werkkledij', 'Levering van werkkledij voor de technische ploegen'], weight: 2 },
      { cpv: '18100000', titles: ['Levering van beschermende kledij', 'Levering van signalisatiekledij'] },
      { cpv: '18000000', titles: ['Levering van uniformen', 'Levering van dienstkledij'] },
    ],
  },
  {
    group: 'bouw', share: 0.17, medianEur: 260_000, sigma: 1.15, framework: 0.1,
    sustainability: -0.1, innovation: -0.2, social: 0.4, circular: 0.6, sme: 0.5,
    items: [
      { cpv: '45453000-7', titles: ['Renovatie van het kantoorgebouw in {plaats}', 'Renovatie van sanitaire blokken', 'Herstelling van daken en gevels in {plaats}'], weight: 2 },
      { cpv: '45210000-2', titles: ['Bouw van een nieuw administratief centrum in {plaats}', 'Bouw van een opslagloods in {plaats}'], valueFactor: 3 },
      { cpv: '45000000-7', titles: ['Algemene bouwwerken', 'Onderhoudswerken aan gebouwen'] },
      { cpv: '71300000-1', titles: ['Studieopdracht stabiliteit en technieken', 'Ingenieursdiensten voor een project in {plaats}'], valueFactor: 0.35, sector: 'studiebureau' },
      { cpv: '71000000', titles: ['Architectuuropdracht voor de renovatie van een gebouw in {plaats}', 'Ontwerpopdracht voor een nieuw kantoorgebouw'], valueFactor: 0.4, sector: 'studiebureau' },
      { cpv: '45233141-9', titles: ['Onderhoud gewestwegen', 'Onderhoud gewestwegen in {plaats}', 'Herstelling van wegverhardingen op de {weg}'], weight: 6, valueFactor: 1.5, requires: 'road' },
      { cpv: '45233162-2', titles: ['Aanleg van fietspaden langs de {weg}', 'Aanleg van een fietssnelweg in {plaats}'], weight: 3, valueFactor: 1.5, requires: 'road' },
      { cpv: '45233140-2', titles: ['Wegenwerken op de {weg}', 'Heraanleg van een kruispunt op de {weg} in {plaats}'], weight: 4, valueFactor: 2.5, requires: 'road' },
      { cpv: '45316000', titles: ['Onderhoud van verkeerslichten', 'Vernieuwing van de openbare verlichting langs de {weg}'], weight: 2, valueFactor: 0.8, innovation: 0.5, requires: 'road' },
      { cpv: '45240000', titles: ['Baggerwerken op {waterweg}', 'Vernieuwing van een sluis op {waterweg}', 'Waterbouwkundige werken op {waterweg}'], weight: 4, valueFactor: 4, requires: 'water' },
      { cpv: '45246000', titles: ['Oeverversterkingswerken langs {waterweg}', 'Herstelling van jaagpaden langs {waterweg}'], weight: 3, valueFactor: 1.5, requires: 'water' },
      { cpv: '45241000', titles: ['Herstelling van kaaimuren in de haven van {haven}', 'Havenwerken in {haven}'], weight: 2, valueFactor: 4, requires: 'coast' },
      { cpv: '45246000', titles: ['Zandsuppletie voor de kustverdediging in {haven}', 'Versterking van de zeedijk in {haven}'], weight: 3, valueFactor: 2, requires: 'coast' },
      { cpv: '45240000', titles: ['Onderhoudsbaggerwerken in de haven van {haven}'], weight: 2, valueFactor: 2, requires: 'coast' },
      { cpv: '45234100', titles: ['Vernieuwing van tramsporen in {plaats}', 'Heraanleg van een tramlijn in {plaats}'], weight: 3, valueFactor: 4, requires: 'transit' },
      { cpv: '45213000', titles: ['Bouw van een stelplaats in {plaats}', 'Renovatie van een stelplaats in {plaats}'], weight: 1, valueFactor: 4, requires: 'transit' },
      { cpv: '45112700', titles: ['Inrichtingswerken in een natuurgebied in {plaats}', 'Aanleg van wandelpaden in {plaats}'], weight: 4, valueFactor: 0.6, requires: 'nature' },
      { cpv: '45232410', titles: ['Rioleringswerken in {plaats}', 'Aanleg van een overstromingsgebied in {plaats}'], weight: 2, valueFactor: 1.5, requires: 'nature' },
    ],
  },
  {
    group: 'energie', share: 0.03, medianEur: 250_000, sigma: 1.2, framework: 0.7,
    sustainability: 0.2, innovation: 0.5, social: -0.8, circular: -0.3, sme: -1.5,
    items: [
      { cpv: '09310000-5', titles: ['Levering van elektriciteit', 'Levering van groene stroom', 'Levering van elektriciteit voor {jaar}-{volgendJaar}'], weight: 3 },
      { cpv: '09300000-2', titles: ['Levering van elektriciteit en warmte', 'Levering van energie voor de gebouwen'] },
      { cpv: '09331200-0', titles: ['Levering en plaatsing van zonnepanelen', 'Zonnepanelen op het dak van het gebouw in {plaats}'], valueFactor: 0.4, innovation: 0.8 },
      { cpv: '65300000', titles: ['Aansluiting op het distributienet', 'Elektriciteitsdistributie'], valueFactor: 0.3 },
    ],
  },
  {
    group: 'overig', share: 0.34, medianEur: 75_000, sigma: 1.1, framework: 0.2,
    sustainability: 0, innovation: 0, social: 0, circular: -0.3, sme: 0.3,
    items: [
      { cpv: '72000000-5', titles: ['IT-dienstverlening', 'Ondersteuning van de IT-infrastructuur'], weight: 2, valueFactor: 2, sector: 'it' },
      { cpv: '72200000', titles: ['Ontwikkeling van een webapplicatie', 'Softwareontwikkeling voor het dossierbeheersysteem'], weight: 2, valueFactor: 2, innovation: 1, sector: 'it' },
      { cpv: '48000000-8', titles: ['Softwarelicenties', 'Verlenging van de softwarelicenties'], sector: 'it' },
      { cpv: '79400000-8', titles: ['Managementadvies', 'Begeleiding van een veranderingstraject'], sector: 'advies' },
      { cpv: '79341000-6', titles: ['Communicatiecampagne', 'Mediacampagne over {onderwerp}'], sector: 'advies' },
      { cpv: '80500000-9', titles: ['Opleidingen voor medewerkers', 'Taalopleidingen voor medewerkers'], sector: 'opleiding' },
      { cpv: '80530000-8', titles: ['Beroepsopleiding voor werkzoekenden', 'Opleidingstrajecten voor werkzoekenden in {plaats}'], weight: 8, requires: 'training', sector: 'opleiding' },
      { cpv: '73000000', titles: ['Onderzoeksopdracht over {onderwerp}', 'Wetenschappelijk onderzoek naar {onderwerp}', 'Haalbaarheidsstudie over {onderwerp}'], weight: 1.5, innovation: 2, sector: 'advies' },
      { cpv: '90500000', titles: ['Ophaling van afval', 'Inzameling en verwerking van bedrijfsafval'], sector: 'milieu' },
      { cpv: '77310000-6', titles: ['Groenonderhoud', 'Onderhoud van groenzones in {plaats}'], sector: 'milieu' },
      { cpv: '50000000', titles: ['Onderhoud van technische installaties', 'Onderhoud van liften'], sector: 'techniek' },
      { cpv: '66510000', titles: ['Verzekeringen', 'Verzekering van het wagenpark'], sector: 'verzekering' },
      { cpv: '64200000', titles: ['Telecommunicatiediensten', 'Mobiele telefonie'], sector: 'telecom' },
      { cpv: '79710000-4', titles: ['Bewakingsdiensten', 'Bewaking van de gebouwen in {plaats}'], sector: 'bewaking' },
      { cpv: '79530000', titles: ['Vertaaldiensten', 'Vertaling van publicaties'], valueFactor: 0.5, sector: 'vertaling' },
      { cpv: '09123000-7', titles: ['Levering van aardgas', 'Levering van aardgas voor de gebouwen'], valueFactor: 2, sector: 'brandstof' },
      { cpv: '09134200', titles: ['Levering van diesel', 'Levering van brandstof voor dienstvoertuigen'], sector: 'brandstof' },
      { cpv: '79212000', titles: ['Auditopdracht', 'Audit van de jaarrekening {jaar}'], valueFactor: 0.5, sector: 'advies' },
      { cpv: '90700000', titles: ['Milieustudie', 'Bodemonderzoek op een site in {plaats}'], sector: 'advies' },
      { cpv: '60000000-8', titles: ['Vervoer van personen', 'Busvervoer voor evenementen'], sector: 'vervoer' },
      { cpv: '44212321-5', titles: ['Levering van schuilhuisjes', 'Plaatsing van schuilhuisjes aan haltes in {plaats}'], weight: 2, requires: 'transit', sector: 'straatmeubilair' },
    ],
  },
];

/** Words that fill the title placeholders: real Flemish places and roads, no people. */
export const TITLE_WORDS: Readonly<Record<string, readonly string[]>> = {
  plaats: [
    'Aalst', 'Antwerpen', 'Brugge', 'Dendermonde', 'Geel', 'Genk', 'Gent', 'Hasselt', 'Ieper', 'Kortrijk',
    'Leuven', 'Lier', 'Mechelen', 'Oostende', 'Roeselare', 'Sint-Niklaas', 'Tienen', 'Turnhout', 'Vilvoorde', 'Zottegem',
  ],
  weg: ['N8', 'N9', 'N16', 'N19', 'N42', 'N49', 'N60', 'N70', 'N74', 'R4', 'E17', 'E40', 'E313'],
  waterweg: ['het Albertkanaal', 'de Schelde', 'de Leie', 'de Dender', 'de IJzer', 'de Kempense kanalen', 'het kanaal Gent-Terneuzen', 'de Demer'],
  haven: ['Oostende', 'Nieuwpoort', 'Zeebrugge', 'Blankenberge'],
  onderwerp: ['luchtkwaliteit', 'duurzame mobiliteit', 'biodiversiteit', 'circulaire economie', 'digitale vaardigheden', 'arbeidsmarktparticipatie', 'energiebesparing'],
};
