import { allOf } from './shared';

/** Spanish, the second language of many members. */
export const SPANISH: readonly RegExp[] = [
  // Twelfth session: bleeding, breathing, a child's fever with a stiff neck, and wanting to die, in plain Spanish.
  /\b(sangra(ndo)? (mucho|bastante|demasiado|sin parar)|no (para|deja) de sangrar|vomit\w* sangre|sin respirar|labios (morados|azules)|respira con (mucha )?dificultad|perdio (\w+ )?dedos?)\b/,
  allOf(String.raw`\b(embarazada|embarazo)\b`, String.raw`\b(sangr\w*|dolor (muy )?fuerte|mucho dolor|desmay\w*)\b`),
  allOf(String.raw`\b(fiebre|calentura)\b`, String.raw`\b(cuello (duro|rigido|tieso)|manchas (moradas|rojas que no))\b`),
  /\b(para morir(se|me)?|quiere(s)? morir(se)?|(va|voy) a (matarse|morirse|suicidarse|matarme|suicidarme)|me quiero morir|se quiere matar)\b/,
  allOf(String.raw`\b(golpe\w*|pego|cayo|caida)\b`, String.raw`\bcabeza\b`, String.raw`\b(vomit\w*|no (se )?despierta|confundid[oa]|sangr\w*|desmay\w*|no responde)\b`),
  allOf(String.raw`\b((\d|un|una|dos|tres|cuatro|cinco|seis) (semanas?|dias)( de nacid[oa])?|(1|2|un|dos) mes(es)?( de nacid[oa])?|recien nacid[oa])\b`, String.raw`\b(fiebre|temperatura|calentura)\b`),
  /\b(no (esta )?respira(ndo)?|dejo de respirar|no (puede|puedo) respirar|dolor (\w+ ){0,3}(en el|de|del) pecho|infarto|ataque (al corazon|cardiaco)|derrame( cerebral)?|convulsion\w*|inconsciente|no responde|se desmayo|se (esta )?desmaya(ndo)?|ya no (se )?despierta|no (me |nos |le )?contesta|desmayad[oa]|desangr\w*|sobredosis|(me )?quiero morir|no quiero vivir|matar(me|se|te)|(me|se|te) (quiero|quiere|quieres|voy a|va a) matar|(tiene|con) (una |un )?(pistola|arma|cuchillo|navaja|machete)(?! de (agua|juguete))|se cayo (de|del|por) (\w+ ){0,2}(ventana|techo|escalera\w*|balcon|piso|arbol)|suicid\w*|quitarme la vida|sangrando mucho|mucha sangre|se (esta )?ahogando|se ahog(a|o)|ahogandose|no (se )?despierta|cara (caida|torcida|chueca)|no puede hablar|dolor de cabeza (terrible|horrible|muy fuerte)|(no puedo|no puede) ver|se (esta )?muriendo|se muere|no (se )?puede (mover|moverse|levantar\w*|caminar|respirar)|(me|le) duele (mucho )?el pecho|(le )?disparo a|balazo|apunalad\w*|acuchill\w*|no se mueve|no reacciona|(se )?(tomo|trago|comio|bebio) (\w+ ){0,3}(pastillas|pildoras|medicina|veneno|cloro|bateria|pilas?|imanes|iman|moneda|quimicos?|liquido|limpiador|detergente|jabon|lejia|insecticida|gasolina|productos? de limpieza)|ganas de morir|(me|la|lo|le|nos) (esta |estan )?(golpeando|pegando|golpea|pega|ahorcando|amenazando)|sangre en la cabeza|sangrando de la cabeza|(cerrando|cierra|hinchando) la garganta|garganta (se )?(esta )?(cerrando|hinchando)|reaccion alergica (fuerte|grave|severa)|ambulancia)\b/,
  // Fever with a mind that has gone: not knowing anyone, delirium, a fit.
  allOf(String.raw`\b(fiebre|temperatura|calentura)\b`, String.raw`\b(no (me |nos )?reconoce|confundid[oa]|delira\w*|alucin\w*|no responde|convuls\w*|no (se )?despierta|muy dormid[oa])\b`),
  // Diabetes with the signs of a sugar far off.
  allOf(String.raw`\b(diabet\w*|azucar|glucosa)\b`, String.raw`\b(confundid[oa]|no responde|sudando|desmay\w*|temblando|no (se )?despierta|no tiene sentido)\b`),
  // A whole bottle or box of something swallowed: "se tomo un frasco entero de tylenol".
  /\b(tomo|trago|comio|bebio|se tomo|se trago) (un |una |el |la |todo el |toda la )?(frasco|bote|botella|caja|paquete|blister|tira)s? (entero|entera|completo|completa|de (pastillas|pildoras|medicina|tylenol|advil|aspirina|ibuprofeno|acetaminofen))\b/,
  // Sweat with pain in the chest, the left arm or the jaw: the heart, as in English.
  allOf(String.raw`\b(sudando|sudor|sudoroso|sudorosa|palido|palida|nauseas?|frio y humedo)\b`, String.raw`\b(duele|dolor|presion|apretado|apretada)\b`, String.raw`\b(pecho|brazo izquierdo|quijada|mandibula|espalda|hombro)\b`),
];
