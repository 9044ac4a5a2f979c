// Reading Dateline's shipped data: the YAML files beside this module and the `world-countries` package.
// The only disk reads of the pipeline outside io.ts: this data is part of the program, not of a project.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parse } from 'yaml';

/** A state as `world-countries` describes it (the fields Dateline reads). */
export interface WorldCountry {
	name: { common: string; official: string };
	cca3: string;
	independent: boolean | null;
	capital?: string[];
	altSpellings: string[];
	demonyms?: { eng?: { m?: string; f?: string } };
}

/** The parsed value of `<name>.yaml` in this folder; a broken file is a bug in Dateline, so it throws. */
export function readShipped(name: string): unknown {
	return parse(readFileSync(new URL(`./${name}.yaml`, import.meta.url), 'utf8'));
}

/** Every state and territory of the `world-countries` package, and the package's version. */
export function readWorldCountries(): { countries: WorldCountry[]; version: string } {
	const require = createRequire(import.meta.url);
	const countries = require('world-countries/countries.json') as WorldCountry[];
	const { version } = require('world-countries/package.json') as { version: string };
	return { countries, version };
}
