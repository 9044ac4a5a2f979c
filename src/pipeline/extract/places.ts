/**
 * Place mentions in a sentence, against the places gazetteer (`data/places.yaml`). Every mention is
 * recorded, also of a capital that stands for its state ("Moscow warned"): the event stage decides
 * by context (a place after in/at is where the event happened).
 */
import type { Place } from '../places.ts';
import { tokenize, tokenizeName, type Token } from './names.ts';
import type { PlaceMention, Span } from './types.ts';

export interface PlaceFinder {
	/** Places named in `sentence`, offsets into the body, longest name first where names overlap. */
	find(sentence: Span): PlaceMention[];
}

interface Form {
	words: string[];
	gaps: boolean[];
	caps: boolean[];
	place: string;
}

/** Compile the places once per build: forms keyed by their first word, longest first. */
export function createPlaceFinder(places: readonly Pick<Place, 'name' | 'aliases'>[]): PlaceFinder {
	const forms = new Map<string, Form[]>();
	for (const place of places) {
		for (const written of [place.name, ...(place.aliases ?? [])]) {
			const tokens = tokenizeName(written);
			if (tokens.length === 0) continue;
			const form: Form = {
				words: tokens.map((t) => t.norm),
				gaps: tokens.map((t) => t.gap),
				caps: tokens.map((t) => t.cap),
				place: place.name
			};
			const list = forms.get(form.words[0]!) ?? [];
			list.push(form);
			list.sort((a, b) => b.words.length - a.words.length);
			forms.set(form.words[0]!, list);
		}
	}
	return {
		find(sentence) {
			const tokens = tokenize(sentence.text, sentence.start);
			const found: PlaceMention[] = [];
			let i = 0;
			while (i < tokens.length) {
				const form = forms.get(tokens[i]!.norm)?.find((f) => spells(f, tokens, i));
				if (!form) {
					i++;
					continue;
				}
				const start = tokens[i]!.start;
				const end = tokens[i + form.words.length - 1]!.end;
				const text = sentence.text.slice(start - sentence.start, end - sentence.start);
				found.push({ text, start, end, place: form.place });
				i += form.words.length;
			}
			return found;
		}
	};
}

function spells(form: Form, tokens: Token[], i: number): boolean {
	if (i + form.words.length > tokens.length) return false;
	return form.words.every((word, k) => {
		const token = tokens[i + k]!;
		// Capitals must be capitals: "nice" is not Nice.
		return token.norm === word && (k === 0 || token.gap === form.gaps[k]) && (!form.caps[k] || token.cap);
	});
}
