import { detectLanguage } from '../knowledge/language/detectLanguage';
import { startChat } from './support/chatHarness';

const NOW = new Date('2026-03-24T15:30:00Z');

describe('language detection', () => {
  test.each([
    ['Hola, necesito ayuda con mi factura', 'es'],
    ['¿Cómo pido una cita con mi médico?', 'es'],
    ['necesito un intérprete por favor', 'es'],
    ['hablan español?', 'es'],
    ['我需要帮助支付账单', 'zh'],
    ['Tôi cần giúp đỡ với hóa đơn', 'vi'],
    ['Kailangan ko po ng tulong sa bill ko', 'tl'],
    ['Мне нужна помощь', 'ru'],
    ['도와주세요', 'ko'],
    ['Eu preciso de ajuda com a minha consulta', 'pt'],
  ])('"%s" is %s', (text, code) => {
    expect(detectLanguage(text)?.code).toBe(code);
  });

  test.each([
    'hola',
    'gracias',
    'I live in Los Angeles and need a copy of my bill',
    'my doctor in San Jose denied my refill',
    'Is there a Spanish speaking doctor at the Santa Clara clinic?',
    'I need a Tagalog interpreter for my mom',
    'can i get a new ID card',
  ])('"%s" is treated as English', (text) => {
    expect(detectLanguage(text)).toBeUndefined();
  });
});

describe('a message in another language', () => {
  test('Spanish is answered in Spanish: free interpreter, over 100 languages, the region number, 911', async () => {
    const chat = startChat({ now: NOW });
    await chat.say('I live in Fresno');
    const text = await chat.text('Hola, necesito ayuda con mi factura');
    expect(text.startsWith('**Si es una emergencia que pone en peligro la vida, llame al 911.**')).toBe(true);
    expect(text).toContain('Kaiser Permanente ofrece servicios de intérprete sin costo en más de 100 idiomas.');
    expect(text).toContain('pida un intérprete en español');
    expect(text).toContain('Llame a Servicios para Miembros de California: 1-800-464-4000 (TTY 711).');
  });

  test('Spanish with the region unknown lists every region line, in Spanish', async () => {
    const chat = startChat({ now: NOW });
    const text = await chat.text('¿Cómo pido una cita con mi médico?');
    expect(text).toContain('Servicios para Miembros por región:');
    expect(text).toContain('- Colorado: 303-338-3800 o 1-800-632-9700 (TTY 711)');
    expect(text).toContain('- Washington State: 1-888-901-4636 (TTY 711)');
  });

  test.each([
    ['我需要帮助支付账单', 'Chinese (中文)'],
    ['Tôi cần giúp đỡ với hóa đơn', 'Vietnamese (Tiếng Việt)'],
    ['Kailangan ko po ng tulong sa bill ko', 'Tagalog'],
  ])('%s names the language and says how to get a free interpreter', async (message, language) => {
    const chat = startChat({ now: NOW });
    await chat.say('I live in Honolulu');
    const text = await chat.text(message);
    expect(text).toContain(`It looks like you wrote in ${language}.`);
    expect(text.startsWith('**For a life-threatening emergency, call 911.**')).toBe(true);
    expect(text).toContain('free interpreter services in over 100 languages');
    expect(text).toContain('Hawaii Member Services: 808-432-5955 or 1-800-966-5955 (TTY 711)');
  });

  test('a message in another language while the bot waits for a region gets the interpreter answer', async () => {
    const chat = startChat({ now: NOW });
    expect(await chat.text('how do I pay my bill')).toContain('Which Kaiser Permanente region are you in?');
    expect(await chat.text('No entiendo, necesito ayuda en español por favor')).toContain('intérprete sin costo');
  });

  test('an English question with a Spanish place name is answered as usual', async () => {
    const chat = startChat({ now: NOW });
    const text = await chat.text('I live in Los Angeles, how do I get a new ID card?');
    expect(text).not.toContain('It looks like you wrote in');
    expect(text).toContain('ID card');
  });
});
