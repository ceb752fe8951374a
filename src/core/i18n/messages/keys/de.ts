import type { KeysCatalog } from './en.ts';

/** German (du): Schlüssel (key), Anbieter, Clip, Server. */
export const de: KeysCatalog = {
  'keys.list.heading': 'Eigene Anbieter-Schlüssel dieses Servers:',
  'keys.list.line':
    '• {provider}-Schlüssel mit Endung {last4}: hinzugefügt von {name} am {date}; höchstens {cap, number} gleichzeitig in Arbeit; {spent} damit ausgegeben',
  'keys.list.none': 'Dieser Server hat keine eigenen Anbieter-Schlüssel. Füge einen mit {example} hinzu.',
  'keys.add.title': 'Neuer Schlüssel: {provider}',
  'keys.add.description':
    'Wird beim Anbieter geprüft und dann verschlüsselt gespeichert; angezeigt werden nur die letzten vier Zeichen.',
  'keys.add.field': '{provider}-API-Schlüssel',
  'keys.add.saved':
    'Gespeichert: der {provider}-Schlüssel dieses Servers mit Endung {last4}. Seine Clips werden jetzt damit erstellt.',
  'keys.remove.missing': 'Dieser Server hat keinen {provider}-Schlüssel, daher wurde nichts entfernt.',
  'keys.remove.missing-ending':
    'Dieser Server hat keinen {provider}-Schlüssel mit Endung {last4}, daher wurde nichts entfernt.',
  'keys.remove.done':
    'Der {provider}-Schlüssel mit Endung {last4} ist entfernt. Clips, die noch damit erstellt werden, lassen sich nicht mehr abrufen; sie schlagen fehl und werden erstattet.',
  'keys.cap.done':
    'Der {provider}-Schlüssel mit Endung {last4} erstellt jetzt höchstens {count, plural, one {# Video} other {# Videos}} gleichzeitig; weitere warten in der Warteschlange.',
  'keys.off':
    'Eigene Anbieter-Schlüssel sind bei diesem Bot ausgeschaltet. Wer ihn betreibt, kann sie einschalten, indem REELBOT_MASTER_KEY auf 32 zufällige Bytes in Base64 gesetzt (zum Beispiel `openssl rand -base64 32`) und der Bot neu gestartet wird.',
  'keys.gate.admin': 'die Anbieter-Schlüssel dieses Servers verwalten',
  'keys.error.pick-provider': 'Wähl den Anbieter: {providers}.',
  'keys.error.last4': 'last4 sind die letzten vier Zeichen des Schlüssels.',
  'keys.error.cap-range': 'Ein Limit für gleichzeitige Videos ist eine ganze Zahl von 1 bis 1000.',
  'keys.error.no-key': 'Dieser Workspace hat keinen {provider}-Schlüssel.',
  'keys.error.provider': 'Schlüssel gibt es für {providers}, nicht für „{provider}“.',
  'keys.error.empty': 'Füge den Schlüssel selbst ein: Das Feld war leer.',
  'keys.error.too-long': 'Das ist länger als jeder Anbieter-Schlüssel (höchstens {max, number} Zeichen).',
  'keys.error.spaces':
    'Ein Schlüssel enthält keine Leerzeichen oder Zeilenumbrüche: Füge nur den Schlüssel ein.',
  'keys.error.too-short': 'Das ist zu kurz für einen Anbieter-Schlüssel.',
  'keys.error.removed-mid-render':
    'Der Anbieter-Schlüssel, mit dem dieser Server den Clip erstellt hat, wurde während der Erstellung entfernt, daher lässt er sich nicht abrufen. Es wurde nichts berechnet.',
  'keys.error.own-keys-only':
    'Dieser Server hat keinen eigenen Schlüssel für einen Video-Anbieter, und dieser Bot erstellt Clips nur mit dem eigenen Schlüssel eines Servers. Ein Admin kann einen mit {example} hinzufügen; es wurde nichts berechnet.',
  'keys.notice.refused':
    'Admins: {provider} hat den {provider}-Schlüssel dieses Servers mit Endung {last4} abgelehnt. Seine Clips gehen an einen anderen Anbieter, der sie erstellen kann, oder schlagen fehl und werden erstattet. Füge mit {add} einen funktionierenden Schlüssel hinzu oder entferne diesen mit {remove}.',
  'keys.check.refused':
    '{provider} hat diesen Schlüssel abgelehnt ({status}): Prüfe, ob es ein {provider}-Schlüssel ist, vollständig kopiert und noch aktiv. Es wurde nichts gespeichert.',
  'keys.check.unreachable':
    '{provider} war nicht erreichbar, um den Schlüssel zu prüfen, daher wurde er nicht gespeichert. Versuche es in einer Minute noch einmal.',
  'keys.form.late': 'Das Formular ließ sich nicht rechtzeitig öffnen; führe den Befehl noch einmal aus.',
  'keys.form.stale': 'Dieses Formular bewirkt nichts mehr.',
  'keys.form.save': 'Speichern',
  'keys.form.cancel': 'Abbrechen',
};
