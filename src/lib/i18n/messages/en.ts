/**
 * Dateline's own words in English, the part every embedding says (the timeline, the widget, `/embed`): the
 * table every other language translates, key for key, with `en-site.ts`. `{name}` is filled in; an
 * object is a plural, chosen by `Intl.PluralRules` (its keys are the language's plural categories, `other`
 * always among them) with `{count}` written in the language's digits. The widget carries this part inline.
 */
export const en = {
	// Counting what is drawn
	'page.drawing': { one: 'Drawing {count} event…', other: 'Drawing {count} events…' },
	'count.events': { one: '{count} event', other: '{count} events' },

	// The timeline
	'timeline.events': 'Events',
	'timeline.label': '{label}: {count}',
	'timeline.role': 'timeline',
	'timeline.noMatch': 'No events match these filters.',
	'timeline.noEvents': 'This timeline has no events yet.',
	'timeline.mark': '{title}, {date}, {type}',
	'timeline.markUncertain': '{title}, {date}, {type}, uncertain',
	'timeline.cluster': '{count}, {period}, {type}',
	'timeline.week': 'week of {date}',
	'timeline.clickToZoom': 'click to zoom in',
	'timeline.spanningLabel': {
		one: '{count} longer event runs through this view, {when}: zoom out to see it',
		other: '{count} longer events run through this view, {when}: zoom out to see them'
	},
	'timeline.spanningText': {
		one: '{count} longer event ({when}) runs through this view — zoom out to see it',
		other: '{count} longer events ({when}) run through this view — zoom out to see them'
	},
	'zoom.group': 'Zoom',
	'zoom.in': 'Zoom in',
	'zoom.out': 'Zoom out',
	'zoom.inTitle': 'Zoom in (+)',
	'zoom.outTitle': 'Zoom out (−)',
	'zoom.fit': 'Fit all',
	'zoom.fitTitle': 'Show all (0)',
	'zoom.showing': 'Showing {range}',
	'zoom.hintPointer': 'Scroll to zoom · drag to pan · arrow keys move between events',
	'zoom.hintTouch': 'Pinch to zoom · drag sideways to pan',
	'minimap.label': 'Visible period',
	'minimap.title': 'Drag to pan, drag an edge to zoom; arrow keys pan (←/→) and zoom (↑/↓)',

	// Event types
	'type.meeting': 'Meeting',
	'type.talks': 'Talks',
	'type.agreement': 'Agreement',
	'type.statement': 'Statement',
	'type.military': 'Military',
	'type.other': 'Other',

	// The legend
	'legend.types': 'Event types',
	'legend.shapes': 'Shapes',
	'legend.day': 'a day',
	'legend.days': 'several days',
	'legend.period': 'known to the month or year',

	// The details of an event
	'details.close': 'Close details',
	'details.uncertain': 'Uncertain: extracted with low confidence ({confidence})',
	'details.date': 'Date',
	'details.type': 'Type',
	'details.actors': 'Actors',
	'details.place': 'Place',
	'details.month': 'Known to the month, not the day',
	'details.year': 'Known to the year, not the day',
	'details.loading': 'Loading the sources…',
	'details.sources': 'Sources ({count})',
	'details.permalink': 'Permalink to this event',

	// Uncertain events
	'uncertain.hidden': { one: '{count} uncertain event hidden', other: '{count} uncertain events hidden' },
	'uncertain.shown': { one: '{count} uncertain event shown', other: '{count} uncertain events shown' },
	'uncertain.title': 'Extracted with a confidence below {threshold}',
	'uncertain.toggle': 'Show uncertain events',

	// Notices about a link's (or a widget's attributes') ignored values; {value} comes quoted
	'notices.dismiss': 'Dismiss notices',
	'origin.link': 'in the link',
	'origin.attributes': 'in the attributes',
	'notice.UNKNOWN_ACTOR': 'Unknown actor {value} {origin} was ignored.',
	'notice.BAD_MATCH': 'Match {value} {origin} is not "any" or "all"; showing events with any of the actors.',
	'notice.BAD_MEMBERS': 'Members {value} {origin} is not 1 or 0 and was ignored.',
	'notice.BAD_UNCERTAIN': 'Uncertain {value} {origin} is not 1 or 0 and was ignored.',
	'notice.UNKNOWN_TYPE': 'Unknown event type {value} {origin} was ignored.',
	'notice.BAD_DATE': '{value} {origin} is not a date (YYYY-MM-DD) and was ignored.',
	'notice.DATE_ORDER': 'The end date {value} {origin} is before the start date {from} and was ignored.',
	'notice.UNKNOWN_EVENT': 'Unknown event {value} {origin} was ignored.',
	'notice.UNKNOWN_LANG': 'Unknown language {value} {origin} was ignored; showing English.',
	'notice.BAD_THEME': 'Unknown theme {value} {origin} was ignored; using the automatic theme.',
	'notice.BAD_HEIGHT':
		'Height {value} {origin} is not a whole number of pixels from {min} to {max} and was ignored.',

	// Loading, and what went wrong
	'load.timeline': 'Loading the timeline…',
	'load.searching': 'Searching the quotes…',
	'error.details': 'Could not load the details of this event: {message}',
	'error.search': 'Could not search the quotes: {message}',
	'error.noSrc': 'This timeline has no data: set its src attribute to the URL of a Dateline dataset.',
	'error.show': 'Could not show the timeline: {message}',
	'error.request': 'Could not load the timeline data from {src}: the request failed ({message}).',
	'error.status': 'Could not load the timeline data from {src}: the server answered {status}.',
	'error.notJson': 'Could not load the timeline data from {src}: it is not JSON.',
	'error.index': 'The index at {src} cannot be read: {message}.',
	'error.invalid': 'The data at {src} is not a Dateline dataset: {problems}.',
	'error.timelinejs': 'The TimelineJS data at {src} cannot be read: {problems}.'
} as const;
