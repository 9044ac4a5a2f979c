import { describe, expect, it } from 'vitest';
import { findTriggers, scanTriggers, TRIGGERS } from '../../../src/pipeline/extract/triggers.ts';
import { EVENT_TYPES } from '../../../src/lib/model/types.ts';
import type { Span } from '../../../src/pipeline/extract/types.ts';

/** A sentence placed at an offset, as the sentence splitter hands them over. */
const at = (text: string, start = 100): Span => ({ text, start, end: start + text.length });

describe('findTriggers', () => {
	it.each([
		['Putin met Erdogan in Sochi.', 'met', 'meeting', '040', 'meet'],
		['Erdogan hosted Putin and Rouhani in Ankara.', 'hosted', 'meeting', '043', 'host'],
		['Assad received the envoy in Damascus.', 'received', 'meeting', '043', 'receive'],
		['The leaders held a summit in Tehran.', 'summit', 'meeting', '044', 'hold a summit'],
		['A new round of negotiations opened in Astana.', 'round', 'talks', '046', 'hold a round'],
		['The congress in Sochi ended.', 'congress', 'talks', '046', 'hold a congress'],
		['Russia and Turkey agreed to create a zone.', 'agreed', 'agreement', '057', 'agree'],
		['The defence ministers signed the document.', 'signed', 'agreement', '057', 'sign'],
		['The ceasefire took effect at midnight.', 'ceasefire', 'agreement', '0871', 'agree a ceasefire'],
		['Lavrov said the talks were useful.', 'said', 'statement', '010', 'say'],
		['Zakharova warned of a provocation.', 'warned', 'statement', '012', 'warn'],
		['Iran called for an immediate halt.', 'called for', 'statement', '020', 'call for'],
		['Moscow condemned the strike.', 'condemned', 'statement', '111', 'condemn'],
		['Damascus accused Ankara of backing militants.', 'accused', 'statement', '112', 'accuse'],
		['Tehran rejected the plan.', 'rejected', 'statement', '120', 'reject'],
		['Turkey launched an offensive in Afrin.', 'launched', 'military', '190', 'launch'],
		['Syrian air defences shot down the aircraft.', 'shot down', 'military', '190', 'shoot down'],
		['Washington began to withdraw troops.', 'withdraw', 'military', '0874', 'withdraw'],
		['Jets were bombing the town.', 'bombing', 'military', '195', 'bomb'],
		['Russia suspended the memorandum.', 'suspended', 'other', '160', 'suspend'],
		['The convention voted to make Australia a republic.', 'voted', 'agreement', '00', 'vote'],
		['Pentagon officials confirmed the reports.', 'confirmed', 'statement', '010', 'confirm'],
		['Officials assailed Ukraine for the exercises.', 'assailed', 'statement', '111', 'assail'],
		['Hun Sen staged a coup against Ranariddh.', 'coup', 'military', '00', 'stage a coup'],
		['Police clashed with demonstrators in Lagos.', 'clashed', 'military', '190', 'clash'],
		['He was abducted in March.', 'abducted', 'other', '181', 'abduct'],
		['The Nikkei index fell 148.85 points.', 'fell', 'other', '00', 'fall'],
		['The currency has lost 26 percent of its value.', 'lost', 'other', '00', 'lose']
	])('%s → %s is %s (CAMEO %s)', (text, word, type, cameo, lemma) => {
		const trigger = findTriggers(at(text))[0]!;
		expect(trigger).toMatchObject({ text: word, type, cameo, lemma });
	});

	it('gives offsets into the body, like the sentence', () => {
		const sentence = at('Putin met Erdogan.', 40);
		const [trigger] = findTriggers(sentence);
		expect(trigger).toMatchObject({ start: 46, end: 49 });
	});

	it('takes verbs that need an object only with it, before or after', () => {
		const deal = findTriggers(at('The deal, which Putin and Erdogan reached in Sochi, held.'));
		expect(deal.map((t) => [t.text, t.type])).toEqual([
			['deal', 'agreement'],
			['reached', 'agreement']
		]);
		expect(findTriggers(at('The convoy reached the border.'))).toEqual([]);
		expect(findTriggers(at('The committee opened in Geneva.'))[0]).toMatchObject({
			text: 'opened',
			type: 'talks'
		});
		expect(findTriggers(at('The shops opened again.'))).toEqual([]);
	});

	it("takes no occurrence from a noun inside a name, except an operation's", () => {
		expect(findTriggers(at('He spoke for the Syrian Negotiation Commission.'))).toEqual([]);
		expect(findTriggers(at('Turkey began Operation Peace Spring.'))[0]).toMatchObject({
			text: 'Operation',
			type: 'military'
		});
	});

	it('reads "talks" as the noun, not the verb "talk"', () => {
		expect(findTriggers(at('The talks in Astana ended.'))[0]).toMatchObject({
			type: 'talks',
			lemma: 'hold talks'
		});
	});

	it('reads a verb form after a determiner as the noun: "a chemical attack"', () => {
		const [trigger] = scanTriggers(at('Dozens died in a chemical attack.'));
		expect(trigger).toMatchObject({ form: 'noun', cameo: '2041', type: 'military' });
	});

	it('leaves out words that are only triggers in a phrase', () => {
		expect(findTriggers(at('He stepped down from the post in the Islamic State.'))).toEqual([]);
		expect(findTriggers(at('The deal with Ankara held.'))).toEqual([]);
		expect(findTriggers(at('Turkey fired its governor.'))).toEqual([]);
	});

	it.each([
		'Iran and Turkey did not agree on a ceasefire.',
		'The leaders failed on Friday to agree a truce.',
		'The round ended without agreeing on the boundaries.',
		'Moscow refused to sign the text.'
	])('marks negated agreements and leaves them out: %s', (text) => {
		expect(scanTriggers(at(text)).some((t) => t.type === 'agreement' && t.negated)).toBe(true);
		expect(findTriggers(at(text)).filter((t) => t.type === 'agreement')).toEqual([]);
	});

	it('blocks hedged and called-off triggers but keeps the others', () => {
		expect(findTriggers(at('The two sides might meet in May.'))).toEqual([]);
		expect(findTriggers(at('The two presidents could meet next week.')).map((t) => t.text)).toEqual(['meet']);
		expect(
			findTriggers(at('The talks, which had been scheduled for May, were postponed.')).map((t) => t.type)
		).toEqual(['other']);
		expect(findTriggers(at('Assad met the envoy, according to a statement.')).map((t) => t.text)).toEqual([
			'met'
		]);
	});

	it.each([
		['Putin said the talks went well.', 'simple'],
		['Assad has urged faster progress.', 'perfect'],
		['Putin had rejected the call.', 'pastPerfect'],
		['Moscow has been warning of provocations.', 'progressive'],
		['The memorandum was signed in Sochi.', 'passive'],
		['The truce negotiated by Pence held.', 'passive'],
		['Putin and Erdogan spoke by phone.', 'simple']
	])('reads the aspect of %s as %s', (text, aspect) => {
		const verb = scanTriggers(at(text)).find((t) => t.form !== 'noun')!;
		expect(verb.aspect).toBe(aspect);
	});
});

describe('the trigger table', () => {
	it.each(EVENT_TYPES.map((type) => [type]))('has triggers of type %s that scan as that type', (type) => {
		expect(TRIGGERS[type].length).toBeGreaterThan(0);
		const lemma = TRIGGERS[type][0]!;
		const [found] = scanTriggers(at(`Officials ${lemma.split(' ')[0]} on Monday.`));
		expect(found?.type).toBe(type);
	});

	it.each([
		['The former president died on Sunday.', 'other', '00'],
		['The minister resigned on Friday.', 'other', '0832'],
		['Prosecutors opened an investigation on Monday.', 'other', '090'],
		['The delegation arrived in Geneva on Monday.', 'meeting', '042'],
		['A court ruled on Tuesday that the vote was valid.', 'other', '173'],
		['Voters rejected it in a referendum on Sunday.', 'other', '00']
	])('finds the news beyond diplomacy in %j', (text, type, cameo) => {
		expect(findTriggers(at(text))).toContainEqual(expect.objectContaining({ type, cameo }));
	});
});
