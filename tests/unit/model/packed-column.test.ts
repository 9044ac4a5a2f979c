import { describe, expect, it } from 'vitest';
import { packColumn, unpackColumn } from '../../../src/lib/model/packed-column.ts';

describe('packColumn then unpackColumn', () => {
	it.each<[string, number[], string]>([
		['no values', [], 'u8'],
		['bytes', [0, 1, 255], 'u8'],
		['one past a byte', [0, 256], 'u16'],
		['the largest of 16 bits', [65_535], 'u16'],
		['one past 16 bits', [65_536, 3], 'u32'],
		['the largest of 32 bits', [2 ** 32 - 1], 'u32'],
		['a negative day (before 1970)', [-2_636, 4, 0], 'i32'],
		['the ends of 32 signed bits', [-(2 ** 31), 2 ** 31 - 1], 'i32']
	])('gives back %s in the narrowest type that holds them', (_, values, type) => {
		const column = JSON.parse(JSON.stringify(packColumn(values))) as ReturnType<typeof packColumn>;
		expect(column.type).toBe(type);
		expect(Array.from(unpackColumn(column, values.length))).toEqual(values);
	});

	it('packs small numbers into a byte each', () => {
		const values = Array.from({ length: 30_000 }, (_, i) => i % 7);
		const column = packColumn(values);
		expect(column.data.length).toBe((30_000 / 3) * 4);
		const unpacked = unpackColumn(column);
		expect(unpacked).toBeInstanceOf(Uint8Array);
		// Compared by hand: a deep equality of thousands of elements is slower than the packing.
		expect(unpacked.every((v, i) => v === values[i])).toBe(true);
	});

	it.each([[[1.5]], [[NaN]], [[2 ** 32]], [[-1, 2 ** 31]]])('refuses %j', (values) => {
		expect(() => packColumn(values)).toThrow(RangeError);
	});
});

describe('unpackColumn', () => {
	it.each<[string, unknown, RegExp]>([
		['an unknown type', { type: 'f64', data: '' }, /not a packed column/],
		['data that is not text', { type: 'u8', data: [1, 2] }, /not a packed column/],
		['bytes that are not base64', { type: 'u8', data: '@@@@' }, /not base64/],
		[
			'bytes that are not whole values',
			{ type: 'u16', data: btoa('abc') },
			/3 bytes are not whole u16 values/
		],
		['a length other than the one asked', packColumn([1, 2, 3]), /3 entries for 4/]
	])('refuses %s', (_, column, message) => {
		expect(() => unpackColumn(column as ReturnType<typeof packColumn>, 4)).toThrow(message);
	});
});
