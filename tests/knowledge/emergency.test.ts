import { detectEmergency } from '../../knowledge/recognizer/emergency';

/**
 * The emergency detector on its own: what gets a member "call 911 now" before anything else.
 * Each case is written the way a frightened member types it; none is copied from the eval sets.
 */
const emergencies: Record<string, string[]> = {
  breathing: [
    'my grandpa cant breath',
    'son breathing super fast and shallow',
    'her oxygen says 79',
    'toddler has a peanut stuck in his throat',
    'he is choking and cant make a sound',
  ],
  heart: [
    'pressure on my chest like a weight and im sweaty',
    'my husband is clutching his chest',
    'pain in her chest going to her jaw and shes pale',
    'dad feels a heavy chest and is out of breath and clammy',
  ],
  stroke: [
    'my aunts face looks lopsided and her words are garbled',
    'my husband is stroking out',
    'my mom all of a sudden cant lift her left arm',
    'grandpa is talking nonsense and cant stand',
  ],
  consciousness: [
    'my father is unconcious on the kitchen floor',
    'found my sister on the floor and she wont answer me',
    'my wife went limp in the car',
    'my son is having a seizer',
  ],
  poisoning: [
    'my 3 year old drank some drain cleaner',
    'the baby chewed a dishwasher pod',
    'my uncle ODed on pills',
    'took 40 advil',
    'my daughter swallowed a button battery',
  ],
  selfHarm: [
    'i dont want to live anymore',
    'i wrote a suicide note',
    'my son says nobody would care if he was gone and he has a knife',
    'im going to jump off the overpass',
    'no quiero vivir',
  ],
  violence: [
    'my stepdad is hitting my mom right now',
    'somebody broke in and has a gun',
    'she says he is going to kill her',
  ],
  bleedingAndInjury: [
    'my hand is gushing blood from a knife cut',
    'grandma fell down the steps and hit her head and is confused',
    'my nephew fell off the balcony',
    'dads arm got caught in the saw and its cut off',
  ],
  allergy: ['lips swelling up after shrimp', 'my throat is closing', 'gave him the epipen and it didnt help'],
  burnsAndDrowning: ['my son pulled a kettle of boiling water on himself', 'found my daughter face down in the bath'],
  pregnancyAndBabies: [
    '36 weeks pregnant and seeing spots with a pounding headache',
    'my 10 day old has a temperature',
    'no wet diapers since yesterday and she is floppy',
  ],
  feverAndSugar: [
    'high fever and he is not making sense',
    'stiff neck and fever and the light hurts her eyes',
    'my diabetic wife is confused and sweaty',
  ],
  spanish: ['mi abuela no reacciona', 'mi hijo se tomo las pastillas de mi mama', 'dolor de pecho muy fuerte'],
  pastButNow: [
    'i had a stroke in 2018 and now my face is drooping again',
    'my er bill is wrong but right now my husband is not breathing',
    'my daughter with a history of asthma is gasping',
  ],
  textingAndFragments: ['gf not breathing pls hlp', 'mom on the floor rn not moving', 'husband keeled over', 'OD!!'],
  nonNativeEnglish: ['my father he no can breathe', 'grandma fall in kitchen not wake up'],
  labourAndFire: ['contractions 2 min apart we wont make it to the hospital', 'fire in the bedroom and my uncle is burned'],
  hopeless: ['nothing matters and life isnt worth living'],
  selfHarmMeans: [
    'can you give me the suicide hotline',
    'she took a knife to her wrists',
    'i counted out all my pills on the counter',
    'i want the pain to end for good',
    'the car is running in the closed garage and he is inside',
    'my cousin says tonight he ends it',
    'kms',
  ],
  violenceByHand: ['he has his hands around my throat', 'my husband shoved me down the stairs', 'there is a man breaking into our back door'],
  fireAndSmoke: ['the apartment is filling with smoke and grandma cant get out'],
  swallowedPassive: ['the edibles were eaten by my 4 year old', 'he eat the rat poison'],
  allergyWords: ['had a bite of a cookie with peanuts and her throat is getting tight', 'his face is puffing up after the wasp sting'],
  seizureMovements: ['he went down and is jerking all over'],
  heartRacing: ['my heart is beating crazy fast and i almost blacked out'],
  pregnancyWeeks: ['im 36 weeks and seeing flashing lights'],
  accidentThenSignNow: ['after the crash my leg is swollen and i cant feel my toes'],
  pastThenSameNow: ['he had a seizure last year and he is having the same seizure now'],
  notThere: ['grandma is in bed and wont respond', 'his eyes are open but he doesnt react', 'my wife no talk no move'],
  babyBreathing: ['the baby is grunting with each breath'],
  bleedingWords: ['she vomited something like coffee grounds', 'blood is pouring and we cant stop it', 'my son head is bleed too much'],
  crushedUnder: ['a tree fell on top of my neighbor'],
  farewell: [
    'my daughter talks about killing herself',
    'he sees no reason to go on',
    'i am going to swallow all of my sleeping pills',
    'i bought a rope',
    'she left a voicemail saying she loves us and is sorry for everything',
  ],
  abuseNow: ['my mom is being beaten by my stepdad', 'hiding in the closet from my husband', 'he kicked in the door'],
  numbers: ['temperature hit 105', 'her sats are 84'],
  spanishMore: ['mi mama no se puede levantar', 'me duele mucho el pecho', 'le disparo a mi tio'],
  nonNativeHeart: ['my wife is having attack of the heart'],
  coldAndWater: ['my son went through the ice on the pond', 'she is shivering violently and mumbling'],
  dehydratedChild: ['throwing up all day and has not peed since morning'],
  slowHeart: ['his pulse is really slow like 32'],
  oneSide: ['grandpa is slurry and falling to one side'],
  meansAndIntent: [
    'my husband is taking all of his pills tonight',
    'there is a cord around her neck',
    'i want to disappear for good',
    'my brother stabbed himself',
    'my friend cuts her wrists',
  ],
  stillHappening: ['my son keeps fainting every time he stands up'],
  crashAndBirth: ['my daughter flipped her car', 'the babys feet are coming out'],
  spanishStill: ['tengo un dolor de cabeza horrible', 'mi abuelo se esta muriendo', 'el nino se ahoga'],
  machinesAndFalls: ['my wifes arm got pulled in the conveyor', 'he fell off the bike and his arm is bent backwards'],
  drivingInto: ['my son says he will drive into a tree'],
  bloodFromMouth: ['too much blood from his mouth'],
  terse: ['cant find a heartbeat', 'worker down', 'i think she is dead'],
  meansAtHand: ['gonna do it tonight, the gun is loaded', 'my toddler was found with an open bottle of pills', 'mi hija se trago una pila'],
  historyThenTonight: ['he has a history of bipolar disorder and tonight he says he wants to end his life'],
  manyStings: ['got stung by wasps and is swollen all over'],
  unknownSubstance: ['he took something at the club and is really out of it'],
  fallAndStuck: ['my grandma fell in the garden and cant get up', 'dad fell and his leg looks deformed'],
  septic: ['fever of 103 and her blood pressure is dropping'],
  historyBesideNow: [
    'my dad had a heart attack an hour ago and is sweating again',
    'she had a seizure and hit her head',
    'my husband had a stroke, what should i do',
    'should i call 911 for my son, he is not breathing right',
  ],
  voicesAndWeapons: ['the voices are telling her to hurt the baby', 'i have a razor and i want to use it on myself'],
  stuckAndUnanswering: ['grandpa fell in the tub, i cant lift him and he does not respond properly', 'her arm is stuck under the tractor', 'a woman is climbing over the bridge railing'],
  ownMedicineThenSign: ['she took her pills and now she is not waking up', 'my mom took her insulin twice and is shaking and sweaty'],
  suffocationAndAsthma: ['he has a bag over his face', 'bad asthma attack and no inhaler'],
  fireInside: ['the house is on fire and grandma is still inside'],
  preeclampsia: ['im 33 weeks pregnant with a pounding headache'],
  formalAmounts: ['my mother has ingested a large number of her heart tablets'],
  moreWays: [
    'the baby got into my purse and ate something',
    'she is pressing a razor to her wrist',
    'their van rolled over and the driver is pinned',
    'a guy is punching a woman outside',
  ],
  crisisAndThreats: ['my brother is manic and has a knife', 'my ex is at the door threatening me'],
  twoStrokeSigns: ['mom cant feel her hand and her speech sounds strange'],
  fallFromHeight: ['my dad fell about 15 feet off the deck', 'she fell two stories'],
  antidoteGiven: ['i sprayed narcan in his nose and he is still blue', 'gave her naloxone twice'],
  hopelessWithMeans: ['i dont see the point anymore, ive got the pills here', 'im going to end things tonight, just wanted someone to know'],
  breathingOfABaby: ['our 4 month old is making a squeaky noise breathing in and ribs pulling in'],
  weaponsAtTheDoor: ['my sisters ex is outside with a bat banging on the windows'],
  machinesAndHeads: [
    'my neighbor got his hand in the mower its really bad',
    'the baby rolled off the bed and has a soft bump and keeps throwing up',
    'she has a crazy headache that came on like a bolt and now she is vomiting',
  ],
  amountsAndKinds: ['i took a whole pack of my antidepressants', 'mom took way too much of her blood pressure medicine and is dizzy'],
  cutsAndHanging: ['my son texted me a picture of his wrists all cut up', 'my son is hanging from a tree in the back yard'],
  afterBirth: ['she gave birth yesterday and is soaking a pad every 15 minutes and feels faint'],
  fitOnTheFloor: ['a question about my deductible but first my husband is on the floor having a fit and foaming'],
  brokenHip: ['dad had a fall and now his leg is shorter and turned out and he is in agony'],
  grabbedChest: ['we were watching tv and my husband grabbed his chest'],
  wordsAndFace: ['my wife is not herself, she cannot find her words and the right side of her face has fallen'],
  burdenAndLetters: ['i have been feeling like a burden and i wrote letters to my kids tonight'],
  hivesAndCough: ['she has a nut allergy and is covered in hives and coughing nonstop'],
  yardMushrooms: ['my child ate mushrooms from the yard and is vomiting and shaking'],
  spanishChest: ['mi papa tiene dolor muy fuerte en el pecho y el brazo izquierdo'],
};

const notEmergencies: Record<string, string[]> = {
  pastEvents: [
    'my son had a seizure 2 years ago, is his neurologist still in network',
    'after my heart attack my doctor wants me on a statin',
    'i passed out last week and want to see my doctor',
  ],
  paperwork: [
    'the ambulance bill from my stroke is too high',
    'appeal the claim for my overdose hospital stay',
    'does my plan cover epipens',
    'i need a disability form for my seizures',
  ],
  generalQuestions: [
    'what are the symptoms of an overdose',
    'how can i tell if my child swallowed something',
    'what should i do if my dad has a stroke',
    'can stress cause chest pain',
  ],
  figurative: [
    'this deductible is killing me',
    'dying to see my test results',
    'my laptop is dying so answer fast please hurry',
    'i nearly had a heart attack when i opened the bill',
    'drowning in paperwork from my claim',
  ],
  mildSymptoms: [
    'my nose is stuffy and i cant breathe through my nose at night',
    'bad sore throat and a fever of 100.2',
    'my baby has a fever of 100 and is 9 months old',
    'small cut on my knee',
    'my sugar was low but i ate and feel fine now',
  ],
  spanish: ['tuve un derrame cerebral el ano pasado', 'cuales son los sintomas de un infarto'],
  petsAndSimiles: ['my cat is choking on a hairball', 'he snores like he is choking'],
  questionsForSchool: ['my son asked about overdose symptoms for a school project'],
  deathsAndHypotheticals: [
    'my uncle died of a stroke, should i get screened',
    'we lost my mom to an overdose and i need her records',
    'if i call 911 for my dad will the ambulance be covered',
    'what is a mini stroke',
    'i had a seizure once',
    'in my story a character gets stabbed, anyway how do i get a flu shot',
  ],
  background: [
    'had a seizure in high school, does that change my premium',
    'after my car accident i have a stiff back, can i see a chiropractor',
    'i was choking back tears',
    'this bill is giving me a heart attack',
    'i think i have food poisoning from the potato salad',
  ],
  hypotheticalsAndChronic: [
    'what if my husband has a stroke while we travel',
    'how do you treat a snake bite',
    'is a seizure an emergency',
    'how long after a head injury can he play sports',
    'i need to lose weight before i have a heart attack',
    'my aunt survived a stroke and needs speech therapy',
    'my grandma is dying of dementia, what does hospice cover',
    'my knees are on fire after my run',
    'i get short of breath when i am anxious',
    'can you tell me about stroke',
    'what are survival rates after an overdose',
    'if someone has a seizure should i put something in their mouth',
    'i get shortness of breath when i climb stairs',
    'i feel like im having a heart attack every time i open a bill',
    'my dad gets chest pains now and then',
    'she has shortness of breath with her copd, can she get a nebulizer',
    'counseling for families of people who overdosed',
    'how do i talk to my son about suicide',
    'my son was hospitalized for a seizure in the fall',
    'his seizures are well controlled, can he drive',
    'will they send an ambulance if i call the advice line',
  ],
  wordsInOtherSenses: [
    'my breast stroke needs work, is the pool at the gym covered',
    'my startup collapsed, how do i keep my insurance',
    'i overdosed on candy this weekend haha',
    'cubre mi plan la ambulancia',
    'my chest hurts when i lift weights, pulled muscle maybe',
    'i nearly fell off the ladder putting up lights',
  ],
  historyBesideAQuestion: [
    'My husband had a stroke. Is speech therapy covered?',
    'my wife had a seizure, does she need a neurologist',
    'I was diagnosed with a heart attack. Will my premium change?',
    'do i need to call 911 for a sprained wrist',
    'can i get an ambulance ride to my dialysis',
  ],
  fictionIllnessAndIdioms: [
    'the movie scene where he has a heart attack freaked me out, anyway how do i get a flu shot',
    'im short of breath after covid, can i get pulmonary rehab',
    'my dad passed out from the heat two summers ago, does that affect his life insurance',
    'my wife has seizures, is there a neurologist near us',
    'i have to cut myself a slice of humble pie and admit i missed the deadline',
    'if my husband stops breathing while sleeping, will a cpap help',
    'my son took his antidepressants, can i get a 90 day supply',
    'my husband is choking on the cost of his insulin',
    'is there a number for domestic violence counseling, its not happening now i just want to talk',
  ],
  medicinesNamedForDanger: [
    'how do i get more of my anti seizure meds',
    'where do i buy narcan to keep at home',
    'i take medication for my thyroid, can i get it by mail',
  ],
};

const cases = (groups: Record<string, string[]>): Array<[string, string]> =>
  Object.entries(groups).flatMap(([kind, texts]) => texts.map((text): [string, string] => [kind, text]));

describe('detectEmergency', () => {
  it.each(cases(emergencies))('%s: "%s" is an emergency', (_kind, text) => {
    expect(detectEmergency(text)).toBe(true);
  });

  it.each(cases(notEmergencies))('%s: "%s" is not an emergency', (_kind, text) => {
    expect(detectEmergency(text)).toBe(false);
  });

  it('takes the model\'s resemblance only with a sign of trouble', () => {
    expect(detectEmergency('my dad is really not himself and looks gray', true)).toBe(true);
    expect(detectEmergency('my dad is really not himself and looks gray', false)).toBe(false);
    expect(detectEmergency('my baby is teething and fussy', true)).toBe(false);
    expect(detectEmergency('what qualifies as an emergency', true)).toBe(false);
  });

  it.each([
    'change my emergency contact please',
    'i get out of breath climbing the stairs',
    'im dying over here waiting on hold',
    'my bank account is bleeding',
    'my son bumped his elbow and it hurts, is urgent care open',
    'is an ambulance ride free',
    'fever of 102 and sleepy but still drinking fine',
    'my son took his meds late, should he skip the next dose',
    'the chest pain turned out to be reflux, the er sent him home',
    'my daughter joined a gun club, does she need a physical',
    'i cant see my sons records on the app anymore',
    'he choked on his milk for a second and is totally fine now',
    'my husband swallowed his gum',
    'my son swallowed his tooth when it fell out, is that ok lol',
    'my toddler drank some bath water, she is playing normally',
    'i think i pulled something in my chest coughing, it hurts when i breathe deep, can i do telehealth',
  ])('"%s" is no emergency even when the model finds it close to one', (text) => {
    expect(detectEmergency(text, true)).toBe(false);
  });
});
