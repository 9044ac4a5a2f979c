import type { Actor, IsoDate } from '../lib/model/types.ts';
import type { Problem } from '../lib/model/problems.ts';
import { isIsoDate } from '../lib/model/dates.ts';
import type { YamlSource } from './yaml-source.ts';

/** A title phrase that refers to an actor while they hold the post ("the Syrian president"). */
export interface Role {
	title: string;
	from: IsoDate;
	to?: IsoDate;
}

/** An actor as `data/actors.yaml` writes it: the dataset's actor plus what extraction needs. */
export interface GazetteerActor extends Actor {
	roles: Role[];
}

/**
 * Read the actor list from parsed YAML. Dataset fields pass through for the dataset validator;
 * `roles`, which the dataset does not carry, are checked here.
 */
export function readGazetteer(source: YamlSource): { actors: GazetteerActor[]; problems: Problem[] } {
	const problems: Problem[] = [];
	const at = (path: (string | number)[], code: Problem['code'], message: string) =>
		problems.push({ code, file: source.file, line: source.lineOf(path), message });
	if (!Array.isArray(source.value)) {
		at([], 'FIELD_INVALID', 'actors.yaml must be a list of actors');
		return { actors: [], problems };
	}
	const actors = source.value.map((raw, i) => {
		if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
			at([i], 'FIELD_INVALID', `actor ${i + 1} must be a mapping with id, name and kind`);
			return undefined;
		}
		const { roles = [], ...rest } = raw as Record<string, unknown>;
		const actor = { aliases: [], memberOf: [], ...rest } as unknown as GazetteerActor;
		actor.roles = readRoles(roles, [i, 'roles'], at);
		return actor;
	});
	return { actors: actors.filter((a): a is GazetteerActor => a !== undefined), problems };
}

function readRoles(
	value: unknown,
	path: (string | number)[],
	at: (path: (string | number)[], code: Problem['code'], message: string) => void
): Role[] {
	if (!Array.isArray(value)) {
		at(path, 'FIELD_INVALID', 'roles must be a list of { title, from, to? }');
		return [];
	}
	const roles: Role[] = [];
	value.forEach((raw, j) => {
		const role = (raw ?? {}) as Partial<Record<keyof Role, unknown>>;
		const here = [...path, j];
		if (typeof role.title !== 'string' || role.title.trim() === '') {
			return at(here, 'FIELD_MISSING', 'a role needs a title, e.g. "Syrian president"');
		}
		if (typeof role.from !== 'string' || !isIsoDate(role.from)) {
			return at(
				[...here, 'from'],
				'DATE_INVALID',
				`role "${role.title}": from must be a real date YYYY-MM-DD`
			);
		}
		if (role.to !== undefined && (typeof role.to !== 'string' || !isIsoDate(role.to))) {
			return at([...here, 'to'], 'DATE_INVALID', `role "${role.title}": to must be a real date YYYY-MM-DD`);
		}
		if (typeof role.to === 'string' && role.to < role.from) {
			return at(
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
