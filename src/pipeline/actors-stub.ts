/**
 * An `actors.yaml` stub for names the gazetteers lack: one entry each, in the format the pipeline reads
 * (`gazetteer.ts`), with the counts and any doubt about the kind as comments, ready to edit and paste.
 */
import type { UnknownName } from './extract/unknown.ts';

/** Plain YAML scalars that need no quotes: letters, digits, spaces and the punctuation of names. */
const PLAIN = /^[\p{L}\p{N}][\p{L}\p{N} .'’-]*$/u;
/** Words YAML reads as something other than a string. */
const RESERVED = /^(?:true|false|null|yes|no|on|off|y|n|~)$/i;

/** The stub for `names`; `taken` are the ids the gazetteers already use, which the stub must not reuse. */
export function formatActorsStub(
	names: readonly UnknownName[],
	taken: ReadonlySet<string> = new Set()
): string {
	if (names.length === 0) return '# every name the articles give is in the gazetteers\n';
	const used = new Set(taken);
	const lines: string[] = [];
	for (const name of names) {
		let id = name.id || 'actor';
		for (let n = 2; used.has(id); n++) id = `${name.id || 'actor'}-${n}`;
		used.add(id);
		const uses = `${name.mentions} mention${name.mentions === 1 ? '' : 's'} in ${name.articles} article${name.articles === 1 ? '' : 's'}`;
		lines.push(`# ${uses}${name.place ? '; mostly after "in" or "at": a place? then places.yaml' : ''}`);
		lines.push(`- id: ${id}`);
		lines.push(`  name: ${scalar(name.name)}`);
		lines.push(
			name.kind ? `  kind: ${name.kind}` : '  kind: person # a guess: person, country, organization or group?'
		);
		if (name.aliases.length > 0) lines.push(`  aliases: [${name.aliases.map(scalar).join(', ')}]`);
	}
	return lines.join('\n') + '\n';
}

function scalar(text: string): string {
	return PLAIN.test(text) && !RESERVED.test(text) && !/\s$/.test(text) ? text : JSON.stringify(text);
}
