import { describe, expect, test } from 'vitest';
import { eventSpan } from '../../../src/lib/model/span';

describe('eventSpan', () => {
	test.each([
		{ name: 'nothing has no span', events: [], span: undefined },
		{
			name: 'one event spans itself',
			events: [{ start: '2019-04-25', end: '2019-04-26' }],
			span: ['2019-04-25', '2019-04-26']
		},
		{
			name: 'the last end is not always the last event’s end',
			events: [
				{ start: '2017-01-01', end: '2017-12-31' },
				{ start: '2017-05-04', end: '2017-05-04' }
			],
			span: ['2017-01-01', '2017-12-31']
		}
	])('$name', ({ events, span }) => expect(eventSpan(events)).toEqual(span));
});
