import { allOf, BE, GAP, PERSON, rx } from './shared';

/** Someone unconscious, collapsed, found on the floor, or not answering. */
export const CONSCIOUSNESS: readonly RegExp[] = [
  /\b(can|could) (barely|hardly) (wake|rouse) (him|her|them)\b|\bhard to (rouse|wake)\b|\bbarely (rousable|wakeable)\b/,
  /\b(eyes )?(wont|cant|will not|can not) stay (open|awake)\b(?! (past|during|through|for|at|in|until|till|when|while)\b)/,
  // About to pass out, told as it happens.
  /\b(everything|my vision|vision|the room) (is )?(going|turning|fading) (black|dark|grey|gray)\b/,
  /\b(unconscious|unresponsive|not (responding|responsive)|not moving|stopped moving|wont (wake|respond|answer me)|cant wake|unable to wake|not (really |fully |properly )?waking up|hard to wake|passed out|collapsed|blacked out|fainted and|keeps (fainting|passing out)|is fainting|out cold|knocked out|(barely|not|semi) conscious|barely (responsive|responding|moving)|barely awake|cant stay awake|(still )?not awake|will not wake)\b/,
  /(?<!\b(did|do) )\b(no|not|never) (wake|woke) up\b|\b(has not|have not|never) (woken|woke|come to)( up)?\b|\bcant (get|wake) (him|her|them) (up|to (wake|respond|answer))\b(?! (for|in time|early|on time))/,
  // Under the water for a while, then sleepy, pale or coughing still: a near drowning.
  allOf(String.raw`\b(fell in(to)?|went under|was under|been under|pulled out of) (\w+ ){0,2}(pool|water|lake|river|bath|tub|pond|ocean|sea)\b`, String.raw`\b((very |really |so )?(sleepy|drowsy|pale|blue|confused|limp)|still coughing|breathing (fast|hard|funny))\b`),
  /\b(did|doing|gave|giving|needed|performed|started) cpr\b|\bpulled (him|her|them|\w+) out of the (water|pool|river|lake|ocean|sea|bath|tub)\b/,
  rx(String.raw`\b(went|go|gone|is|are|seems|looks|feels|and|all) (really |so |very )?(limp|floppy)\b|\b(on|off) (the )?(floor|ground) ${GAP}(not|wont|cant|unconscious|unresponsive|shaking|seizing|jerking|twitching|having a fit|foaming)`),
  rx(String.raw`\b(found|find) ${PERSON}? ?${GAP}(on the floor|on the ground|in the (bath|tub|pool|water))\b`),
  /\b(see|saw|seen|found|find|is|was) (him|her|them|someone|a (man|woman|person|guy|lady))? ?(lying|laying|sprawled|slumped|face down) (\w+ ){0,2}(on|in) (the|his|her|their) (\w+ )?(floor|ground|driveway|street|road|yard|tub)\b(?! (playing|reading|watching|resting|stretching|doing|with))/,
  /\b(lying|laying|sprawled|slumped|crumpled) (\w+ ){0,2}(at the (bottom|foot) of|on) (the|his|her|their) (stairs|steps|staircase)\b/,
  /\b(slumped|slumping|collapsed|lying|laying|limp) (\w+ ){0,4}(and|but) (wont|not|is not|cant|does not) (respond|responding|answer|answering|wake|move|moving)\b/,
  /\b(dropped|fell|slumped|crumpled|collapsed) (to|on|onto) the (floor|ground)|\b(keeled|slumped|toppled) over\b|\bdropped dead\b|\bhit the (floor|ground)\b/,
  /\b(foaming at the mouth|eyes (are |were |keep )?(rolled|rolling) (back|up)|eyes (are |were )(rolling|rolled)(?= \.|$| and)|(shaking|twitching|jerking|convulsing) all over|(whole body|arms and legs) (is |are )?(shaking|jerking|twitching)|(cant|unable to) get up (off|from) (the )?(floor|ground)|cold to the touch|jaw (is )?locked|lockjaw)\b/,
  rx(String.raw`\b${PERSON} ${BE}(wont|not|is not|does not|cant|stopped) (answer|answering|respond|responding)( (me|us|to (me|us|anything)))?( (properly|right|normally))?(?= \.|$| and| but| even| when (i|we) (say|call|said|called))|\beyes (are )?open but\b`),
  allOf(String.raw`\b(no|not|cant|wont) (talk|speak|talking|speaking)\b`, String.raw`\b(no|not|cant|wont) (move|moving|wake|respond\w*|answer\w*|open (his|her) eyes)\b`),
  rx(String.raw`\b(not|wont|stopped|isnt) (answering|responding|reacting)( to)? (me|us|them|her|him|anyone)\b|\b(trouble|hard time|cant) (staying|stay|keeping|keep) (awake|\w+ eyes open)\b`),
  // Nobody can rouse them: "cant rouse him", "nobody can rouse her".
  /\b(cant|unable to|not able to|(nobody|no one) can|could not) rouse (him|her|them|my \w+|the \w+)\b/,
  // Down on the floor and unable to get up: a long lie, even when they say they are fine.
  allOf(String.raw`\b(on|off) the (\w+ )?(floor|ground)\b`, String.raw`\b(cant|unable to|could not|not able to) get (\w+ )?up\b`),
  // A drugged or sick person who cannot be kept awake.
  /\b(cant|can barely|unable to|could not) keep (him|her|them|my \w+) (awake|from (nodding|falling asleep))\b/,
  // A blank stare and no answer: a seizure or a stroke that does not shake.
  allOf(String.raw`\b(staring (at nothing|blankly|into space|off into space|straight ahead|through (me|us))|blank stare)\b`, String.raw`\b(wont|not|is not|does not|cant|stopped) (answer|respond|react)\w*\b`),
  // Confused beside dizziness, weakness, slurring, a fever or a fall: a stroke, an infection or a low, whatever the cause.
  allOf(String.raw`\b(is|are|am|seems|suddenly|now|so|very|really|all) (\w+ ){0,2}(confused|disoriented)\b`, String.raw`\b(dizzy|weak|slurr\w*|cant (walk|stand)|fever|burning up|sweaty|clammy|pale|vomit\w*)\b`),
  // A fit that goes on: "having a fit with a high temperature, it has gone on for more than five minutes".
  allOf(String.raw`\b(seizure|seizing|fit|convuls\w*|jerking|twitching)\b`, String.raw`\b((more than|over|longer than|for) (5|five|ten|10|\d\d) min\w*|(wont|will not|does not|has not|hasnt) (stop|stopped))\b`),
  // Shaking with chills and confused, mottled or with a low pressure: an infection in the blood.
  allOf(String.raw`\b(shaking|shivering|chills|rigors|fever|burning up)\b`, String.raw`\b(confused|(skin|he|she) (is |looks )?(blotchy|mottled)|blotchy|mottled|(bp|blood pressure) (is |was )?[5-8]\d ?\d\d)\b`),
  // Fainted while vomiting or pale: "he's vomiting, pale and just fainted".
  allOf(String.raw`\b(fainted|fainting|passed out|collapsed)\b`, String.raw`\b((is|he is|she is|and|still) (\w+ )?(vomiting|throwing up|clammy|gr[ae]y)|pale and (just )?(fainted|passed out|collapsed))\b`),
  // About to pass out beside a sign in the body: "my belly is hard and swollen and im about to pass out".
  allOf(String.raw`\b(about to|going to|gonna) (pass out|faint|black out)\b`, String.raw`\b(belly|stomach|chest|bleeding|blood|pale|heart|breath\w*|swollen)\b`),
  // A fall and no getting up or answering, in plain or broken words: "she fall now and no get up, she no answer me".
  /\b(fall|fell|fallen|floor) (\w+ ){0,5}wont (get up|wake|answer|respond|talk)\b/,
  // One seizure after another without waking between them.
  allOf(String.raw`\b(seizure|seizures|seizing|fit)\b`, String.raw`\b(another (one|seizure) (without|before) (waking|coming to)|started another one|back to back|one after (another|the other))\b`),
];
