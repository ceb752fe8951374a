import type { ContestsCatalog } from './en.ts';

/**
 * German (du), with the glossary of commands/de.ts: Clip, Prompt, Remix, Wettbewerb, Rangliste;
 * Beitrag (a contest entry), Stimme, Besetzung, Abbild.
 */
export const de: ContestsCatalog = {
  'contest.time': '{date} UTC',
  'contest.when': '{time} (in {duration})',
  'contest.sentences': '{first} {next}',

  'contest.start.title': '{name} hat einen Wettbewerb gestartet: „{theme}“',
  'contest.start.heading': '{title} (Wettbewerb {id}).',
  'contest.start.enter':
    'Mach mit über /{command} generate und contest: yes, bis zu {entries, plural, one {# Beitrag} other {# Beiträge}} pro Person, bis {opens}.',
  'contest.start.vote':
    'Danach stimmst du mit {emoji} für die Beiträge ab, die dir gefallen, bis {closes}; dein eigener Beitrag und Bots zählen nicht.',
  'contest.start.voterAge':
    'Es zählen nur Stimmen von Mitgliedern, die seit mindestens {days, plural, one {# Tag} other {# Tagen}} dabei sind.',
  'contest.id': 'Wettbewerbs-ID: {id}.',

  'contest.voting.text': 'Wettbewerb „{theme}“: {sentences}',
  'contest.voting.title': 'Wettbewerb „{theme}“: Die Abstimmung läuft',
  'contest.voting.nobody':
    'Die Einreichung ist beendet und niemand hat mitgemacht. Die Abstimmung läuft trotzdem bis {closes}, aber es gibt nichts abzustimmen.',
  'contest.voting.open':
    'Die Einreichung ist mit {entries, plural, one {# Beitrag} other {# Beiträgen}} beendet. Die Abstimmung läuft bis {closes}: Reagiere mit {emoji} auf die Beiträge, die dir gefallen.',
  'contest.voting.early':
    'Reaktionen von vorher zählen nicht; nimm deine weg und setz sie erneut, um abzustimmen.',

  'contest.count.sentence': '{parts}.',
  'contest.count.next': '{before}; {next}',
  'contest.count.also': '{before}, {next}',
  'contest.count.counted': '{count, plural, one {# Stimme gezählt} other {# Stimmen gezählt}}',
  'contest.count.notCounted': '{list} nicht gezählt',
  'contest.count.self':
    '{count, plural, one {# Stimme für den eigenen Beitrag} other {# Stimmen für den eigenen Beitrag}}',
  'contest.count.bots': '{count, plural, one {# Bot-Stimme} other {# Bot-Stimmen}}',
  'contest.count.outsideWindow':
    '{count, plural, one {# außerhalb der Abstimmungszeit} other {# außerhalb der Abstimmungszeit}}',
  'contest.count.tooYoung':
    '{count, plural, one {# von einem zu jungen Konto} other {# von zu jungen Konten}} (unter {days, plural, one {# Tag} other {# Tagen}})',
  'contest.count.foundAtClose':
    '{count, plural, one {# Stimme} other {# Stimmen}} beim Abschluss auf der Plattform gefunden',
  'contest.count.retracted':
    '{count, plural, one {# zurückgenommen, während der Bot weg war} other {# zurückgenommen, während der Bot weg war}}',
  'contest.count.ageUnknown':
    '{count, plural, one {Das Alter von # Abstimmenden ließ sich nicht prüfen (kein Kontodatum, vorher nie gesehen); diese Stimme wurde gezählt.} other {Das Alter von # Abstimmenden ließ sich nicht prüfen (kein Kontodatum, vorher nie gesehen); diese Stimmen wurden gezählt.}}',

  'contest.place': '{place, select, 1 {1.} 2 {2.} 3 {3.} other {{place}.}}',
  'contest.entry.ranked':
    '{place}: Clip {clipId} von {name}, {votes, plural, one {# Stimme} other {# Stimmen}}',
  'contest.entry.listed': '{number}. Clip {clipId} von {name}',
  'contest.results.nobody':
    'Der Wettbewerb „{theme}“ ist vorbei: Niemand hat mitgemacht, also gibt es keinen Sieger.',
  'contest.results.heading': 'Der Wettbewerb „{theme}“ ist vorbei. {top}',
  'contest.results.top': '{entries, plural, one {# Beitrag} other {# Beiträge}}; die Besten:',
  'contest.results.title': 'Der Wettbewerb „{theme}“ ist vorbei',
  'contest.results.noWinner': 'Niemand hat mitgemacht, also gibt es keinen Sieger.',
  'contest.results.counting': 'So wurde gezählt: {accounting} Bei Gleichstand gewinnt der frühere Beitrag.',
  'contest.more': '…und {count, plural, one {# weiterer Beitrag} other {# weitere Beiträge}} im Kanal.',

  'contest.entries.none': 'Wettbewerb „{theme}“: noch keine Beiträge. Einreichen kannst du bis {opens}.',
  'contest.entries.noneTitle': 'Wettbewerb „{theme}“: noch keine Beiträge',
  'contest.entries.openUntil': 'Einreichen kannst du bis {opens}.',
  'contest.entries.heading': '{title}; Stimmen zählen, sobald die Abstimmung beginnt: {opens}.',
  'contest.entries.title':
    'Wettbewerb „{theme}“: bisher {entries, plural, one {# Beitrag} other {# Beiträge}}',
  'contest.entries.votesLater': 'Stimmen zählen, sobald die Abstimmung beginnt: {opens}.',

  'contest.status.submissions':
    'Wettbewerb „{theme}“ (Wettbewerb {id}) von {name}: nimmt Beiträge bis {opens} an, bis zu {perMember} pro Mitglied; bisher {entries}. Danach läuft die Abstimmung {voteFor} lang.',
  'contest.status.voting':
    'Wettbewerb „{theme}“ (Wettbewerb {id}) von {name}: Abstimmung mit {emoji} bis {closes} über {entries, plural, one {# Beitrag} other {# Beiträge}}.',
  'contest.status.closed': 'Wettbewerb „{theme}“ (Wettbewerb {id}) von {name}: beendet am {closed}. {winner}',
  'contest.status.winner':
    'Sieger: Clip {clipId} von {winner} mit {votes, plural, one {# Stimme} other {# Stimmen}}.',
  'contest.status.noWinner': 'Kein Sieger.',
  'contest.status.cancelled': 'Wettbewerb „{theme}“ (Wettbewerb {id}) von {name}: abgebrochen von {by}.',
  'contest.status.anAdmin': 'einem Admin',
  'contest.status.boardTitle': 'Wettbewerb „{theme}“ von {name}',
  'contest.status.closedWinner': 'Beendet am {closed}. Der Sieger:',
  'contest.standings.voting':
    'Wettbewerb „{theme}“, Zwischenstand (die Abstimmung endet am {closes}; die Endzählung liest auch die Reaktionen jedes Beitrags):',
  'contest.standings.final': 'Wettbewerb „{theme}“, Endergebnis:',
  'contest.standings.votingTitle': 'Wettbewerb „{theme}“, Zwischenstand',
  'contest.standings.finalTitle': 'Wettbewerb „{theme}“, Endergebnis',
  'contest.standings.closes':
    'Die Abstimmung endet am {closes}; die Endzählung liest auch die Reaktionen jedes Beitrags.',
  'contest.standings.none': 'Keine Beiträge.',

  'contest.cancelled.notice': '{name} hat den Wettbewerb „{theme}“ abgebrochen. Es gibt keine Ergebnisse.',
  'contest.cancelled.noStandings': 'Der Wettbewerb „{theme}“ wurde abgebrochen; es gibt keine Rangliste.',

  'contest.error.notPosted':
    'Ich konnte in diesem Kanal nicht posten, daher wurde der Wettbewerb nicht gestartet. Prüf den Kanal und ob ich dort posten darf.',
  'contest.error.notPostedBecause':
    'Ich konnte in diesem Kanal nicht posten, daher wurde der Wettbewerb nicht gestartet. Prüf den Kanal und ob ich dort posten darf. {reason}',
  'contest.error.notConnected': 'Diese Chat-Plattform ist gerade nicht verbunden.',
  'contest.error.already':
    'Der Wettbewerb „{theme}“ ist bereits {state, select, closed {beendet} cancelled {abgebrochen} other {vorbei}}.',
  'contest.error.unknownId':
    'Es gibt keinen Wettbewerb mit dieser ID. Mit contest: yes machst du beim Wettbewerb dieses Kanals mit.',
  'contest.error.otherChannel':
    'Der Wettbewerb „{theme}“ nimmt Beiträge nur in seinem eigenen Kanal an; reiche deinen Beitrag dort ein.',
  'contest.error.votingOn':
    'Die Einreichung für den Wettbewerb „{theme}“ ist beendet; jetzt wird abgestimmt. Es wurde nichts berechnet.',
  'contest.error.over':
    'Der Wettbewerb „{theme}“ ist {state, select, closed {beendet} cancelled {abgebrochen} other {vorbei}} und nimmt keine Beiträge mehr an. Es wurde nichts berechnet.',
  'contest.error.closedJustNow':
    'Die Einreichung für den Wettbewerb „{theme}“ wurde gerade beendet. Es wurde nichts berechnet.',
  'contest.error.noneOpen':
    'In diesem Kanal läuft gerade kein Wettbewerb, daher kann das kein Beitrag sein. Es wurde nichts berechnet.',
  'contest.error.notHere': 'Hier gibt es keinen Wettbewerb mit dieser ID.',
  'contest.error.noneRunning':
    'In diesem Kanal läuft kein Wettbewerb. Ein Admin kann einen mit /{command} contest start starten.',
  'contest.error.theme': 'Gib dem Wettbewerb ein Thema mit 1 bis {max} Zeichen.',
  'contest.error.window':
    'Die {window, select, submission {Einreichungszeit} other {Abstimmungszeit}} muss zwischen {min} und {maxDays} Tagen liegen (etwa 2h oder 3d).',
  'contest.error.entries': 'Beiträge pro Mitglied müssen eine ganze Zahl von 1 bis {max} sein.',
  'contest.error.voterAge':
    'Die Mindestmitgliedschaft zum Abstimmen ist eine ganze Zahl an Tagen von 0 bis {max}.',
  'contest.error.busy':
    'Der Wettbewerb „{theme}“ (Wettbewerb {id}) läuft in diesem Kanal bereits; nur einer gleichzeitig. Es wurde nichts geändert.',
  'contest.error.full':
    'Du hast bereits {count, plural, one {# Beitrag} other {# Beiträge}} im Wettbewerb „{theme}“, das Maximum. Es wurde nichts berechnet.',

  'board.top.title':
    '{period, select, day {Top-Clips der letzten 24 Stunden} week {Top-Clips der letzten 7 Tage} all {Top-Clips aller Zeiten} other {Ruhmeshalle: Wettbewerbssieger}}',
  'board.top.heading': '{title}:',
  'board.top.tieRule': 'Bei Gleichstand liegt der frühere Post vorn.',
  'board.top.empty': '{title}: noch nichts gepostet. Mach mit generate den ersten.',
  'board.top.hallEmpty': 'Die Ruhmeshalle ist leer: Kein Wettbewerb hier hat bisher einen Sieger.',
  'board.top.row':
    '{rank}. „{prompt}“ von {name} · {votes, plural, one {# Stimme} other {# Stimmen}} · Clip {clipId}',
  'board.top.rowWon':
    '{rank}. „{prompt}“ von {name}, Sieger bei „{theme}“ · {votes, plural, one {# Stimme} other {# Stimmen}} · Clip {clipId}',
  'board.entry.votes': '{rank}. {votes, plural, one {# Stimme} other {# Stimmen}}',
  'board.entry.unranked': 'Beitrag {rank}',
  'board.entry.won': 'Sieger bei „{theme}“',
  'board.entry.clip': 'Clip {clipId}',
  'board.entry.by': '{entry} von {name}',
  'board.entry.byWon': '{entry} von {name}, Sieger bei „{theme}“',
  'board.entry.voteCount': '{votes, plural, one {# Stimme} other {# Stimmen}}',
  'board.entry.thumbnailAlt': 'Ein Standbild dieses Clips',

  'board.remix.title': '{name} hat deinen Clip {origin, select, edit {bearbeitet} other {geremixt}}',
  'board.remix.label': '{label, select, edit {Bearbeitung} remix {Remix} other {Original}}',
  'board.remix.note': 'Höchstens eine solche Nachricht pro Stunde.',
  'notice.remix':
    '{name} hat deinen Clip {parentId} {origin, select, edit {bearbeitet} other {geremixt}}: siehe Clip {clipId}. (Höchstens eine solche Nachricht pro Stunde.)',
  'notice.cast':
    '{name} hat Clip {clipId} mit deinem Abbild erstellt. Du kannst ihn wie sein Autor mit der Schaltfläche „Löschen“ löschen.',
};
