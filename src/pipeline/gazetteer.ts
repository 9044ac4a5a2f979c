import type { Actor, IsoDate } from '../lib/model/types.ts';
import type { Problem } from '../lib/model/problems.ts';
import { isIsoDate } from '../lib/model/dates.ts';
import { knownFields } from './fields.ts';
import { problemAt, type Report, type YamlItem, type YamlPath, type YamlSource } from './yaml-source.ts';

/** A title phrase that refers to an actor while they hold the post ("the Syrian president"). */
export interface Role {
	title: string;
	from: IsoDate;
	to?: IsoDate;
}

/** An actor as `data/actors.yaml` writes it: the dataset's actor plus what extraction needs. */
export interface GazetteerActor extends Actor {
	roles: Role[];
	/** A state's adjectives of nationality: "Polish" in "Polish officials said" is Poland. */
	demonyms?: string[];
}

const ACTOR_FIELDS = ['id', 'name', 'kind', 'aliases', 'memberOf', 'roles', 'demonyms'] as const;
const ROLE_FIELDS = ['title', 'from', 'to'] as const;

/**
 * Read the actor list from parsed YAML, each actor with its index in the list. Unknown fields are
 * reported and dropped; dataset fields pass through for the dataset validator; `roles`, which the
 * dataset does not carry, are checked here.
 */
export function readGazetteer(source: YamlSource): {
	actors: YamlItem<GazetteerActor>[];
	problems: Problem[];
} {
	const problems: Problem[] = [];
	const report = problemAt(source, problems);
	if (!Array.isArray(source.value)) {
		report([], 'FIELD_INVALID', 'actors.yaml must be a list of actors');
		return { actors: [], problems };
	}
	const actors: YamlItem<GazetteerActor>[] = [];
	source.value.forEach((raw, index) => {
		if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
			return report([index], 'FIELD_INVALID', `actor ${index + 1} must be a mapping with id, name and kind`);
		}
		const written = { aliases: [], memberOf: [], roles: [], ...raw };
		const { roles, demonyms, ...rest } = knownFields(written, ACTOR_FIELDS, [index], report);
		const actor = {
			...rest,
			roles: readRoles(roles, [index, 'roles'], report),
			...(demonyms === undefined ? {} : { demonyms: readWords(demonyms, [index, 'demonyms'], report) })
		} as unknown as GazetteerActor;
		actors.push({ item: actor, index });
	});
	return { actors, problems };
}

function readWords(value: unknown, path: YamlPath, report: Report): string[] {
	if (!Array.isArray(value) || value.some((w) => typeof w !== 'string' || w.trim() === '')) {
		report(path, 'FIELD_INVALID', 'demonyms must be a list of words, e.g. [Polish]');
		return [];
	}
	return value as string[];
}

function readRoles(value: unknown, path: YamlPath, report: Report): Role[] {
	if (!Array.isArray(value)) {
		report(path, 'FIELD_INVALID', 'roles must be a list of { title, from, to? }');
		return [];
	}
	const roles: Role[] = [];
	value.forEach((raw, j) => {
		const here = [...path, j];
		const written = raw && typeof raw === 'object' && !Array.isArray(raw) ? raw : {};
		const role = knownFields(written, ROLE_FIELDS, here, report) as Partial<Record<keyof Role, unknown>>;
		if (typeof role.title !== 'string' || role.title.trim() === '') {
			return report(here, 'FIELD_MISSING', 'a role needs a title, e.g. "Syrian president"');
		}
		if (typeof role.from !== 'string' || !isIsoDate(role.from)) {
			return report(
				[...here, 'from'],
				'DATE_INVALID',
				`role "${role.title}": from must be a real date YYYY-MM-DD`
			);
		}
		if (role.to !== undefined && (typeof role.to !== 'string' || !isIsoDate(role.to))) {
			return report(
				[...here, 'to'],
				'DATE_INVALID',
				`role "${role.title}": to must be a real date YYYY-MM-DD`
			);
		}
		if (typeof role.to === 'string' && role.to < role.from) {
			return report(
				[...here, 'to'],
				'DATE_ORDER',
				`role "${role.title}": to (${role.to}) is before from (${role.from})`
			);
		}
		roles.push({ title: role.title, from: role.from, ...(role.to ? { to: role.to as string } : {}) });
	});
	return roles;
}

/** The dataset's view of an actor: the contract carries no roles. */
export function toDatasetActor({ id, name, kind, aliases, memberOf }: GazetteerActor): Actor {
	return { id, name, kind, aliases, memberOf };
}
