/**
 * Articles written for this test (not from any corpus): a state's request to an international body, reported by the
 * headline or the lede, is the news itself; its maker is the agent, and its later appeals restate its own move. A
 * request reported later, or one addressed to another state, is read as before.
 */
import { describe, expect, it } from 'vitest';
import { extractLanguageReactions } from '../../../src/enrich/reactions/languages/extract-language-reactions.ts';

const CASES: [string, string, string, string[]][] = [
  [
    'es',
    'Chile pide a la ONU observadores en la frontera',
    'El gobierno de Chile pidió este lunes a Naciones Unidas que envíe observadores a la frontera. Santiago pide además una reunión del Consejo de Seguridad. Perú rechazó la petición.',
    ['country:PE opposed'],
  ],
  [
    'fr',
    '',
    "Le gouvernement tchadien a demandé mardi au Conseil de sécurité de l'ONU de lever l'embargo sur les armes. N'Djamena réclame aussi un vote rapide. La France a salué la démarche.",
    ['country:FR supportive'],
  ],
  [
    'it',
    '',
    "Il governo del Ciad ha chiesto ieri al Consiglio di sicurezza dell'Onu di revocare l'embargo. Il Ciad chiede anche un voto rapido. La Francia ha accolto con favore la richiesta.",
    ['country:FR supportive'],
  ],
  [
    'fr',
    '',
    "Le Tchad a condamné l'attaque contre la base. Les rebelles ont revendiqué l'assaut. Le gouvernement tchadien a demandé mardi au Conseil de sécurité de l'ONU de condamner les rebelles.",
    ['country:TD cautious', 'country:TD opposed'],
  ],
  ['es', '', 'El gobierno de Chile pidió este lunes a Perú que retire sus patrullas. Santiago pide además una reunión bilateral.', ['country:CL cautious']],
];

describe('a request to an international body', () => {
  it.each(CASES)('%s: %s %s', (language, title, text, expected) => {
    const found = extractLanguageReactions({ title, text, publishedAt: '2026-03-05T10:00:00Z' }, language).map((r) => `${r.actor.key} ${r.stance}`);
    expect([...new Set(found)].sort()).toEqual(expected);
  });
});
