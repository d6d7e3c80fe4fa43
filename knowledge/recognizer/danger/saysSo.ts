import { allOf, BE, PERSON, rx } from './shared';

/** The member says outright that it is an emergency: dying, life threatening, call 911. */
export const SAYS_SO: readonly RegExp[] = [
  rx(String.raw`\b${PERSON} ${BE}(dying|going to die|gonna die)\b|\b(life threatening|lifethreatening)\b`),
  /\b(man|person|someone|officer|worker|guy) down(?= \.|$)|\b(i think|i believe|might be|may be|looks|seems|is he|is she) (\w+ ){0,2}dead\b/,
  allOf(String.raw`\b(going to|gonna|will|about to|ready to) do it\b`, String.raw`\b(pills|gun|rope|knife|razor|bridge|ledge|noose)\b`),
  /\b(call(ing)? 911|(need|send|call|get) an ambulance(?! (ride|rides|transport|transfer|bill|service|company|cost|for (a |the |his |her |my )?(planned|scheduled|routine|non ?emergency|transfer|ride|trip)))|need help now)\b/,
  // A message that is only a weapon or a shooting: typed with no time for more.
  /^((a|he has a|she has a|they have a|theres a|there is a) )?(gun|guns|shooter|active shooter|shots fired|shooting|knife|stabbing|stabbed)( (help|please|now|hurry|here))*( \.)*$/,
];
