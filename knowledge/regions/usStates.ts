/** US states and territories the source does not list as a Kaiser Permanente region. */
export const UNSERVED_STATES: ReadonlyArray<readonly [code: string, name: string]> = [
  ['AL', 'Alabama'], ['AK', 'Alaska'], ['AZ', 'Arizona'], ['AR', 'Arkansas'], ['CT', 'Connecticut'],
  ['DE', 'Delaware'], ['FL', 'Florida'], ['ID', 'Idaho'], ['IL', 'Illinois'], ['IN', 'Indiana'],
  ['IA', 'Iowa'], ['KS', 'Kansas'], ['KY', 'Kentucky'], ['LA', 'Louisiana'], ['ME', 'Maine'],
  ['MA', 'Massachusetts'], ['MI', 'Michigan'], ['MN', 'Minnesota'], ['MS', 'Mississippi'],
  ['MO', 'Missouri'], ['MT', 'Montana'], ['NE', 'Nebraska'], ['NV', 'Nevada'], ['NH', 'New Hampshire'],
  ['NJ', 'New Jersey'], ['NM', 'New Mexico'], ['NY', 'New York'], ['NC', 'North Carolina'],
  ['ND', 'North Dakota'], ['OH', 'Ohio'], ['OK', 'Oklahoma'], ['PA', 'Pennsylvania'],
  ['RI', 'Rhode Island'], ['SC', 'South Carolina'], ['SD', 'South Dakota'], ['TN', 'Tennessee'],
  ['TX', 'Texas'], ['UT', 'Utah'], ['VT', 'Vermont'], ['WV', 'West Virginia'], ['WI', 'Wisconsin'],
  ['WY', 'Wyoming'], ['PR', 'Puerto Rico'],
];

/**
 * Postal codes that are also everyday English (or medical) words: "hi", "or", "me", "in", "ok", "MD".
 * They count as a state only right after a comma, a city, or "in"/"from"/"to", and only when typed
 * in capitals in a message that is not all capitals.
 */
export const WORDLIKE_CODES = new Set(['HI', 'OR', 'ME', 'IN', 'OK', 'OH', 'MD', 'ID', 'LA', 'PA', 'MA', 'AL', 'DE', 'MS', 'MO', 'NE', 'CO', 'GA', 'VA', 'WA', 'SC', 'ND']);
