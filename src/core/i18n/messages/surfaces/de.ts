import type { SurfacesCatalog } from './en.ts';

/** German (du), with the glossary of messages/commands/de.ts; Discord’s permission names as its German client shows them. */
export const de: SurfacesCatalog = {
  'surface.discord.unknownCommand': 'Diesen Befehl kenne ich nicht. Versuch es mit /{command} help.',
  'surface.discord.serverOnly': 'reelbot funktioniert auf Servern: Nutze es in einem Serverkanal.',
  'surface.discord.buttonGone': 'Dieser Button macht nichts mehr.',
  'surface.discord.formGone': 'Dieses Formular macht nichts mehr.',
  'surface.discord.failed': 'Bei uns ist etwas schiefgelaufen; versuch es bitte noch einmal.',
  'surface.discord.answeredPrivately': 'Antwort privat gesendet.',
  'surface.discord.postedInChannel': 'Im Kanal gepostet.',
  'surface.discord.storyOptionsTooLong':
    'Diese Optionen passen nicht ins Geschichte-Formular: Schreib die Shots in den Befehl, getrennt durch |.',
  'surface.discord.channelNotText': 'Das ist kein Textkanal dieses Servers: Wähle einen mit # aus.',
  'surface.discord.channelNoRights':
    'Ich kann in {channel} nicht posten: Ein Admin muss mir dort {viewChannel} und {sendMessages} geben.',
  'surface.discord.imageNotPicture': 'Das Bild muss ein Foto sein (PNG, JPEG oder WebP).',
  'surface.discord.attachmentTooBig':
    'Das Foto ist größer als {mib} MiB; schick eins mit höchstens {mib} MiB.',
  'surface.discord.attachmentUnreadable':
    'Ich konnte den Anhang nicht von Discord lesen; häng ihn bitte noch einmal an.',
  'surface.discord.cardPermissions':
    'Ich kann in diesem Kanal noch keine Clips posten: Ein Admin muss mir hier {permissions} geben.',
  'surface.discord.permission.viewChannel': 'Kanal ansehen',
  'surface.discord.permission.sendMessages': 'Nachrichten senden',
  'surface.discord.permission.sendMessagesInThreads': 'Nachrichten in Threads senden',
  'surface.discord.permission.embedLinks': 'Links einbetten',
  'surface.discord.permission.attachFiles': 'Dateien anhängen',
  'surface.discord.permission.readMessageHistory': 'Nachrichtenverlauf anzeigen',
  'surface.discord.permission.list': '{first}, {rest}',
  'surface.discord.busy': 'Discord ist ausgelastet; ich versuche es gleich noch einmal.',
  'surface.discord.tooLarge':
    'Der Clip ist selbst verkleinert größer, als dieser Kanal annimmt. Versuch einen kürzeren oder kleineren Clip.',
  'surface.discord.cannotPost':
    'Ich kann in diesem Kanal nicht posten: Ein Admin muss mir hier {viewChannel}, {sendMessages}, {embedLinks} und {attachFiles} geben.',
  'surface.discord.channelGone': 'Der Kanal, für den dieser Clip gemacht wurde, existiert nicht mehr.',
  'surface.discord.messageGone': 'Diese Nachricht gibt es nicht mehr.',
  'surface.discord.messageNotFound': 'Diese Nachricht ist nicht mehr zu finden.',
  'surface.discord.refused': 'Discord hat die Nachricht abgelehnt; versuch es bitte noch einmal.',
  'surface.discord.unreachable': 'Discord war nicht erreichbar; ich versuche es gleich noch einmal.',
  'surface.discord.shrinking': 'Der Clip wird verkleinert, damit er in diesen Kanal passt.',
  'surface.discord.remix.title': 'Clip von {name} remixen',
  'surface.discord.remix.description': 'Ändere, was du willst; {name} wird genannt.',
  'surface.discord.remix.label': 'Prompt',
  'surface.discord.edit.title': 'Video von {name} bearbeiten',
  'surface.discord.edit.description':
    'Sag, was sich ändern soll, etwa „mach es Nacht“ oder „füge Regen hinzu“.',
  'surface.discord.edit.label': 'Änderung',
  'surface.discord.extend.title': 'Clip von {name} verlängern',
  'surface.discord.extend.description': 'Was passiert als Nächstes? Der neue Clip setzt diesen fort.',
  'surface.discord.extend.label': 'Was passiert als Nächstes',
  'surface.discord.extend.seconds.label': 'Sekunden',
  'surface.discord.extend.seconds.description':
    'Wie viele Sekunden dazukommen, etwa 4 (leer: Standard des Modells).',
  'surface.discord.story.title': 'Erzähl eine Geschichte in Shots',
  'surface.discord.story.shot.label': 'Shot {number}',
  'surface.discord.story.shot.first': 'Was zuerst passiert.',
  'surface.discord.story.shot.next': 'Was danach passiert (leer lassen, um hier aufzuhören).',
  'surface.discord.story.shot.last': 'Mehr Shots? Schreib sie hier, getrennt durch |.',
  'surface.discord.story.look.label': 'Look',
  'surface.discord.story.look.description': 'Was gleich bleibt: Figuren, Ort, Farben, Kamera.',

  'surface.slack.notInChannel':
    'Der Bot ist nicht in diesem Kanal. Lade ihn mit /invite ein und versuch es noch einmal.',
  'surface.slack.channelNotFound':
    'Der Bot kann diesen Kanal nicht sehen. Lade ihn mit /invite ein und versuch es noch einmal.',
  'surface.slack.archived': 'Dieser Kanal ist archiviert, daher kann der Bot dort nicht posten.',
  'surface.slack.badToken':
    'Slack hat das Token des Bots abgelehnt. Ein Admin muss die App neu installieren.',
  'surface.slack.missingScope':
    'Der Slack-App fehlt eine Berechtigung. Ein Admin muss sie mit den Scopes aus dem README neu installieren.',
  'surface.slack.retrying': 'Slack hat die Nachricht nicht angenommen; ich versuche es gleich noch einmal.',
  'surface.slack.refused': 'Slack hat die Nachricht abgelehnt ({error}).',
  'surface.slack.uploadPending':
    'Das Video ist noch auf dem Weg zu Slack; ich versuche es gleich noch einmal.',
  'surface.slack.uploadRefused': 'Slack hat den Upload nicht angenommen; ich versuche es gleich noch einmal.',
  'surface.slack.uploadFailed':
    'Das Video konnte nicht an Slack gesendet werden; ich versuche es gleich noch einmal.',
  'surface.slack.videoRefused': 'Slack hat das Video nicht angenommen; ich versuche es gleich noch einmal.',
  'surface.slack.pictureTooBig':
    'Das Foto hat {size, number} MiB; schick eins mit höchstens 10 MiB. Es wurde nichts gespeichert.',
  'surface.slack.pictureUnreadable':
    'Ich konnte die Datei nicht von Slack lesen. Lade das Foto noch einmal hoch.',
  'surface.slack.tooManyMentions':
    'Ein Prompt kann höchstens {max} Mitglieder nennen; dieser nennt {count, number}.',
  'surface.slack.voteEmojiUnknown':
    'Slack zählt Reaktionen nach Namen, und den Namen von {emoji} kenne ich nicht. Gib den Namen an, den Slack zeigt, wenn du auf die Reaktion zeigst, etwa fire oder :tada:. Es wurde nichts geändert.',
  'surface.slack.noCommand': 'Es gibt keinen Befehl zum Ausführen.',
  'surface.slack.groupNeedsWord': '"{group}" braucht noch ein Wort: {names}.',
  'surface.slack.groupWrongWord': 'Auf "{group}" folgt eins von: {names}; "{word}" gehört nicht dazu.',
  'surface.slack.sentences': '{first} {second}',
  'surface.slack.groupAsPrompt': 'Um aus diesen Wörtern einen Clip zu machen, beginne mit {command}.',
  'surface.slack.notUnderstood': 'Ich habe "{text}" nicht verstanden. {command} nimmt {options}.',
  'surface.slack.noOptions': 'keine Optionen',
  'surface.slack.needsValue': '{flag} braucht einen Wert, etwa {flag} {example}.',
  'surface.slack.form.cancel': 'Abbrechen',
  'surface.slack.form.seconds': '{seconds, plural, one {# Sekunde} other {# Sekunden}}',
  'surface.slack.extend.title': 'Video verlängern',
  'surface.slack.extend.submit': 'Verlängern',
  'surface.slack.extend.note': 'Setzt den Clip von {name} fort; der neue Clip nennt ihn.',
  'surface.slack.extend.next': 'Was passiert als Nächstes',
  'surface.slack.extend.nextMissing': 'Sag, was als Nächstes passiert.',
  'surface.slack.extend.seconds': 'Zusätzliche Sekunden',
  'surface.slack.story.title': 'Erzähl eine Geschichte',
  'surface.slack.story.submit': 'Geschichte machen',
  'surface.slack.story.shot': 'Shot {number}',
  'surface.slack.story.look': 'Was gleich bleibt (Figuren, Ort, Licht)',
  'surface.slack.story.seconds': 'Sekunden pro Shot',
  'surface.slack.story.mode': 'Modus',
  'surface.slack.story.mode.flow': 'Fließend: Jeder Shot setzt den letzten fort',
  'surface.slack.story.mode.cut': 'Schnitt: Shots auf einmal gemacht',
  'surface.slack.story.transition': 'Zwischen den Shots',
  'surface.slack.story.transition.cut': 'Schnitt',
  'surface.slack.story.transition.fade': 'Überblenden',
  'surface.slack.cast.title': 'Dein Abbild hinzufügen',
  'surface.slack.cast.submit': 'Foto hinzufügen',
  'surface.slack.cast.note':
    'Ein deutliches Foto von dir (JPEG, PNG oder WebP, bis 10 MB). Es wird ohne Orts- und Kameradaten neu kodiert, nur vom Bot aufbewahrt und nie gepostet.',
  'surface.slack.cast.picture': 'Foto',
  'surface.slack.cast.pictureMissing': 'Häng ein Foto von dir an.',
  'surface.slack.cast.handle': 'Kürzel, mit dem andere dich als @kürzel nennen',
  'surface.slack.remix.title': 'Remixen',
  'surface.slack.remix.editTitle': 'Video bearbeiten',
  'surface.slack.remix.submit': 'Video machen',
  'surface.slack.remix.label': 'Prompt',
  'surface.slack.remix.editLabel': 'Änderung',
  'surface.slack.remix.editNote':
    'Sag, was sich an diesem Video ändern soll, etwa „mach es Nacht“ oder „füge Schnee hinzu“.',
  'surface.slack.remix.creditNote': 'Remix des Clips von {name}; der Clip nennt ihn.',
  'surface.slack.remix.messageNote':
    'Mach ein Video aus dieser Nachricht. Häng Optionen wie „, 8 seconds, portrait“ ans Ende.',
  'surface.slack.remix.cutNote':
    ':warning: Der Prompt hatte {length, number} Zeichen; das Textfeld von Slack fasst {max, number}, also wurde das Ende abgeschnitten. Prüf ihn vor dem Absenden.',
};
