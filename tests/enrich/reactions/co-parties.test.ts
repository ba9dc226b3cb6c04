/**
 * The other side of a deal or of relations the lead says were made speaks of its own deal, as a signatory does: its
 * words are no reaction. Relations broken leave a side that does react. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { extractReactions } from '../../../src/enrich/reactions/extract-reactions.ts';
import { extractLanguageReactions } from '../../../src/enrich/reactions/languages/extract-language-reactions.ts';

const PUBLISHED = '2026-03-05T10:00:00Z';

const pairs = (language: string, title: string, text: string) =>
  [...new Set((language === 'en' ? extractReactions({ title, text, publishedAt: PUBLISHED }) : extractLanguageReactions({ title, text, publishedAt: PUBLISHED }, language)).map((r) => `${r.actor.key} ${r.stance}`))].sort();

describe('co-parties of a deal made', () => {
  it.each([
    ['en', '', 'Honduras established diplomatic relations with Indonesia on Monday.\n\nIndonesia welcomed the decision as historic.\n\nMorocco condemned the move.', ['country:MA opposed']],
    ['en', '', 'Chile signed a trade agreement with Vietnam on Friday.\n\nVietnam praised the deal.\n\nPeru criticized the agreement.', ['country:PE opposed']],
    ['en', 'Chile and Vietnam hold trade talks', 'Chile held talks with Vietnam on Friday.\n\nVietnam praised the talks.', ['country:VN supportive']],
    ['en', 'Honduras breaks off relations with Morocco', 'Morocco condemned the move.', ['country:MA opposed']],
    ['de', '', 'Honduras hat am Montag diplomatische Beziehungen zu Indonesien aufgenommen und die Beziehungen zu Marokko abgebrochen.\n\nIndonesien begrüßte die Entscheidung.\n\nMarokko verurteilte den Schritt.', ['country:MA opposed']],
    ['de', 'Honduras nimmt Beziehungen zu Indonesien auf', 'Indonesien begrüßte die Entscheidung.', []],
    ['de', 'Honduras wendet sich von Marokko ab und nimmt Beziehungen zu Indonesien auf', 'Marokko verurteilte den Schritt.\n\nIndonesien begrüßte die Entscheidung.', ['country:MA opposed']],
    ['en', '', 'Chile and Peru signed a fisheries pact with Vietnam on Friday.\n\nPeru praised the pact.\n\nChile called it a milestone.\n\nEcuador criticized the deal.', ['country:EC opposed']],
    ['fr', '', "Le Honduras a établi lundi des relations diplomatiques avec l'Indonésie.\n\nL'Indonésie a salué une décision historique.\n\nLe Maroc a condamné cette décision.", ['country:MA opposed']],
    ['fr', '', "Le Honduras a rompu ses relations avec le Maroc.\n\nLe Maroc a condamné cette décision.", ['country:MA opposed']],
    ['es', '', 'Chile firmó el viernes un acuerdo comercial con Vietnam.\n\nVietnam celebró el acuerdo.\n\nPerú criticó el pacto.', ['country:PE opposed']],
    ['it', '', "Il Cile ha firmato venerdì un accordo commerciale con il Vietnam.\n\nIl Vietnam ha accolto con favore l'intesa.\n\nIl Perù ha criticato l'accordo.", ['country:PE opposed']],
    ['ru', '', 'Чили подписала в пятницу торговое соглашение с Вьетнамом.\n\nВьетнам приветствовал соглашение.\n\nПеру раскритиковало соглашение.', ['country:PE opposed']],
    ['ru', '', 'Чили разорвала отношения с Вьетнамом.\n\nВьетнам осудил это решение.', ['country:VN opposed']],
  ])('%s: %s %s', (language, title, text, expected) => {
    expect(pairs(language, title, text)).toEqual(expected);
  });
});
