/**
 * Which people's names are written family name first. English-language news
 * keeps that order for Chinese and Korean names ("Xi Jinping … Xi said",
 * "Moon Jae-in … Moon said") but writes Japanese and Hungarian names in Western
 * order, and refers to Vietnamese leaders by the last word of their name, so
 * those countries keep the default.
 */

const FAMILY_NAME_FIRST: ReadonlySet<string> = new Set(['CN', 'TW', 'KR', 'KP']);

/** Whether the names of a person from this country (ISO 3166 alpha-2, as packs give it) put the family name first. */
export function writesFamilyNameFirst(country: string | undefined): boolean {
  return country !== undefined && FAMILY_NAME_FIRST.has(country.trim().toUpperCase());
}
