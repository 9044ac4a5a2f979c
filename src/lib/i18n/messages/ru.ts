/**
 * Dateline's own words in Russian, key for key with `en.ts`. Counts take one ("21 событие"), few
 * ("3 события"), many ("5 событий") and other (fractions).
 */
import type { Messages } from '../messages.ts';

export const ru: Messages = {
	'site.skip': 'Перейти к содержанию',
	'site.nav': 'Сайт',
	'site.timeline': 'Хронология',
	'site.dataset': 'Данные (JSON)',
	'site.footer':
		'Dateline составляет эту хронологию из новостных статей при сборке сайта. Каждое событие ведёт к предложениям, в которых о нём сообщается.',
	'site.language': 'Язык',
	'site.description': 'Интерактивная хронология дипломатических событий, извлечённых из новостных статей.',
	'site.embedTitle': 'Хронология Dateline',

	'page.heading': 'Хронология',
	'page.lede': '{events}, {span}, из {articles}; участников: {actors}.',
	'page.ledeAll': '{events} из {articles}; участников: {actors}.',
	'page.chart': 'Хронология',
	'page.details': 'Подробности события',
	'page.choose':
		'Выберите событие на шкале мышью или с клавиатуры (Tab, стрелки, Enter), чтобы увидеть его участников и предложения, в которых о нём сообщается.',
	'page.drawing': {
		one: 'Рисуется {count} событие…',
		few: 'Рисуются {count} события…',
		many: 'Рисуются {count} событий…',
		other: 'Рисуются {count} события…'
	},
	'count.events': {
		one: '{count} событие',
		few: '{count} события',
		many: '{count} событий',
		other: '{count} события'
	},
	'count.articles': {
		one: '{count} статьи',
		few: '{count} статей',
		many: '{count} статей',
		other: '{count} статьи'
	},
	'count.actors': { one: '{count}', few: '{count}', many: '{count}', other: '{count}' },

	'timeline.events': 'События',
	'timeline.label': '{label}: {count}',
	'timeline.role': 'хронология',
	'timeline.noMatch': 'Нет событий, подходящих под эти фильтры.',
	'timeline.noEvents': 'В этой хронологии пока нет событий.',
	'timeline.mark': '{title}, {date}, {type}',
	'timeline.markUncertain': '{title}, {date}, {type}, недостоверно',
	'timeline.cluster': '{count}, {period}, {type}',
	'timeline.week': 'неделя с {date}',
	'timeline.clickToZoom': 'нажмите, чтобы приблизить',
	'timeline.spanningLabel': {
		one: '{count} длительное событие охватывает весь этот вид, {when}: отдалите, чтобы его увидеть',
		few: '{count} длительных события охватывают весь этот вид, {when}: отдалите, чтобы их увидеть',
		many: '{count} длительных событий охватывают весь этот вид, {when}: отдалите, чтобы их увидеть',
		other: '{count} длительного события охватывают весь этот вид, {when}: отдалите, чтобы их увидеть'
	},
	'timeline.spanningText': {
		one: '{count} длительное событие ({when}) охватывает весь этот вид — отдалите, чтобы его увидеть',
		few: '{count} длительных события ({when}) охватывают весь этот вид — отдалите, чтобы их увидеть',
		many: '{count} длительных событий ({when}) охватывают весь этот вид — отдалите, чтобы их увидеть',
		other: '{count} длительного события ({when}) охватывают весь этот вид — отдалите, чтобы их увидеть'
	},
	'zoom.group': 'Масштаб',
	'zoom.in': 'Приблизить',
	'zoom.out': 'Отдалить',
	'zoom.inTitle': 'Приблизить (+)',
	'zoom.outTitle': 'Отдалить (−)',
	'zoom.fit': 'Показать всё',
	'zoom.fitTitle': 'Показать все события (0)',
	'zoom.showing': 'Показано: {range}',
	'zoom.hintPointer': 'Колесо — масштаб · перетаскивание — сдвиг · стрелки — переход между событиями',
	'zoom.hintTouch': 'Сведите пальцы, чтобы изменить масштаб · проведите в сторону, чтобы сдвинуть',
	'minimap.label': 'Видимый период',
	'minimap.title':
		'Перетащите, чтобы сдвинуть, или потяните за край, чтобы изменить масштаб; стрелки сдвигают (←/→) и меняют масштаб (↑/↓)',

	'type.meeting': 'Встреча',
	'type.talks': 'Переговоры',
	'type.agreement': 'Соглашение',
	'type.statement': 'Заявление',
	'type.military': 'Военные действия',
	'type.other': 'Другое',
	'kind.person': 'человек',
	'kind.country': 'государство',
	'kind.organization': 'организация',
	'kind.group': 'группировка',

	'legend.types': 'Типы событий',
	'legend.shapes': 'Формы',
	'legend.day': 'один день',
	'legend.days': 'несколько дней',
	'legend.period': 'известен месяц или год',

	'details.close': 'Закрыть подробности',
	'details.uncertain': 'Недостоверно: извлечено с низкой уверенностью ({confidence})',
	'details.date': 'Дата',
	'details.type': 'Тип',
	'details.actors': 'Участники',
	'details.place': 'Место',
	'details.month': 'Известен месяц, но не день',
	'details.year': 'Известен год, но не день',
	'details.loading': 'Загружаются источники…',
	'details.sources': 'Источники ({count})',
	'details.permalink': 'Постоянная ссылка на это событие',

	'filters.label': 'Фильтры',
	'filters.toggle': 'Фильтры',
	'filters.toggleActive': 'Фильтры (активных: {count})',
	'filters.match': 'Участники',
	'filters.any': 'любой',
	'filters.all': 'все',
	'filters.members': 'включая членов',
	'filters.membersTitle': 'Фильтр по России находит и события с участием Путина или Лаврова',
	'filters.types': 'Типы',
	'filters.dates': 'Даты',
	'filters.from': 'С',
	'filters.to': 'По',
	'filters.text': 'Текст',
	'filters.textPlaceholder': 'Слова в заголовках, местах, цитатах…',
	'filters.showing': {
		one: 'Показано {shown} из {count} события',
		few: 'Показано {shown} из {count} событий',
		many: 'Показано {shown} из {count} событий',
		other: 'Показано {shown} из {count} события'
	},
	'filters.searching': 'поиск в цитатах…',
	'filters.clear': 'Сбросить фильтры',
	'actors.label': 'Участники',
	'actors.selected': 'Выбранные участники',
	'actors.remove': 'Убрать: {name}',
	'actors.placeholder': 'Поиск людей, государств, группировок…',
	'actors.none': 'Нет участников по запросу «{query}»',
	'actors.events': { one: 'событие', few: 'события', many: 'событий', other: 'события' },
	'uncertain.hidden': {
		one: '{count} недостоверное событие скрыто',
		few: '{count} недостоверных события скрыты',
		many: '{count} недостоверных событий скрыто',
		other: '{count} недостоверного события скрыто'
	},
	'uncertain.shown': {
		one: '{count} недостоверное событие показано',
		few: '{count} недостоверных события показаны',
		many: '{count} недостоверных событий показано',
		other: '{count} недостоверного события показано'
	},
	'uncertain.title': 'Извлечено с уверенностью ниже {threshold}',
	'uncertain.toggle': 'Показать недостоверные события',

	'notices.dismiss': 'Скрыть уведомления',
	'origin.link': 'в ссылке',
	'origin.attributes': 'в атрибутах',
	'notice.UNKNOWN_ACTOR': 'Неизвестный участник {value} {origin} пропущен.',
	'notice.BAD_MATCH':
		'Значение match {value} {origin} — не "any" и не "all"; показаны события с любым из участников.',
	'notice.BAD_MEMBERS': 'Значение members {value} {origin} — не 1 и не 0, оно пропущено.',
	'notice.BAD_UNCERTAIN': 'Значение uncertain {value} {origin} — не 1 и не 0, оно пропущено.',
	'notice.UNKNOWN_TYPE': 'Неизвестный тип события {value} {origin} пропущен.',
	'notice.BAD_DATE': '{value} {origin} — не дата (ГГГГ-ММ-ДД), значение пропущено.',
	'notice.DATE_ORDER': 'Дата окончания {value} {origin} раньше даты начала {from}, она пропущена.',
	'notice.UNKNOWN_EVENT': 'Неизвестное событие {value} {origin} пропущено.',
	'notice.UNKNOWN_LANG': 'Неизвестный язык {value} {origin} пропущен; показан английский.',
	'notice.BAD_THEME': 'Неизвестная тема {value} {origin} пропущена; используется автоматическая.',
	'notice.BAD_HEIGHT':
		'Высота {value} {origin} — не целое число пикселей от {min} до {max}, значение пропущено.',

	'load.timeline': 'Загружается хронология…',
	'load.searching': 'Поиск в цитатах…',
	'error.details': 'Не удалось загрузить подробности события: {message}',
	'error.search': 'Не удалось выполнить поиск в цитатах: {message}',
	'error.noSrc': 'У этой хронологии нет данных: укажите в атрибуте src адрес набора данных Dateline.',
	'error.show': 'Не удалось показать хронологию: {message}',
	'error.request': 'Не удалось загрузить данные хронологии из {src}: запрос не выполнен ({message}).',
	'error.status': 'Не удалось загрузить данные хронологии из {src}: сервер ответил {status}.',
	'error.notJson': 'Не удалось загрузить данные хронологии из {src}: это не JSON.',
	'error.index': 'Не удаётся прочитать индекс {src}: {message}.',
	'error.invalid': 'Данные {src} — не набор данных Dateline: {problems}.',

	'embed.open': 'Открыть в Dateline ↗',
	'embed.count': {
		one: '{shown} из {count} события',
		few: '{shown} из {count} событий',
		many: '{shown} из {count} событий',
		other: '{shown} из {count} события'
	},
	'embedDialog.button': 'Встроить…',
	'embedDialog.title': 'Встроить эту хронологию',
	'embedDialog.close': 'Закрыть',
	'embedDialog.lede': 'Код воспроизводит текущий вид: участников, типы, даты, текст и язык.',
	'embedDialog.kind': 'Способ встраивания',
	'embedDialog.iframe': 'Iframe',
	'embedDialog.widget': 'Веб-компонент',
	'embedDialog.theme': 'Тема',
	'embedDialog.iframeCode': 'Код iframe',
	'embedDialog.widgetCode': 'Код веб-компонента',
	'embedDialog.copy': 'Копировать код',
	'embedDialog.copied': 'Скопировано в буфер обмена.',
	'embedDialog.copyFailed': 'Нет доступа к буферу обмена: выделите код и скопируйте его.',
	'embedDialog.preview': 'Предпросмотр',
	'embedDialog.previewTitle': 'Предпросмотр встроенной хронологии',
	'theme.auto': 'авто',
	'theme.light': 'светлая',
	'theme.dark': 'тёмная'
};
