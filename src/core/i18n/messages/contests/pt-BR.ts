import type { ContestsCatalog } from './en.ts';

/**
 * Brazilian Portuguese (você), with the glossary of commands/pt-BR.ts: clipe, prompt, remix,
 * concurso, ranking; participação (a contest entry), voto, elenco, aparência.
 */
export const ptBR: ContestsCatalog = {
  'contest.time': '{date} UTC',
  'contest.when': '{time} (em {duration})',
  'contest.sentences': '{first} {next}',

  'contest.start.title': '{name} iniciou um concurso: “{theme}”',
  'contest.start.heading': '{title} (concurso {id}).',
  'contest.start.enter':
    'Participe com /{command} generate e contest: yes, no máximo {entries, plural, one {# participação} other {# participações}} por pessoa, até {opens}.',
  'contest.start.vote':
    'Depois vote com {emoji} nas participações de que você gostar, até {closes}; sua própria participação e bots não contam.',
  'contest.start.voterAge':
    'Só contam votos de membros há pelo menos {days, plural, one {# dia} other {# dias}}.',
  'contest.id': 'ID do concurso: {id}.',

  'contest.voting.text': 'Concurso “{theme}”: {sentences}',
  'contest.voting.title': 'Concurso “{theme}”: a votação está aberta',
  'contest.voting.nobody':
    'as inscrições foram encerradas e ninguém participou. A votação fica aberta mesmo assim até {closes}, mas não há nada para votar.',
  'contest.voting.open':
    'as inscrições foram encerradas com {entries, plural, one {# participação} other {# participações}}. A votação está aberta até {closes}: reaja com {emoji} nas participações de que você gostar.',
  'contest.voting.early':
    'Reações colocadas antes de agora não contam; tire a sua e coloque de novo para votar.',

  'contest.count.sentence': '{parts}.',
  'contest.count.next': '{before}; {next}',
  'contest.count.also': '{before}, {next}',
  'contest.count.counted': '{count, plural, one {# voto contado} other {# votos contados}}',
  'contest.count.notCounted': '{list} fora da contagem',
  'contest.count.self': '{count, plural, one {# voto próprio} other {# votos próprios}}',
  'contest.count.bots': '{count, plural, one {# voto de bot} other {# votos de bots}}',
  'contest.count.outsideWindow':
    '{count, plural, one {# fora do período de votação} other {# fora do período de votação}}',
  'contest.count.tooYoung':
    '{count, plural, one {# de uma conta} other {# de contas}} com menos de {days, plural, one {# dia} other {# dias}}',
  'contest.count.foundAtClose':
    '{count, plural, one {# voto encontrado} other {# votos encontrados}} na plataforma no encerramento',
  'contest.count.retracted':
    '{count, plural, one {# retirado enquanto o bot estava fora} other {# retirados enquanto o bot estava fora}}',
  'contest.count.ageUnknown':
    '{count, plural, one {Não foi possível verificar a idade da conta de # votante (sem data da conta, nunca visto antes); esse voto foi contado.} other {Não foi possível verificar a idade da conta de # votantes (sem data da conta, nunca vistos antes); esses votos foram contados.}}',

  'contest.place': '{place, select, 1 {1º} 2 {2º} 3 {3º} other {{place}º}}',
  'contest.entry.ranked': '{place}: clipe {clipId} de {name}, {votes, plural, one {# voto} other {# votos}}',
  'contest.entry.listed': '{number}. clipe {clipId} de {name}',
  'contest.results.nobody': 'O concurso “{theme}” terminou: ninguém participou, então não há vencedor.',
  'contest.results.heading': 'O concurso “{theme}” terminou. {top}',
  'contest.results.top': '{entries, plural, one {# participação} other {# participações}}; os melhores:',
  'contest.results.title': 'O concurso “{theme}” terminou',
  'contest.results.noWinner': 'Ninguém participou, então não há vencedor.',
  'contest.results.counting':
    'Como os votos foram contados: {accounting} Em caso de empate, vence a participação mais antiga.',
  'contest.more': '…e mais {count, plural, one {# participação} other {# participações}} no canal.',

  'contest.entries.none':
    'Concurso “{theme}”: nenhuma participação ainda. As inscrições ficam abertas até {opens}.',
  'contest.entries.noneTitle': 'Concurso “{theme}”: nenhuma participação ainda',
  'contest.entries.openUntil': 'As inscrições ficam abertas até {opens}.',
  'contest.entries.heading': '{title}; os votos contam quando a votação abrir, em {opens}.',
  'contest.entries.title':
    'Concurso “{theme}”: {entries, plural, one {# participação} other {# participações}} até agora',
  'contest.entries.votesLater': 'Os votos contam quando a votação abrir, em {opens}.',

  'contest.status.submissions':
    'Concurso “{theme}” (concurso {id}) de {name}: aceitando participações até {opens}, até {perMember} por membro; {entries} até agora. Depois a votação dura {voteFor}.',
  'contest.status.voting':
    'Concurso “{theme}” (concurso {id}) de {name}: votação com {emoji} até {closes} em {entries, plural, one {# participação} other {# participações}}.',
  'contest.status.closed': 'Concurso “{theme}” (concurso {id}) de {name}: encerrado em {closed}. {winner}',
  'contest.status.winner':
    'Vencedor: clipe {clipId} de {winner} com {votes, plural, one {# voto} other {# votos}}.',
  'contest.status.noWinner': 'Sem vencedor.',
  'contest.status.cancelled': 'Concurso “{theme}” (concurso {id}) de {name}: cancelado por {by}.',
  'contest.status.anAdmin': 'um admin',
  'contest.status.boardTitle': 'Concurso “{theme}” de {name}',
  'contest.status.closedWinner': 'Encerrado em {closed}. O vencedor:',
  'contest.standings.voting':
    'Concurso “{theme}”, ranking parcial (a votação termina em {closes}; a contagem final também lê as reações de cada participação):',
  'contest.standings.final': 'Concurso “{theme}”, resultado final:',
  'contest.standings.votingTitle': 'Concurso “{theme}”, ranking parcial',
  'contest.standings.finalTitle': 'Concurso “{theme}”, resultado final',
  'contest.standings.closes':
    'A votação termina em {closes}; a contagem final também lê as reações de cada participação.',
  'contest.standings.none': 'Nenhuma participação.',

  'contest.cancelled.notice': '{name} cancelou o concurso “{theme}”. Nenhum resultado será anunciado.',
  'contest.cancelled.noStandings': 'O concurso “{theme}” foi cancelado; não há ranking.',

  'contest.error.notPosted':
    'Não consegui postar nesse canal, então o concurso não foi iniciado. Confira o canal e se eu posso postar nele.',
  'contest.error.notPostedBecause':
    'Não consegui postar nesse canal, então o concurso não foi iniciado. Confira o canal e se eu posso postar nele. {reason}',
  'contest.error.notConnected': 'Esta plataforma de chat não está conectada agora.',
  'contest.error.already':
    'O concurso “{theme}” já {state, select, closed {foi encerrado} cancelled {foi cancelado} other {terminou}}.',
  'contest.error.unknownId':
    'Não há nenhum concurso com esse ID. Use contest: yes para participar do concurso deste canal.',
  'contest.error.otherChannel':
    'O concurso “{theme}” só aceita participações no próprio canal; participe por lá.',
  'contest.error.votingOn':
    'As inscrições do concurso “{theme}” foram encerradas; a votação está em andamento. Nada foi cobrado.',
  'contest.error.over':
    'O concurso “{theme}” {state, select, closed {foi encerrado} cancelled {foi cancelado} other {terminou}}; não aceita mais participações. Nada foi cobrado.',
  'contest.error.closedJustNow':
    'As inscrições do concurso “{theme}” acabaram de ser encerradas. Nada foi cobrado.',
  'contest.error.noneOpen':
    'Não há nenhum concurso aberto neste canal agora, então isto não pode ser uma participação. Nada foi cobrado.',
  'contest.error.notHere': 'Não há nenhum concurso com esse ID aqui.',
  'contest.error.noneRunning':
    'Não há nenhum concurso em andamento neste canal. Um admin pode iniciar um com /{command} contest start.',
  'contest.error.theme': 'Dê ao concurso um tema de 1 a {max} caracteres.',
  'contest.error.window':
    'O período {window, select, submission {de inscrições} other {de votação}} deve ter entre {min} e {maxDays} dias (como 2h ou 3d).',
  'contest.error.entries': 'As participações por membro devem ser um número inteiro de 1 a {max}.',
  'contest.error.voterAge': 'O tempo mínimo de membro para votar é um número inteiro de dias de 0 a {max}.',
  'contest.error.busy':
    'O concurso “{theme}” (concurso {id}) já está em andamento nesse canal; um de cada vez. Nada foi alterado.',
  'contest.error.full':
    'Você já tem {count, plural, one {# participação} other {# participações}} no concurso “{theme}”, o máximo permitido. Nada foi cobrado.',

  'board.top.title':
    '{period, select, day {Melhores clipes das últimas 24 horas} week {Melhores clipes dos últimos 7 dias} all {Melhores clipes de todos os tempos} other {Hall da fama: vencedores de concursos}}',
  'board.top.heading': '{title}:',
  'board.top.tieRule': 'Empates: a postagem mais antiga fica na frente.',
  'board.top.empty': '{title}: nada foi postado ainda. Crie o primeiro com generate.',
  'board.top.hallEmpty': 'O hall da fama está vazio: nenhum concurso daqui tem vencedor ainda.',
  'board.top.row':
    '{rank}. “{prompt}” de {name} · {votes, plural, one {# voto} other {# votos}} · clipe {clipId}',
  'board.top.rowWon':
    '{rank}. “{prompt}” de {name}, venceu “{theme}” · {votes, plural, one {# voto} other {# votos}} · clipe {clipId}',
  'board.entry.votes': '{rank}. {votes, plural, one {# voto} other {# votos}}',
  'board.entry.unranked': 'Participação {rank}',
  'board.entry.won': 'Venceu “{theme}”',
  'board.entry.clip': 'clipe {clipId}',
  'board.entry.by': '{entry} de {name}',
  'board.entry.byWon': '{entry} de {name}, venceu “{theme}”',
  'board.entry.voteCount': '{votes, plural, one {# voto} other {# votos}}',
  'board.entry.thumbnailAlt': 'Um quadro deste clipe',

  'board.remix.title': '{name} {origin, select, edit {editou o} other {fez um remix do}} seu clipe',
  'board.remix.label': '{label, select, edit {Edição} remix {Remix} other {Original}}',
  'board.remix.note': 'No máximo um destes avisos por hora.',
  'notice.remix':
    '{name} {origin, select, edit {editou o} other {fez um remix do}} seu clipe {parentId}: veja o clipe {clipId}. (No máximo um destes avisos por hora.)',
  'notice.cast':
    '{name} criou o clipe {clipId} com a sua aparência. Você pode excluí-lo com o botão Excluir, assim como o autor.',
};
