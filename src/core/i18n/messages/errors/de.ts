import type { ErrorsCatalog } from './en.ts';

/**
 * German (du), with the glossary of commands/de.ts: Clip, Prompt, Remix, Wettbewerb, Geschichte,
 * Shot, verlängern, Besetzung, Abbild, Foto; Videodienst (the video service), Admins.
 */
export const de: ErrorsCatalog = {
  'error.internal': 'Bei uns ist etwas schiefgelaufen. Bitte versuch es noch einmal.',

  'error.list.or': '{a} oder {b}',
  'error.list.series': '{first}, {rest}',
  'error.list.and2': '{a} und {b}',
  'error.list.and3': '{a}, {b} und {c}',
  'error.list.andOthers': '{a}, {b} und {others, plural, one {# weitere Person} other {# weitere}}',

  'error.givenUp.rateLimited':
    'Der Videodienst war bei jedem neuen Versuch ausgelastet, daher wurde dieser Clip gestoppt. Dir wurde nichts berechnet; versuch es später noch einmal.',
  'error.givenUp.unavailable':
    'Der Videodienst hat bei keinem Versuch geantwortet, daher wurde dieser Clip gestoppt. Dir wurde nichts berechnet; versuch es später noch einmal.',
  'error.givenUp.download':
    'Das fertige Video konnte auch nach mehreren Versuchen nicht vom Videodienst abgerufen werden. Dir wurde nichts berechnet; versuch es noch einmal.',
  'error.givenUp.delivery':
    'Das Video konnte auch nach mehreren Versuchen nicht hier gepostet werden. Dir wurde nichts berechnet; versuch es später noch einmal.',
  'error.givenUp.diskFull':
    'Auf dem Server des Bots war auch nach mehreren Versuchen kein Speicherplatz für Videos frei, daher konnte dieser Clip nicht gespeichert werden. Dir wurde nichts berechnet; versuch es später noch einmal und sag dem Betreiber des Bots Bescheid, wenn das öfter passiert.',
  'error.givenUp.invalidVideo':
    'Der Videodienst hat auch nach mehreren Versuchen kein abspielbares Video geschickt, daher wurde nichts gepostet. Dir wurde nichts berechnet; versuch es später noch einmal.',
  'error.givenUp.other':
    'Dieser Clip konnte auch nach mehreren Versuchen nicht fertiggestellt werden. Dir wurde nichts berechnet; versuch es später noch einmal.',

  'error.budget.memberActive':
    'Du hast schon {used, plural, one {# Clip} other {# Clips}} in der Warteschlange oder beim Rendern – mehr darf ein Mitglied hier nicht gleichzeitig haben. Versuch es wieder, wenn einer davon fertig ist.',
  'error.budget.memberDailyClips':
    'Du hast heute {used, plural, one {# Clip} other {# Clips}} erstellt, das Tageslimit pro Mitglied hier. Es wird um Mitternacht UTC zurückgesetzt, in {wait}.',
  'error.budget.memberDailySeconds':
    'Mit diesem {seconds}-Sekunden-Clip kämst du heute über {max} Sekunden Video; dir bleiben noch {left} s. Versuch einen kürzeren Clip oder warte bis Mitternacht UTC, in {wait}.',
  'error.budget.memberDailySecondsDone':
    'Du hast deine {max} Sekunden Video für heute aufgebraucht. Es wird um Mitternacht UTC zurückgesetzt, in {wait}.',
  'error.budget.workspaceDaily':
    'Das tägliche Videobudget hier beträgt {max, number, ::currency/USD}, davon sind {used, number, ::currency/USD} ausgegeben oder für laufende Clips reserviert; dieser Clip kostet {cost, number, ::currency/USD}. Es wird um Mitternacht UTC zurückgesetzt, in {wait}.',
  'error.budget.workspaceDailyRoom':
    'Das tägliche Videobudget hier beträgt {max, number, ::currency/USD}, davon sind {used, number, ::currency/USD} ausgegeben oder für laufende Clips reserviert; dieser Clip kostet {cost, number, ::currency/USD}. Ein günstigerer Clip passt vielleicht noch ({left, number, ::currency/USD} übrig). Es wird um Mitternacht UTC zurückgesetzt, in {wait}.',
  'error.budget.workspaceMonthly':
    'Das monatliche Videobudget hier beträgt {max, number, ::currency/USD}, davon sind {used, number, ::currency/USD} ausgegeben oder für laufende Clips reserviert; dieser Clip kostet {cost, number, ::currency/USD}. Es wird am {date, date, utcMonthDay} (UTC) zurückgesetzt, in {wait}.',
  'error.budget.workspaceMonthlyRoom':
    'Das monatliche Videobudget hier beträgt {max, number, ::currency/USD}, davon sind {used, number, ::currency/USD} ausgegeben oder für laufende Clips reserviert; dieser Clip kostet {cost, number, ::currency/USD}. Ein günstigerer Clip passt vielleicht noch ({left, number, ::currency/USD} übrig). Es wird am {date, date, utcMonthDay} (UTC) zurückgesetzt, in {wait}.',
  'error.budget.wait.minutes': '{minutes} min',
  'error.budget.wait.hours': '{hours} h',
  'error.budget.wait.hoursMinutes': '{hours} h {minutes} min',
  'error.budget.wait.days': '{days, plural, one {# Tag} other {# Tagen}}',

  'error.admission.rateLimited':
    'Das sind mehr als {perMinute} Befehle und Klicks pro Minute, mehr darf ein Mitglied hier nicht senden. Warte {seconds} s und versuch es noch einmal.',
  'error.admission.channel':
    'In diesem Kanal können keine Clips erstellt werden: Die Admins haben dafür andere Kanäle gewählt. Versuch es dort oder frag einen Admin.',
  'error.consent.likeness':
    'Dein Prompt nennt {names}; {count, plural, one {diese Person hat} other {diese Personen haben}} dir ihr Abbild hier nicht freigegeben. Ein Mitglied erlaubt es dir mit /{command} cast allow oder cast approve; bis dahin lass die Namen weg.',
  'error.consent.appear':
    'Dein Prompt nennt {names}; {count, plural, one {diese Person hat} other {diese Personen haben}} nicht zugestimmt, hier in Clips vorzukommen. Mitglieder stimmen mit /{command} consent on zu; bis dahin lass die Namen weg.',
  'error.consent.withdrawn':
    '{names} {count, plural, one {leiht} other {leihen}} diesem Clip nicht mehr das eigene Abbild; er wurde nicht erstellt und erstattet.',

  'error.clip.promptEmpty': 'Beschreib das Video, das du möchtest: Der Prompt ist leer.',
  'error.clip.promptTooLong':
    'Der Prompt hat {length} Zeichen; erlaubt sind {max}. Kürz ihn und versuch es noch einmal.',
  'error.clip.duration':
    '{model} erstellt Clips mit {durations} Sekunden; du wolltest {duration}. Wähl eine dieser Längen.',
  'error.clip.size': '{model} erstellt Clips in {sizes}; „{size}“ gehört nicht dazu.',
  'error.clip.aspect': '{model} hat kein Format {aspect} ({ratio}); es bietet {sizes}.',
  'error.clip.style': 'Es gibt keinen Stil „{style}“. Versuch {styles}.',
  'error.clip.imageUnsupported': '{model} kann nicht von einem Bild ausgehen; lass das Bild weg.',
  'error.clip.referencesUnsupported':
    'Dein Prompt nennt ein Mitglied, dessen Abbild du nutzen darfst, aber kein Videomodell hier nimmt Referenzbilder an. {providers} könnte das; frag einen Admin oder lass den Namen weg.',
  'error.clip.editUnsupported':
    'Das Modell dieses Clips kann sein Video nicht bearbeiten. Nutze stattdessen Remix, um einen neuen Clip aus seinem Prompt zu starten.',
  'error.clip.alreadyDone':
    'Dieser Clip ist schon {state, select, posted {gepostet} failed {fehlgeschlagen} cancelled {abgebrochen} other {fertig}}; da gibt es nichts abzubrechen.',
  'error.clip.delivering': 'Dieser Clip wird gerade gepostet und kann nicht mehr abgebrochen werden.',
  'error.clip.gone': 'Diesen Clip gibt es nicht mehr.',
  'error.clip.exists': 'Diesen Clip gibt es schon.',
  'error.clip.movedOn': 'Dieser Clip hat sich inzwischen geändert.',
  'error.clip.contestsUnavailable': 'Wettbewerbe sind hier nicht verfügbar.',
  'error.clip.notYours':
    'Nur {author} oder ein Admin kann diesen Clip {action, select, cancel {abbrechen} delete {löschen} other {ändern}}.',
  'error.clip.cancelledBy': 'Abgebrochen von {name}.',
  'error.model.unknown': 'Es gibt kein Modell namens „{model}“. Wähl eins davon: {models}.',
  'error.provider.notConfigured': 'Der Videoanbieter „{name}“ ist nicht eingerichtet.',

  'error.moderation.blocklist':
    'Dieser Prompt enthält ein Wort, das die Admins dieses Bots nicht erlauben, daher wurde nichts erstellt oder berechnet. Formulier ihn um und versuch es noch einmal.',
  'error.moderation.category.minors': 'sexueller Inhalte mit Minderjährigen',
  'error.moderation.category.selfHarm': 'Selbstverletzung',
  'error.moderation.category.graphicViolence': 'drastischer Gewaltdarstellung',
  'error.moderation.category.threateningHate': 'bedrohlichen Hasses',
  'error.moderation.category.threats': 'Drohungen',
  'error.moderation.category.violentWrongdoing': 'gewalttätiger Straftaten',
  'error.moderation.category.violence': 'Gewalt',
  'error.moderation.category.hate': 'Hass',
  'error.moderation.category.harassment': 'Belästigung',
  'error.moderation.category.sexual': 'sexueller Inhalte',
  'error.moderation.category.wrongdoing': 'Straftaten',
  'error.moderation.category.rules': 'der Inhaltsregeln',
  'error.moderation.flagged':
    'Die Inhaltsprüfung hat diesen Prompt wegen {category} markiert, daher wurde nichts erstellt oder berechnet. Änder ihn und versuch es noch einmal.',
  'error.moderation.unavailable':
    'Die Inhaltsprüfung antwortet gerade nicht, daher wurde nichts erstellt oder berechnet. Versuch es in einer Minute noch einmal.',

  'error.cast.handleMention':
    'Dieser Handle sieht aus wie eine Erwähnung oder eine Mitglieds-ID. Wähl ein einfaches Wort, z. B. ada oder captain_rex.',
  'error.cast.handleShape':
    'Ein Handle hat 3 bis 32 Buchstaben, Ziffern, _, . oder - und beginnt und endet mit einem Buchstaben oder einer Ziffer (z. B. ada oder captain_rex).',
  'error.cast.handleReserved': '@{handle} nutzen Chat-Apps für alle; wähl einen anderen Handle.',
  'error.cast.handleTaken':
    '@{handle} ist hier schon der Handle eines anderen Mitglieds; wähl einen anderen.',
  'error.cast.modelNoLikeness':
    '{model} kann kein Abbild eines Mitglieds verwenden. Lass das Modell weg oder wähl eins, das es kann: {models}.',
  'error.cast.likenessUnsupported':
    '{model} kann kein Abbild eines Mitglieds verwenden; der Clip wurde nicht erstellt und erstattet.',
  'error.cast.ownLikeness': 'Dein eigenes Abbild darfst du immer nutzen; gib es jemand anderem frei.',
  'error.cast.botApprove': 'Bots können nicht für ein Abbild freigegeben werden.',
  'error.cast.full':
    'Du hast schon {max} Fotos, mehr behält ein Mitglied nicht. Entferne deine Besetzung mit /{command} cast remove, um neu anzufangen.',
  'error.cast.providersWithReferences': 'fal (sein Modell Veo 3.1, mit Referenzbildern)',
  'error.cast.memberNone': 'Dieses Mitglied hat hier keine Besetzung.',
  'error.cast.none':
    'Du hast hier noch keine Besetzung. Füg zuerst mit /{command} cast add ein Foto von dir hinzu.',

  'error.story.describe':
    'Beschreib die Geschichte: Schreib ihre Shots getrennt durch | (zum Beispiel „ein Fuchs erwacht | der Fuchs rennt“).',
  'error.story.tooManyShots':
    'Eine Geschichte hat höchstens {max} Shots; diese hat {count}. Fass einige Shots zusammen und versuch es noch einmal.',
  'error.story.shotEmpty':
    'Shot {index} von {count} ist leer: Beschreib, was darin passiert, oder entferne das überzählige Trennzeichen.',
  'error.story.shotTooLong':
    'Shot {index} hat {length} Zeichen; erlaubt sind pro Shot {max}. Kürz ihn und versuch es noch einmal.',
  'error.story.noShots': 'Beschreib mindestens einen Shot.',
  'error.story.tooManyShotsWritten':
    'Eine Geschichte hat höchstens {max} Shots; du hast {count} geschrieben. Fass einige Shots zusammen oder erzähl den Rest in einer zweiten Geschichte.',
  'error.story.shotBlank':
    'Shot {index} ist leer. Sag, was darin passiert, oder entferne das überzählige Trennzeichen.',
  'error.story.tooLong':
    '{what}: Das wären {total} Sekunden; höchstens {max} sind möglich. Nutze weniger oder kürzere Shots.',
  'error.story.whatShots': '{count, plural, one {# Shot} other {# Shots}} zu je {seconds} s',
  'error.story.whatExtended': 'Der um {seconds} s verlängerte Clip',
  'error.story.flowUnsupported':
    '{model} kann einen Shot nicht mit dem letzten Bild des vorigen beginnen, was der fließende Modus braucht. Nutze mode:cut oder eins von {models}.',
  'error.story.flowUnsupportedAnywhere':
    '{model} kann einen Shot nicht mit dem letzten Bild des vorigen beginnen, was der fließende Modus braucht, und kein Modell hier kann das. Nutze mode:cut.',
  'error.story.gone': 'Diese Geschichte gibt es nicht mehr.',
  'error.story.exists': 'Diese Geschichte gibt es schon.',
  'error.story.rerollNotPosted': 'Nur bei einer geposteten Geschichte kann ein Shot neu erstellt werden.',
  'error.story.shotRange': 'Diese Geschichte hat die Shots 1 bis {count}; wähl einen davon.',
  'error.story.shotNotOwn':
    'Dieser Shot ist der Clip, den die Geschichte fortsetzt; nur die eigenen Shots der Geschichte können neu erstellt werden.',
  'error.story.noQueue': 'Geschichten können hier nicht laufen.',
  'error.story.shotGone': 'Ein Shot dieser Geschichte ist weg, daher kann sie nicht zusammengefügt werden.',
  'error.story.recordMissing':
    'Der Eintrag dieser Geschichte fehlt, daher kann sie nicht fertiggestellt werden. Es wurde nichts weiter berechnet.',
  'error.story.sourceGone':
    'Der Clip, den diese Geschichte fortsetzt, wurde gelöscht oder ist weg, daher kann die Geschichte nicht erstellt werden.',
  'error.story.shotFailed': 'Shot {index} von {count} ist fehlgeschlagen: {why}',
  'error.story.shotFailedUnknown': 'Der Videoanbieter konnte ihn nicht erstellen.',
  'error.story.ended': 'Die Geschichte war zu Ende, bevor dieser Shot erstellt wurde.',
  'error.extend.gone': 'Diesen Clip gibt es nicht mehr, daher kann er nicht verlängert werden.',
  'error.extend.notPosted': 'Nur ein geposteter Clip kann verlängert werden; warte, bis dieser gepostet ist.',
  'error.extend.sourceGone': 'Das Video dieses Clips ist nicht mehr verfügbar, um daran anzuknüpfen.',
  'error.extend.unsupported':
    '{model} kann weder eigene Clips verlängern noch von einem Bild ausgehen, daher kann dieser Clip nicht fortgesetzt werden.',
  'error.extend.unsupportedUse':
    '{model} kann weder eigene Clips verlängern noch von einem Bild ausgehen, daher kann dieser Clip nicht fortgesetzt werden. Erstelle den Clip mit {models}, um ihn zu verlängern.',

  'error.render.failed': 'Der Videoanbieter konnte diesen Clip nicht erstellen.',
  'error.shot.sourceGone':
    'Der Clip, an den dieser Shot anknüpft, ist weg, daher kann der Shot nicht davon ausgehen.',
  'error.shot.videoGone': 'Dieses Video ist beim Anbieter nicht mehr verfügbar.',
  'error.shot.continueGone':
    'Das Video, an das dies anknüpft, ist beim Anbieter nicht mehr verfügbar, daher kann es nicht fortgesetzt werden.',
  'error.delivery.notConnected': 'Diese Chat-Plattform ist gerade nicht verbunden.',
  'error.delivery.tooLarge':
    'Der Clip hat {size, number, ::.0} MiB und dieser Kanal nimmt höchstens {limit, number, ::.0} MiB an, auch verkleinert. Versuch einen kürzeren oder kleineren Clip.',
  'error.download.tooLarge':
    'Das fertige Video ist größer als die {mib, number} MiB, die reelbot annimmt, daher wurde es nicht heruntergeladen. Dir wurde nichts berechnet; versuch einen kürzeren oder kleineren Clip.',
  'error.download.tooSlow':
    'Der Videodienst hat das fertige Video zu langsam geschickt (nicht innerhalb von {span}), daher hat reelbot aufgegeben. Dir wurde nichts berechnet; versuch es später noch einmal.',
  'error.download.minutes': '{count, plural, one {# Minute} other {# Minuten}}',
  'error.download.seconds': '{count, plural, one {# Sekunde} other {# Sekunden}}',
  'error.download.cancelled': 'Dieser Clip wurde abgebrochen.',

  'error.provider.moderation':
    'Der Videodienst hat diesen Prompt nach seinen Inhaltsregeln abgelehnt. Formulier ihn um und versuch es noch einmal.',
  'error.provider.auth':
    'Der Videodienst hat unsere Zugangsdaten nicht akzeptiert. Ein Admin muss den API-Schlüssel prüfen.',
  'error.provider.quota': 'Das Konto beim Videodienst hat kein Guthaben mehr. Ein Admin muss es aufladen.',
  'error.provider.modelNotFound':
    'Der Videodienst bietet dieses Modell nicht mehr an (es wurde eingestellt). Bitte einen Admin, ein anderes Modell zu wählen.',
  'error.provider.notFound': 'Der Videodienst hat dieses Video nicht mehr; es ist vielleicht abgelaufen.',
  'error.provider.notReady': 'Das Video ist beim Videodienst noch nicht fertig.',
  'error.provider.rateLimited':
    'Der Videodienst ist gerade ausgelastet. Deine Anfrage wird gleich noch einmal versucht.',
  'error.provider.unavailable':
    'Der Videodienst antwortet gerade nicht. Deine Anfrage wird gleich noch einmal versucht.',
  'error.provider.downloadFailed':
    'Das fertige Video konnte nicht vom Videodienst abgerufen werden. Es wird noch einmal versucht.',
  'error.provider.unsafeUrl':
    'Der Videodienst hat reelbot auf eine Adresse verwiesen, die es nie abruft (dieser Rechner oder ein privates Netz), daher wurde der Clip nicht heruntergeladen. Dir wurde nichts berechnet; ein Admin sollte den Videodienst prüfen.',
  'error.provider.renderFailed':
    'Der Videodienst konnte diesen Clip nicht erstellen. Versuch es noch einmal, vielleicht mit einem anderen Prompt.',
  'error.provider.cancelled': 'Der Videodienst hat dieses Rendering abgebrochen.',
  'error.provider.unknownStatus': 'Der Videodienst hat einen Status gemeldet, den reelbot nicht kennt.',
  'error.provider.unknownStatusNamed':
    'Der Videodienst hat einen Status gemeldet, den reelbot nicht kennt („{status}“).',
  'error.provider.expired':
    'Das fertige Video ist beim Videodienst abgelaufen, bevor es abgerufen werden konnte.',
  'error.provider.rejected': 'Der Videodienst hat diese Anfrage abgelehnt: {reason}',
  'error.provider.rejectedField': 'Der Videodienst hat diese Anfrage abgelehnt ({field}): {reason}',
  'error.provider.couldNotMake': 'Der Videodienst konnte diesen Clip nicht erstellen: {reason}',
  'error.provider.referenceImage':
    'Der Videodienst konnte das Referenzbild nicht verwenden: {reason} Versuch ein anderes Bild.',
  'error.provider.referenceImagePlain':
    'Der Videodienst konnte das Referenzbild nicht verwenden. Versuch ein anderes Bild.',
  'error.provider.noSuchModel': 'Dieser Videodienst bietet das Modell „{model}“ nicht an.',
  'error.provider.tooManyReferences': '{model} kann keine {count} Referenzbilder annehmen.',
  'error.provider.promptTooLong':
    '{model} nimmt Prompts mit höchstens {max} Zeichen an; dieser hat {length}. Kürz ihn und versuch es noch einmal.',
  'error.provider.firstFrameTooLarge':
    'Das Bild, mit dem dieser Shot beginnen soll, ist zu groß für den Videodienst ({size} MB; erlaubt sind höchstens {max} MB). Dir wurde nichts berechnet.',
  'error.provider.privateImageLink':
    'Der Bildlink muss auf ein Bild im öffentlichen Web zeigen; Links auf diesen Rechner oder ein privates Netz werden abgelehnt.',

  'error.media.diskFull':
    'Auf dem Server des Bots war auch nach einer Wartezeit kein Speicherplatz für Videos frei, daher konnte dieser Clip nicht gespeichert werden. Dir wurde nichts berechnet; versuch es später noch einmal und sag dem Betreiber des Bots Bescheid, wenn das öfter passiert.',
  'error.media.timedOut':
    'Der Server des Bots hat zu lange gebraucht, um dieses Video zu verarbeiten, und hat abgebrochen. Dir wurde nichts berechnet; versuch es noch einmal und sag dem Betreiber des Bots Bescheid, wenn das öfter passiert.',
  'error.media.notVideo':
    'Der Videodienst hat kein abspielbares Video geschickt, daher wurde nichts gepostet. Dir wurde nichts berechnet; versuch es noch einmal.',
  'error.media.lastFrame':
    'Der Bot konnte das letzte Bild des Clips nicht lesen, um daran anzuknüpfen. Dir wurde nichts berechnet; versuch es noch einmal.',
  'error.media.join':
    'Der Bot konnte die Shots nicht zu einem Video zusammenfügen. Für das Zusammenfügen wurde nichts berechnet; versuch es noch einmal und sag dem Betreiber des Bots Bescheid, wenn das öfter passiert.',
  'error.image.invalid':
    'Diese Datei ist kein Bild, das reelbot verwenden kann: Schick ein JPEG-, PNG- oder WebP-Foto.',
  'error.image.tooManyPixels':
    'Dieses Bild hat {width}x{height} Pixel; schick eins mit weniger als 50 Megapixeln.',
  'error.image.tooManyBytes': 'Dieses Bild hat {mib, number, ::.0} MiB; schick eins mit höchstens 10 MiB.',
  'error.image.prepare': 'Dieses Bild konnte nicht vorbereitet werden; versuch bitte ein anderes.',
};
