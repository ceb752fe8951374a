import type { ContestsCatalog } from './en.ts';

/**
 * Spanish (neutral, tú), with the glossary of commands/es.ts: clip, prompt, remix, concurso,
 * clasificación; participación (a contest entry), voto, reparto, apariencia.
 */
export const es: ContestsCatalog = {
  'contest.time': '{date} UTC',
  'contest.when': '{time} (en {duration})',
  'contest.sentences': '{first} {next}',

  'contest.start.title': '{name} inició un concurso: «{theme}»',
  'contest.start.heading': '{title} (concurso {id}).',
  'contest.start.enter':
    'Participa con /{command} generate y contest: yes, como máximo {entries, plural, one {# participación} other {# participaciones}} por persona, hasta el {opens}.',
  'contest.start.vote':
    'Después vota con {emoji} en las participaciones que te gusten, hasta el {closes}; tu propia participación y los bots no cuentan.',
  'contest.start.voterAge':
    'Solo cuentan los votos de miembros con al menos {days, plural, one {# día} other {# días}} de antigüedad.',
  'contest.id': 'Id del concurso: {id}.',

  'contest.voting.text': 'Concurso «{theme}»: {sentences}',
  'contest.voting.title': 'Concurso «{theme}»: la votación está abierta',
  'contest.voting.nobody':
    'el plazo de participación terminó y nadie participó. La votación está abierta igualmente hasta el {closes}, pero no hay nada que votar.',
  'contest.voting.open':
    'el plazo de participación terminó con {entries, plural, one {# participación} other {# participaciones}}. La votación está abierta hasta el {closes}: reacciona con {emoji} en las participaciones que te gusten.',
  'contest.voting.early':
    'Las reacciones puestas antes de ahora no cuentan; quítala y vuelve a ponerla para votar.',

  'contest.count.sentence': '{parts}.',
  'contest.count.next': '{before}; {next}',
  'contest.count.also': '{before}, {next}',
  'contest.count.counted': '{count, plural, one {# voto contado} other {# votos contados}}',
  'contest.count.notCounted': '{list} sin contar',
  'contest.count.self': '{count, plural, one {# voto propio} other {# votos propios}}',
  'contest.count.bots': '{count, plural, one {# voto de bot} other {# votos de bots}}',
  'contest.count.outsideWindow':
    '{count, plural, one {# fuera del periodo de votación} other {# fuera del periodo de votación}}',
  'contest.count.tooYoung':
    '{count, plural, one {# de una cuenta} other {# de cuentas}} con menos de {days, plural, one {# día} other {# días}}',
  'contest.count.foundAtClose':
    '{count, plural, one {# voto encontrado} other {# votos encontrados}} en la plataforma al cierre',
  'contest.count.retracted':
    '{count, plural, one {# retirado mientras el bot no estaba} other {# retirados mientras el bot no estaba}}',
  'contest.count.ageUnknown':
    '{count, plural, one {No se pudo comprobar la antigüedad de # votante (sin fecha de cuenta y nunca visto antes); ese voto se contó.} other {No se pudo comprobar la antigüedad de # votantes (sin fecha de cuenta y nunca vistos antes); esos votos se contaron.}}',

  'contest.place': '{place, select, 1 {1.º} 2 {2.º} 3 {3.º} other {{place}.º}}',
  'contest.entry.ranked': '{place}: clip {clipId} de {name}, {votes, plural, one {# voto} other {# votos}}',
  'contest.entry.listed': '{number}. clip {clipId} de {name}',
  'contest.results.nobody': 'El concurso «{theme}» terminó: nadie participó, así que no hay ganador.',
  'contest.results.heading': 'El concurso «{theme}» terminó. {top}',
  'contest.results.top': '{entries, plural, one {# participación} other {# participaciones}}; los mejores:',
  'contest.results.title': 'El concurso «{theme}» terminó',
  'contest.results.noWinner': 'Nadie participó, así que no hay ganador.',
  'contest.results.counting':
    'Cómo se contaron los votos: {accounting} En caso de empate, gana la participación más temprana.',
  'contest.more': '…y {count, plural, one {# participación más} other {# participaciones más}} en el canal.',

  'contest.entries.none': 'Concurso «{theme}»: todavía no hay participaciones. Se aceptan hasta el {opens}.',
  'contest.entries.noneTitle': 'Concurso «{theme}»: todavía no hay participaciones',
  'contest.entries.openUntil': 'Se aceptan participaciones hasta el {opens}.',
  'contest.entries.heading': '{title}; los votos cuentan cuando se abra la votación, el {opens}.',
  'contest.entries.title':
    'Concurso «{theme}»: {entries, plural, one {# participación} other {# participaciones}} hasta ahora',
  'contest.entries.votesLater': 'Los votos cuentan cuando se abra la votación, el {opens}.',

  'contest.status.submissions':
    'Concurso «{theme}» (concurso {id}) de {name}: acepta participaciones hasta el {opens}, hasta {perMember} por miembro; {entries} hasta ahora. Después, la votación dura {voteFor}.',
  'contest.status.voting':
    'Concurso «{theme}» (concurso {id}) de {name}: votación con {emoji} hasta el {closes} sobre {entries, plural, one {# participación} other {# participaciones}}.',
  'contest.status.closed': 'Concurso «{theme}» (concurso {id}) de {name}: cerrado el {closed}. {winner}',
  'contest.status.winner':
    'Ganador: clip {clipId} de {winner} con {votes, plural, one {# voto} other {# votos}}.',
  'contest.status.noWinner': 'Sin ganador.',
  'contest.status.cancelled': 'Concurso «{theme}» (concurso {id}) de {name}: cancelado por {by}.',
  'contest.status.anAdmin': 'un admin',
  'contest.status.boardTitle': 'Concurso «{theme}» de {name}',
  'contest.status.closedWinner': 'Cerrado el {closed}. El ganador:',
  'contest.standings.voting':
    'Concurso «{theme}», clasificación provisional (la votación cierra el {closes}; el recuento final también lee las reacciones de cada participación):',
  'contest.standings.final': 'Concurso «{theme}», resultados finales:',
  'contest.standings.votingTitle': 'Concurso «{theme}», clasificación provisional',
  'contest.standings.finalTitle': 'Concurso «{theme}», resultados finales',
  'contest.standings.closes':
    'La votación cierra el {closes}; el recuento final también lee las reacciones de cada participación.',
  'contest.standings.none': 'No hay participaciones.',

  'contest.cancelled.notice': '{name} canceló el concurso «{theme}». No se anunciarán resultados.',
  'contest.cancelled.noStandings': 'El concurso «{theme}» se canceló; no hay clasificación.',

  'contest.error.notPosted':
    'No pude publicar en ese canal, así que el concurso no se inició. Revisa el canal y que yo pueda publicar ahí.',
  'contest.error.notPostedBecause':
    'No pude publicar en ese canal, así que el concurso no se inició. Revisa el canal y que yo pueda publicar ahí. {reason}',
  'contest.error.notConnected': 'Esta plataforma de chat no está conectada ahora mismo.',
  'contest.error.already':
    'El concurso «{theme}» ya {state, select, closed {está cerrado} cancelled {está cancelado} other {terminó}}.',
  'contest.error.unknownId':
    'No hay ningún concurso con ese id. Usa contest: yes para participar en el concurso de este canal.',
  'contest.error.otherChannel':
    'El concurso «{theme}» solo acepta participaciones en su propio canal; participa allí.',
  'contest.error.votingOn':
    'El plazo de participación del concurso «{theme}» terminó; ahora se vota. No se cobró nada.',
  'contest.error.over':
    'El concurso «{theme}» {state, select, closed {está cerrado} cancelled {está cancelado} other {terminó}}; ya no acepta participaciones. No se cobró nada.',
  'contest.error.closedJustNow':
    'El plazo de participación del concurso «{theme}» acaba de terminar. No se cobró nada.',
  'contest.error.noneOpen':
    'Ahora mismo no hay ningún concurso abierto en este canal, así que esto no puede ser una participación. No se cobró nada.',
  'contest.error.notHere': 'Aquí no hay ningún concurso con ese id.',
  'contest.error.noneRunning':
    'No hay ningún concurso en curso en este canal. Un admin puede iniciar uno con /{command} contest start.',
  'contest.error.theme': 'Dale al concurso un tema de 1 a {max} caracteres.',
  'contest.error.window':
    'El plazo {window, select, submission {de participación} other {de votación}} debe durar entre {min} y {maxDays} días (por ejemplo 2h o 3d).',
  'contest.error.entries': 'Las participaciones por miembro deben ser un número entero de 1 a {max}.',
  'contest.error.voterAge': 'La antigüedad mínima para votar es un número entero de días de 0 a {max}.',
  'contest.error.busy':
    'El concurso «{theme}» (concurso {id}) ya está en curso en ese canal; solo uno a la vez. No se cambió nada.',
  'contest.error.full':
    'Ya tienes {count, plural, one {# participación} other {# participaciones}} en el concurso «{theme}», el máximo permitido. No se cobró nada.',

  'board.top.title':
    '{period, select, day {Mejores clips de las últimas 24 horas} week {Mejores clips de los últimos 7 días} all {Mejores clips de todos los tiempos} other {Salón de la fama: ganadores de concursos}}',
  'board.top.heading': '{title}:',
  'board.top.tieRule': 'Empates: gana la publicación más temprana.',
  'board.top.empty': '{title}: todavía no se ha publicado nada. Crea el primero con generate.',
  'board.top.hallEmpty': 'El salón de la fama está vacío: ningún concurso de aquí tiene ganador todavía.',
  'board.top.row':
    '{rank}. «{prompt}» de {name} · {votes, plural, one {# voto} other {# votos}} · clip {clipId}',
  'board.top.rowWon':
    '{rank}. «{prompt}» de {name}, ganó «{theme}» · {votes, plural, one {# voto} other {# votos}} · clip {clipId}',
  'board.entry.votes': '{rank}. {votes, plural, one {# voto} other {# votos}}',
  'board.entry.unranked': 'Participación {rank}',
  'board.entry.won': 'Ganó «{theme}»',
  'board.entry.clip': 'clip {clipId}',
  'board.entry.by': '{entry} de {name}',
  'board.entry.byWon': '{entry} de {name}, ganó «{theme}»',
  'board.entry.voteCount': '{votes, plural, one {# voto} other {# votos}}',
  'board.entry.thumbnailAlt': 'Un fotograma de este clip',

  'board.remix.title': '{name} {origin, select, edit {editó} other {hizo un remix de}} tu clip',
  'board.remix.label': '{label, select, edit {Edición} remix {Remix} other {Original}}',
  'board.remix.note': 'Como mucho, uno de estos avisos por hora.',
  'notice.remix':
    '{name} {origin, select, edit {editó} other {hizo un remix de}} tu clip {parentId}: mira el clip {clipId}. (Como mucho, uno de estos avisos por hora.)',
  'notice.cast':
    '{name} creó el clip {clipId} con tu apariencia. Puedes eliminarlo con su botón Eliminar, igual que su autor.',
};
