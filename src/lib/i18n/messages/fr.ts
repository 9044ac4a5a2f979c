/**
 * Dateline's own words in French, key for key with `en.ts`. Counts take one (0 and 1: "1 événement"),
 * many (a million and up: "1 000 000 d'événements") and other.
 */
import type { Messages } from '../messages.ts';

export const fr: Messages = {
	'site.skip': 'Aller au contenu',
	'site.nav': 'Site',
	'site.timeline': 'Chronologie',
	'site.dataset': 'Données (JSON)',
	'site.footer':
		'Dateline construit cette chronologie à partir d’articles de presse lors de la génération du site. Chaque événement renvoie aux phrases qui le rapportent.',
	'site.language': 'Langue',
	'site.description': 'Une chronologie interactive d’événements diplomatiques extraits d’articles de presse.',
	'site.embedTitle': 'Chronologie Dateline',

	'page.heading': 'Chronologie',
	'page.lede': '{events}, {span}, tirés de {articles} et impliquant {actors}.',
	'page.ledeAll': '{events} tirés de {articles} et impliquant {actors}.',
	'page.chart': 'Chronologie',
	'page.details': 'Détails de l’événement',
	'page.choose':
		'Choisissez un événement sur la chronologie, au pointeur ou au clavier (Tab, flèches, Entrée), pour voir qui y a pris part et les phrases qui le rapportent.',
	'page.drawing': {
		one: 'Dessin de {count} événement…',
		many: 'Dessin de {count} d’événements…',
		other: 'Dessin de {count} événements…'
	},
	'count.events': { one: '{count} événement', many: '{count} d’événements', other: '{count} événements' },
	'count.articles': { one: '{count} article', many: '{count} d’articles', other: '{count} articles' },
	'count.actors': { one: '{count} acteur', many: '{count} d’acteurs', other: '{count} acteurs' },

	'timeline.events': 'Événements',
	'timeline.label': '{label} : {count}',
	'timeline.role': 'chronologie',
	'timeline.noMatch': 'Aucun événement ne correspond à ces filtres.',
	'timeline.noEvents': 'Cette chronologie n’a pas encore d’événement.',
	'timeline.mark': '{title}, {date}, {type}',
	'timeline.markUncertain': '{title}, {date}, {type}, incertain',
	'timeline.cluster': '{count}, {period}, {type}',
	'timeline.week': 'semaine du {date}',
	'timeline.clickToZoom': 'cliquer pour zoomer',
	'timeline.spanningLabel': {
		one: '{count} événement plus long traverse cette vue, {when} : dézoomez pour le voir',
		many: '{count} d’événements plus longs traversent cette vue, {when} : dézoomez pour les voir',
		other: '{count} événements plus longs traversent cette vue, {when} : dézoomez pour les voir'
	},
	'timeline.spanningText': {
		one: '{count} événement plus long ({when}) traverse cette vue — dézoomez pour le voir',
		many: '{count} d’événements plus longs ({when}) traversent cette vue — dézoomez pour les voir',
		other: '{count} événements plus longs ({when}) traversent cette vue — dézoomez pour les voir'
	},
	'zoom.group': 'Zoom',
	'zoom.in': 'Zoomer',
	'zoom.out': 'Dézoomer',
	'zoom.inTitle': 'Zoomer (+)',
	'zoom.outTitle': 'Dézoomer (−)',
	'zoom.fit': 'Tout afficher',
	'zoom.fitTitle': 'Afficher tous les événements (0)',
	'zoom.showing': 'Affiché : {range}',
	'zoom.hintPointer':
		'Molette pour zoomer · glisser pour se déplacer · les flèches passent d’un événement à l’autre',
	'zoom.hintTouch': 'Pincer pour zoomer · glisser de côté pour se déplacer',
	'minimap.label': 'Période visible',
	'minimap.title':
		'Glisser pour se déplacer, tirer un bord pour zoomer ; les flèches déplacent (←/→) et zooment (↑/↓)',

	'type.meeting': 'Rencontre',
	'type.talks': 'Pourparlers',
	'type.agreement': 'Accord',
	'type.statement': 'Déclaration',
	'type.military': 'Militaire',
	'type.other': 'Autre',
	'kind.person': 'personne',
	'kind.country': 'État',
	'kind.organization': 'organisation',
	'kind.group': 'groupe',

	'legend.types': 'Types d’événements',
	'legend.shapes': 'Formes',
	'legend.day': 'un jour',
	'legend.days': 'plusieurs jours',
	'legend.period': 'connu au mois ou à l’année',

	'details.close': 'Fermer les détails',
	'details.uncertain': 'Incertain : extrait avec une confiance faible ({confidence})',
	'details.date': 'Date',
	'details.type': 'Type',
	'details.actors': 'Acteurs',
	'details.place': 'Lieu',
	'details.month': 'Connu au mois, pas au jour',
	'details.year': 'Connu à l’année, pas au jour',
	'details.loading': 'Chargement des sources…',
	'details.sources': 'Sources ({count})',
	'details.permalink': 'Lien permanent vers cet événement',

	'filters.label': 'Filtres',
	'filters.toggle': 'Filtres',
	'filters.toggleActive': 'Filtres ({count} actifs)',
	'filters.match': 'Les acteurs',
	'filters.any': 'l’un d’eux',
	'filters.all': 'tous',
	'filters.members': 'avec leurs membres',
	'filters.membersTitle': 'Un filtre sur la Russie trouve aussi les événements de Poutine ou Lavrov',
	'filters.types': 'Types',
	'filters.dates': 'Dates',
	'filters.from': 'Du',
	'filters.to': 'Au',
	'filters.text': 'Texte',
	'filters.textPlaceholder': 'Mots des titres, lieux, citations…',
	'filters.showing': {
		one: '{shown} sur {count} événement affiché',
		many: '{shown} sur {count} d’événements affichés',
		other: '{shown} sur {count} événements affichés'
	},
	'filters.searching': 'recherche dans les citations…',
	'filters.clear': 'Effacer les filtres',
	'actors.label': 'Acteurs',
	'actors.selected': 'Acteurs choisis',
	'actors.remove': 'Retirer {name}',
	'actors.placeholder': 'Chercher des personnes, des États, des groupes…',
	'actors.none': 'Aucun acteur ne correspond à « {query} »',
	'actors.events': { one: 'événement', many: 'd’événements', other: 'événements' },
	'uncertain.hidden': {
		one: '{count} événement incertain masqué',
		many: '{count} d’événements incertains masqués',
		other: '{count} événements incertains masqués'
	},
	'uncertain.shown': {
		one: '{count} événement incertain affiché',
		many: '{count} d’événements incertains affichés',
		other: '{count} événements incertains affichés'
	},
	'uncertain.title': 'Extrait avec une confiance inférieure à {threshold}',
	'uncertain.toggle': 'Afficher les événements incertains',

	'notices.dismiss': 'Fermer les avis',
	'origin.link': 'dans le lien',
	'origin.attributes': 'dans les attributs',
	'notice.UNKNOWN_ACTOR': 'L’acteur inconnu {value} {origin} a été ignoré.',
	'notice.BAD_MATCH':
		'La valeur match {value} {origin} n’est ni "any" ni "all" ; les événements avec l’un des acteurs sont affichés.',
	'notice.BAD_MEMBERS': 'La valeur members {value} {origin} n’est ni 1 ni 0 et a été ignorée.',
	'notice.BAD_UNCERTAIN': 'La valeur uncertain {value} {origin} n’est ni 1 ni 0 et a été ignorée.',
	'notice.UNKNOWN_TYPE': 'Le type d’événement inconnu {value} {origin} a été ignoré.',
	'notice.BAD_DATE': '{value} {origin} n’est pas une date (AAAA-MM-JJ) et a été ignoré.',
	'notice.DATE_ORDER': 'La date de fin {value} {origin} précède la date de début {from} et a été ignorée.',
	'notice.UNKNOWN_EVENT': 'L’événement inconnu {value} {origin} a été ignoré.',
	'notice.UNKNOWN_LANG': 'La langue inconnue {value} {origin} a été ignorée ; affichage en anglais.',
	'notice.BAD_THEME': 'Le thème inconnu {value} {origin} a été ignoré ; thème automatique utilisé.',
	'notice.BAD_HEIGHT':
		'La hauteur {value} {origin} n’est pas un nombre entier de pixels de {min} à {max} et a été ignorée.',

	'load.timeline': 'Chargement de la chronologie…',
	'load.searching': 'Recherche dans les citations…',
	'error.details': 'Impossible de charger les détails de cet événement : {message}',
	'error.search': 'Impossible de chercher dans les citations : {message}',
	'error.noSrc':
		'Cette chronologie n’a pas de données : donnez à son attribut src l’adresse d’un jeu de données Dateline.',
	'error.show': 'Impossible d’afficher la chronologie : {message}',
	'error.request':
		'Impossible de charger les données de la chronologie depuis {src} : la requête a échoué ({message}).',
	'error.status':
		'Impossible de charger les données de la chronologie depuis {src} : le serveur a répondu {status}.',
	'error.notJson': 'Impossible de charger les données de la chronologie depuis {src} : ce n’est pas du JSON.',
	'error.index': 'L’index de {src} est illisible : {message}.',
	'error.invalid': 'Les données de {src} ne sont pas un jeu de données Dateline : {problems}.',

	'embed.open': 'Ouvrir dans Dateline ↗',
	'embed.count': {
		one: '{shown} sur {count} événement',
		many: '{shown} sur {count} d’événements',
		other: '{shown} sur {count} événements'
	},
	'embedDialog.button': 'Intégrer…',
	'embedDialog.title': 'Intégrer cette chronologie',
	'embedDialog.close': 'Fermer',
	'embedDialog.lede': 'Le code reprend la vue actuelle : ses acteurs, types, dates, texte et langue.',
	'embedDialog.kind': 'Type d’intégration',
	'embedDialog.iframe': 'Iframe',
	'embedDialog.widget': 'Composant web',
	'embedDialog.theme': 'Thème',
	'embedDialog.iframeCode': 'Code de l’iframe',
	'embedDialog.widgetCode': 'Code du composant web',
	'embedDialog.copy': 'Copier le code',
	'embedDialog.copied': 'Copié dans le presse-papiers.',
	'embedDialog.copyFailed': 'Presse-papiers inaccessible : sélectionnez le code et copiez-le.',
	'embedDialog.preview': 'Aperçu',
	'embedDialog.previewTitle': 'Aperçu de la chronologie intégrée',
	'theme.auto': 'auto',
	'theme.light': 'clair',
	'theme.dark': 'sombre'
};
