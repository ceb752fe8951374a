import type { RepliesCatalog } from './en.ts';

/**
 * German (du), with the glossary of messages/commands/de.ts: Clip, Prompt, Remix, Wettbewerb,
 * Karte; Geschichte (story), Shot (shot), Besetzung (cast), Abbild (likeness), Foto. Command
 * words (`setting:aspect`, `value:default`, option names) stay as typed.
 */
export const de: RepliesCatalog = {
  'reply.option.invalid': 'Der Wert für {option} ist ungültig: Prüf ihn und versuch es noch einmal.',
  'reply.options.invalid': 'Diese Optionen sind ungültig: Prüf sie und versuch es noch einmal.',

  'reply.gate.admin':
    'Nur Admins können hier {what}, daher wurde nichts geändert. Frag einen Admin (Server verwalten auf Discord, ein Workspace-Admin oder -Inhaber auf Slack).',
  'reply.gate.admin.settings': 'die Einstellungen des Bots sehen oder ändern',
  'reply.gate.admin.castPurge': 'die Besetzung eines anderen Mitglieds entfernen',
  'reply.gate.admin.contestStart': 'einen Wettbewerb starten',
  'reply.gate.admin.contestCancel': 'einen Wettbewerb abbrechen',

  'reply.options.rule':
    'In getippten Befehlen (Slack, das Studio) wird ein Wort, das mit einem Doppelpunkt an einem Wert hängt (mood:dark) oder als --wort geschrieben ist, als Option gelesen, und eine Option, die der Befehl nicht hat, wird abgelehnt, bevor etwas erstellt wird. Um solche Wörter im Prompt zu behalten, setz ein Leerzeichen nach den Doppelpunkt (note: it rains) oder setz sie in Anführungszeichen; Uhrzeiten und Seitenverhältnisse wie 10:30 oder 16:9 bleiben immer im Prompt.',
  'reply.options.unknown.close': 'Unbekannte Option {typed}: Meintest du {close}?',
  'reply.options.unknown.takes': 'Unbekannte Option {typed}: {command} kennt {names}.',
  'reply.options.unknown.none': 'Unbekannte Option {typed}: {command} hat keine Optionen.',
  'reply.options.unknown': '{head} Es wurde nichts erstellt.',
  'reply.options.unknown.keep':
    '{head} Um „{token}“ als Wörter zu behalten, setz ein Leerzeichen nach den Doppelpunkt oder setz sie in Anführungszeichen. Es wurde nichts erstellt.',
  'reply.options.or2': '{a} oder {b}',
  'reply.options.or3': '{a}, {b} oder {c}',
  'reply.options.flag':
    'Optionen werden hier als name:wert geschrieben, also {word}:…, nicht {token}. Es wurde nichts erstellt.',

  'reply.help.generate':
    '/{command} generate prompt:<was passiert> erstellt ein kurzes Video und postet es hier.',
  'reply.help.options':
    'Optionen: duration, aspect (landscape, portrait, square) oder size, model, style, image.',
  'reply.help.aspect':
    'Clips sind hier {aspect} ({ratio}), außer du gibst ein Format oder eine Größe an; Admins ändern das mit /{command} settings setting:aspect.',
  'reply.help.styles': 'Stile: {styles}.',
  'reply.help.tips':
    'Tipps: Beschreib, was die Kamera macht (langsame Fahrt nach vorn, Luftaufnahme), das Licht und den Ton.',
  'reply.help.votes':
    'Reagiere auf einen Clip, um abzustimmen; drück Remix, um mit dem Prompt von jemand anderem zu starten (die Person wird genannt).',
  'reply.help.top':
    '/{command} top zeigt die meistgewählten Clips des Tages, der Woche oder aller Zeiten und die Ruhmeshalle.',
  'reply.help.contests':
    'Wettbewerbe: /{command} contest status zeigt, was hier läuft; mach mit /{command} generate … contest:yes mit, solange Beiträge angenommen werden. Admins starten einen mit /{command} contest start.',
  'reply.help.usage':
    '/{command} usage zeigt, was du und dieser Server ausgegeben habt; mit /{command} consent on dürfen andere dich in ihren Prompts nennen (aus, bis du es einschaltest).',
  'reply.help.models': 'Modelle:',
  'reply.help.model':
    '• {label} ({id}): {durations} s, {sizes}{audio, select, yes {, mit Ton} other {}}{priced, select, yes {, ab {price}/s} other {}}',

  'reply.settings.stays': '{name} bleibt {value}.',
  'reply.settings.changed':
    '{name} ist jetzt {value} (vorher: {from}). Die Änderung wird mit deinem Namen protokolliert.',
  'reply.settings.line': '• {name}: {value}',
  'reply.settings.line.set': '• {name}: {value} (hier gesetzt)',
  'reply.settings.one':
    '{description}. Ändere es mit /{command} settings setting:{name} value:{example}; value:default stellt den Wert des Betreibers wieder her.',
  'reply.settings.head': 'Einstellungen hier (der Rest sind die Standardwerte des Betreibers):',
  'reply.settings.how':
    'Ändere eine mit /{command} settings setting:<name> value:<wert>, z. B. setting:daily_budget value:20; "off" hebt ein Limit auf, "default" stellt den Wert des Betreibers wieder her.',
  'reply.settings.history': 'Letzte Änderungen:',
  'reply.settings.change': '• {when} UTC, {by}: {name} {from} → {to}',
  'reply.settings.name.missing': 'Nenn eine Einstellung.',
  'reply.settings.name.long': 'Dieser Einstellungsname ist zu lang.',
  'reply.settings.name.unknown': 'Diese Einstellung gibt es nicht. Einstellungen: {settings}.',
  'reply.settings.value.text': 'Gib den Wert als Text an.',
  'reply.settings.value.empty': 'Der Wert ist leer.',
  'reply.settings.value.long': 'Der Wert muss kürzer als {max} Zeichen sein.',
  'reply.settings.value.which':
    'Sag, zu welcher Einstellung der Wert gehört, etwa setting:daily_budget value:20.',

  'reply.setting.unknown': 'Es gibt keine Einstellung namens "{name}". Einstellungen: {settings}.',
  'reply.setting.noLimit': 'kein Limit',
  'reply.setting.noLimit.default': 'kein Limit (Standard)',
  'reply.setting.default': '{value} (Standard)',
  'reply.setting.money': '{amount, number, ::currency/USD}',
  'reply.setting.clips': '{count, plural, one {# Clip} other {# Clips}}',
  'reply.setting.seconds': '{count} s',
  'reply.setting.atOnce': '{count} gleichzeitig',
  'reply.setting.perMinute': '{count} pro Minute',
  'reply.setting.model.first': 'das erste Modell',
  'reply.setting.channels.every': 'alle Kanäle',
  'reply.setting.voteEmoji.default': 'der Standard des Bots',
  'reply.setting.aspect': '{aspect} ({ratio})',
  'reply.setting.aspect.default': '{aspect} ({ratio}, Standard)',
  'reply.setting.language.default': 'die Sprache des Servers, sonst Englisch (Standard)',
  'reply.setting.what.daily_budget': 'das Tagesbudget',
  'reply.setting.what.monthly_budget': 'das Monatsbudget',
  'reply.setting.what.member_daily_clips': 'die Clips pro Mitglied und Tag',
  'reply.setting.what.member_daily_seconds': 'die Sekunden pro Mitglied und Tag',
  'reply.setting.what.member_max_active': 'die gleichzeitigen Clips pro Mitglied',
  'reply.setting.what.rate_limit': 'die Befehle pro Mitglied und Minute',
  'reply.setting.dollars.invalid':
    'Gib {what} in Dollar von 0 bis {max, number} an, etwa 20 oder 12.50; "off" für kein Limit, "default" für den Wert des Betreibers.',
  'reply.setting.count.invalid':
    'Gib {what} als ganze Zahl von {min} bis {max} an{off, select, yes {; "off" für kein Limit} other {}}, oder "default".',
  'reply.setting.channels.invalid':
    'Gib Kanäle als "here", Kanal-ID oder #Kanal-Erwähnung an, durch Kommas getrennt; "all" für alle Kanäle.',
  'reply.setting.channels.count': 'Gib 1 bis 50 Kanäle an, oder "all".',
  'reply.setting.model.unknown': 'Es gibt kein Modell namens "{name}". Wähl eins von: {models}.',
  'reply.setting.provider.unknown': 'Wähl einen eingerichteten Anbieter: {providers}.',
  'reply.setting.voteEmoji.invalid':
    'Gib die Abstimmungsreaktion als ein Emoji (👍) oder einen Reaktionsnamen (thumbsup) an, oder "default".',
  'reply.setting.aspect.invalid':
    'Gib das Standardformat als landscape, portrait oder square an, oder "default".',
  'reply.setting.language.invalid': 'Gib die Sprache als eine von {languages} an, oder "default".',

  'reply.usage.spent': '{money} für {clips, plural, one {# Clip} other {# Clips}} ({seconds} s)',
  'reply.usage.member': 'Du, heute: {day}. Diesen Monat: {month}.',
  'reply.usage.workspace': 'Alle hier, heute: {day}. Diesen Monat: {month}.',
  'reply.usage.ofMax': '{spent} von {max}',
  'reply.usage.cap.clips': 'heute noch {left} von {max} Clips',
  'reply.usage.cap.seconds': 'heute noch {left} von {max} s Video',
  'reply.usage.cap.active': '{active} von {max} gleichzeitigen Clips in Arbeit',
  'reply.usage.caps': 'Deine Limits: {caps}.',
  'reply.usage.held':
    '{money} deiner Ausgaben sind für noch laufende Clips reserviert: Sie werden erstattet, wenn die Clips fehlschlagen oder abgebrochen werden, und zum echten Preis berechnet, wenn sie gepostet sind.',
  'reply.usage.resets': 'Tageszähler beginnen um Mitternacht UTC neu (in {wait}), Monatszähler am {date}.',
  'reply.usage.key': '{provider}-Schlüssel mit Endung {last4}: {money}',
  'reply.usage.keys': 'Eigene Anbieter-Schlüssel dieses Servers, bisher jeweils ausgegeben: {keys}.',

  'reply.consent.choice': 'Wähl on (andere dürfen dich in Prompts nennen) oder off.',
  'reply.consent.answer':
    '{lead, select, done {Erledigt. } same {Das war schon deine Wahl. } other {}}{on, select, yes {Andere dürfen dich hier in ihren Prompts nennen. Schalte es jederzeit mit /{command} consent off aus.} other {Prompts, die dich nennen, werden hier abgelehnt; deine eigenen Prompts dürfen dich immer nennen. Damit andere dich nennen dürfen, nutze /{command} consent on.}}',

  'reply.remixes.from': 'Aus {quote} von {author} (Clip {id}).',
  'reply.remixes.root':
    '{quote} von {author} · {votes, plural, one {# Stimme} other {# Stimmen}} · {count} daraus gemacht',
  'reply.remixes.child':
    '{origin, select, remix {Remix} reroll {Neuversuch} edit {Bearbeitung} other {neu}} von {author}{quoted, select, yes {: {quote}} other {}} · {votes, plural, one {# Stimme} other {# Stimmen}}{below, plural, =0 {} one { · # darunter} other { · # darunter}} (Clip {id})',
  'reply.remixes.deleted': '(gelöschter Clip)',
  'reply.remixes.none':
    'Noch hat niemand ihn geremixt: Drück Remix auf seiner Karte und sei die erste Person.',
  'reply.remixes.truncated': '… und mehr: Der Baum wird hier abgeschnitten.',

  'reply.clip.missing': 'Nenn den Clip: Seine ID steht auf seiner Karte (zum Beispiel c1a2b3c4d5).',
  'reply.clip.invalid': 'Eine Clip-ID besteht aus Buchstaben und Ziffern, wie auf seiner Karte.',
  'reply.story.missing': 'Nenn die Geschichte: Ihre ID steht auf ihrer Karte (zum Beispiel c1a2b3c4d5).',
  'reply.story.invalid': 'Eine Geschichten-ID besteht aus Buchstaben und Ziffern, wie auf ihrer Karte.',
  'reply.clip.gone': 'Diesen Clip gibt es nicht mehr.',
  'reply.clip.cancelled': 'Abgebrochen.',
  'reply.clip.deleted': 'Gelöscht.',

  'reply.prompt.missing': 'Beschreib das Video, das du möchtest: Füg einen Prompt hinzu.',
  'reply.prompt.empty': 'Beschreib das Video, das du möchtest: Der Prompt ist leer.',
  'reply.prompt.long': 'Der Prompt muss kürzer als {max} Zeichen sein.',
  'reply.prompt.next': 'Sag, wie es weitergeht.',
  'reply.prompt.next.empty': 'Sag, wie es weitergeht: Der Prompt ist leer.',
  'reply.duration.whole': 'Gib die Länge in ganzen Sekunden an, etwa 8.',
  'reply.duration.min': 'Die Länge muss mindestens 1 Sekunde sein.',
  'reply.duration.max': 'Die Länge muss unter 10 Minuten liegen.',
  'reply.size.invalid': 'Schreib die Größe als Breite x Höhe in Pixeln, etwa 1280x720.',
  'reply.aspect.invalid': 'Das Format ist landscape, portrait oder square.',
  'reply.model.long': 'Dieser Modellname ist zu lang.',
  'reply.style.long': 'Dieser Stilname ist zu lang.',
  'reply.image.invalid': 'Das Bild muss ein http(s)-Link zu einem Bild sein.',
  'reply.contest.entry.invalid':
    'Um an einem Wettbewerb teilzunehmen, schreib contest: yes (den dieses Kanals) oder seine ID.',
  'reply.shots.missing':
    'Schreib die Shots, getrennt durch | (zum Beispiel "ein Fuchs erwacht | der Fuchs rennt").',
  'reply.shots.long': 'Die Shots müssen zusammen kürzer als {max} Zeichen sein.',
  'reply.look.long': 'Der Look muss kürzer als {max} Zeichen sein.',
  'reply.mode.invalid': 'Der Modus ist flow oder cut.',
  'reply.transition.invalid': 'Der Übergang ist cut oder fade.',
  'reply.seconds.whole': 'Gib die Sekunden als ganze Zahl an, etwa 8.',
  'reply.seconds.min': 'Ein Shot dauert mindestens 1 Sekunde.',
  'reply.seconds.max': 'Ein Shot muss kürzer als 10 Minuten sein.',
  'reply.shot.number': 'Gib die Nummer des Shots an, etwa 2.',
  'reply.shot.min': 'Shots werden ab 1 gezählt.',
  'reply.shot.max': 'Keine Geschichte hat so viele Shots.',
  'reply.top.period': 'Der Zeitraum ist day, week, all oder hall.',

  'reply.cast.mention': 'Nenn das Mitglied mit einer Erwähnung, etwa /{command} cast {sub} member:@Bob.',
  'reply.cast.image.missing': 'Häng ein Foto von dir an: JPEG, PNG oder WebP.',
  'reply.cast.handle.long': 'Halte den Namen kurz: höchstens 32 Buchstaben oder Ziffern.',
  'reply.cast.who.invalid': 'Wähl, wer dein Abbild nutzen darf: me, approved oder everyone.',
  'reply.cast.allow.everyone': 'alle hier dürfen dein Abbild nutzen',
  'reply.cast.allow.approved':
    'nur du und {count, plural, one {das Mitglied, das du freigegeben hast, dürfen} other {die # Mitglieder, die du freigegeben hast, dürfen}} dein Abbild nutzen',
  'reply.cast.allow.me': 'nur du darfst dein Abbild nutzen',
  'reply.cast.added':
    'Hinzugefügt: Du hast {count} von {max} Fotos (Standort- und Kameradaten entfernt).{named, select, yes { Andere können dich als @{handle} nennen.} other {}} Gerade gilt: {allow}; ändere das mit /{command} cast allow oder cast approve.{left, plural, =0 {} one { Du kannst noch # hinzufügen.} other { Du kannst noch # hinzufügen.}}',
  'reply.cast.allowed': 'Erledigt: {allow}. Wartende Clips halten sich sofort daran.',
  'reply.cast.approved': 'Erledigt: {name} darf dein Abbild nutzen; {allow}.',
  'reply.cast.unapproved':
    'Erledigt: {name} darf dein Abbild nicht mehr nutzen, auch nicht in wartenden Clips; {allow}.',
  'reply.cast.cancelled':
    '{count, plural, =0 {Kein Clip damit war noch unterwegs.} one {1 Clip, der noch unterwegs war, wurde abgebrochen und erstattet.} other {# Clips, die noch unterwegs waren, wurden abgebrochen und erstattet.}}',
  'reply.cast.removed': 'Deine Fotos sind gelöscht. {cancelled}',
  'reply.cast.purged': 'Die Fotos von {name} sind gelöscht. {cancelled}',
  'reply.cast.list.head':
    'Du hast {count} von {max} Fotos{named, select, yes { (@{handle})} other {}}; {allow}.',
  'reply.cast.list.none': 'Du hast hier keine Fotos; füg eins mit /{command} cast add hinzu.',
  'reply.cast.list.clips': 'Clips mit deinem Abbild, neueste zuerst:',
  'reply.cast.list.clip':
    '• Clip {id} von {author} ({state, select, queued {in der Warteschlange} submitted {übermittelt} rendering {wird gerendert} fetching {wird geladen} delivering {wird gepostet} posted {gepostet} failed {fehlgeschlagen} cancelled {abgebrochen} other {{state}}})',
  'reply.cast.list.empty': 'Noch kein Clip hat dein Abbild genutzt.',

  'reply.contest.theme.missing': 'Gib dem Wettbewerb ein Thema, etwa „Geister in der Maschine“.',
  'reply.contest.theme.long': 'Das Thema muss kürzer als {max} Zeichen sein.',
  'reply.contest.window':
    '{what, select, submission {Gib die Einreichungsphase als Dauer an, etwa 2h, 90m oder 3d.} other {Gib die Abstimmungsphase als Dauer an, etwa 2h, 90m oder 3d.}}',
  'reply.contest.window.invalid':
    '{what, select, submission {„{text}“ ist keine Dauer: Schreib die Einreichungsphase etwa als 2h, 90m oder 3d.} other {„{text}“ ist keine Dauer: Schreib die Abstimmungsphase etwa als 2h, 90m oder 3d.}}',
  'reply.contest.entries': 'Beiträge pro Mitglied sind eine ganze Zahl von 1 bis {max}.',
  'reply.contest.voterAge': 'Das Mindestalter zum Abstimmen ist eine ganze Zahl an Tagen, 0 bis {max}.',
  'reply.contest.channel': 'Nenn den Kanal mit einer #Erwähnung, etwa #wettbewerbe.',
  'reply.contest.id': 'Eine Wettbewerbs-ID beginnt mit k, wie in ihrer Ankündigung.',
  'reply.contest.started':
    'Wettbewerb „{theme}“ gestartet (contest {id}); die Ankündigung steht in seinem Kanal. Die Abstimmung beginnt {opens} und endet {closes}.',
  'reply.contest.cancelled': 'Wettbewerb „{theme}“ abgebrochen (contest {id}).',

  'reply.form.unavailable':
    'Dafür braucht es ein privates Formular, das hier nicht angezeigt werden kann: Nutze den Slash-Befehl auf Discord oder Slack oder das Studio.',

  'reply.slack.usage.syntax': '/{command} <{free}>, dann Optionen als Wendungen oder Flags:',
  'reply.slack.usage.examplePrompt': 'ein roter Drachen über den Dünen im Morgengrauen',
  'reply.slack.usage.mention':
    'Oder erwähne den Bot in einem Thread mit denselben Worten. Optionen für {name}:',
  'reply.slack.usage.link': 'ein http(s)-Link',
  'reply.slack.usage.commands': 'Befehle:',
  'reply.slack.usage.number': 'Zahl',
};
