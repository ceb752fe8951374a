import type { RepliesCatalog } from './en.ts';

/**
 * Brazilian Portuguese (você), with the glossary of messages/commands/pt-BR.ts: clipe, prompt,
 * remix, concurso, card; história (story), tomada (shot), elenco (cast), aparência (likeness),
 * foto. Command words (`setting:aspect`, `value:default`, option names) stay as typed.
 */
export const ptBR: RepliesCatalog = {
  'reply.option.invalid': 'O valor de {option} não é válido: confira e tente de novo.',
  'reply.options.invalid': 'Essas opções não são válidas: confira e tente de novo.',

  'reply.gate.admin':
    'Só administradores podem {what} aqui, então nada foi alterado. Peça a um administrador (Gerenciar servidor no Discord, um administrador ou proprietário do workspace no Slack).',
  'reply.gate.admin.settings': 'ver ou alterar as configurações do bot',
  'reply.gate.admin.castPurge': 'remover o elenco de outro membro',
  'reply.gate.admin.contestStart': 'iniciar um concurso',
  'reply.gate.admin.contestCancel': 'cancelar um concurso',

  'reply.options.rule':
    'Nos comandos digitados (Slack, o estúdio), uma palavra colada a um valor por dois-pontos (mood:dark) ou escrita --palavra é lida como opção, e uma que o comando não tem é recusada antes de qualquer coisa ser criada; para manter essas palavras no prompt, coloque um espaço depois dos dois-pontos (note: it rains) ou ponha-as entre aspas. Horários e proporções como 10:30 ou 16:9 sempre ficam no prompt.',
  'reply.options.unknown.close': 'Opção desconhecida {typed}: você quis dizer {close}?',
  'reply.options.unknown.takes': 'Opção desconhecida {typed}: {command} aceita {names}.',
  'reply.options.unknown.none': 'Opção desconhecida {typed}: {command} não aceita opções.',
  'reply.options.unknown': '{head} Nada foi criado.',
  'reply.options.unknown.keep':
    '{head} Para manter “{token}” como palavras, coloque um espaço depois dos dois-pontos ou ponha-as entre aspas. Nada foi criado.',
  'reply.options.or2': '{a} ou {b}',
  'reply.options.or3': '{a}, {b} ou {c}',
  'reply.options.flag':
    'Aqui as opções são escritas nome:valor, como {word}:…, não {token}. Nada foi criado.',

  'reply.help.generate': '/{command} generate prompt:<o que acontece> cria um vídeo curto e o posta aqui.',
  'reply.help.options':
    'Opções: duration, aspect (landscape, portrait, square) ou size, model, style, image.',
  'reply.help.aspect':
    'Os clipes daqui são {aspect} ({ratio}), a menos que você indique um formato ou tamanho; administradores mudam isso com /{command} settings setting:aspect.',
  'reply.help.styles': 'Estilos: {styles}.',
  'reply.help.tips': 'Dicas: diga o que a câmera faz (dolly lento para frente, tomada aérea), a luz e o som.',
  'reply.help.votes':
    'Reaja a um clipe para votar; toque em Remix para partir do prompt de outra pessoa (o crédito é dela).',
  'reply.help.top':
    '/{command} top mostra os clipes mais votados do dia, da semana ou de todos os tempos, e o hall da fama.',
  'reply.help.contests':
    'Concursos: /{command} contest status diz o que está rolando aqui; participe com /{command} generate … contest:yes enquanto as inscrições estiverem abertas. Administradores iniciam um com /{command} contest start.',
  'reply.help.usage':
    '/{command} usage mostra quanto você e este servidor gastaram; /{command} consent on deixa outros citarem você nos prompts deles (desligado até você dizer).',
  'reply.help.models': 'Modelos:',
  'reply.help.model':
    '• {label} ({id}): {durations} s, {sizes}{audio, select, yes {, com som} other {}}{priced, select, yes {, a partir de {price}/s} other {}}',

  'reply.settings.stays': '{name} continua {value}.',
  'reply.settings.changed':
    '{name} agora é {value} (antes: {from}). A alteração fica registrada com o seu nome.',
  'reply.settings.line': '• {name}: {value}',
  'reply.settings.line.set': '• {name}: {value} (definido aqui)',
  'reply.settings.one':
    '{description}. Altere com /{command} settings setting:{name} value:{example}; value:default volta ao do operador.',
  'reply.settings.head': 'Configurações daqui (as demais são os padrões do operador):',
  'reply.settings.how':
    'Altere uma com /{command} settings setting:<nome> value:<valor>, por ex. setting:daily_budget value:20; "off" remove um limite, "default" volta ao do operador.',
  'reply.settings.history': 'Alterações recentes:',
  'reply.settings.change': '• {when} UTC, {by}: {name} {from} → {to}',
  'reply.settings.name.missing': 'Informe uma configuração.',
  'reply.settings.name.long': 'Esse nome de configuração é longo demais.',
  'reply.settings.name.unknown': 'Essa configuração não existe. Configurações: {settings}.',
  'reply.settings.value.text': 'Informe o valor como texto.',
  'reply.settings.value.empty': 'O valor está vazio.',
  'reply.settings.value.long': 'O valor deve ter menos de {max} caracteres.',
  'reply.settings.value.which': 'Diga de qual configuração é o valor, como setting:daily_budget value:20.',

  'reply.setting.unknown': 'Não há nenhuma configuração chamada "{name}". Configurações: {settings}.',
  'reply.setting.noLimit': 'sem limite',
  'reply.setting.noLimit.default': 'sem limite (padrão)',
  'reply.setting.default': '{value} (padrão)',
  'reply.setting.money': '{amount, number, ::currency/USD}',
  'reply.setting.clips': '{count, plural, one {# clipe} other {# clipes}}',
  'reply.setting.seconds': '{count} s',
  'reply.setting.atOnce': '{count} ao mesmo tempo',
  'reply.setting.perMinute': '{count} por minuto',
  'reply.setting.model.first': 'o primeiro modelo',
  'reply.setting.channels.every': 'todos os canais',
  'reply.setting.voteEmoji.default': 'o padrão do bot',
  'reply.setting.aspect': '{aspect} ({ratio})',
  'reply.setting.aspect.default': '{aspect} ({ratio}, padrão)',
  'reply.setting.language.default': 'o idioma do servidor, senão inglês (padrão)',
  'reply.setting.what.daily_budget': 'o orçamento diário',
  'reply.setting.what.monthly_budget': 'o orçamento mensal',
  'reply.setting.what.member_daily_clips': 'os clipes por membro por dia',
  'reply.setting.what.member_daily_seconds': 'os segundos por membro por dia',
  'reply.setting.what.member_max_active': 'os clipes por membro ao mesmo tempo',
  'reply.setting.what.rate_limit': 'os comandos por membro por minuto',
  'reply.setting.dollars.invalid':
    'Informe {what} em dólares, de 0 a {max, number}, como 20 ou 12.50; "off" para sem limite, "default" para o do operador.',
  'reply.setting.count.invalid':
    'Informe {what} como número inteiro de {min} a {max}{off, select, yes {; "off" para sem limite} other {}}, ou "default".',
  'reply.setting.channels.invalid':
    'Informe os canais como "here", um id de canal ou uma menção #canal, separados por vírgulas; "all" para todos os canais.',
  'reply.setting.channels.count': 'Informe de 1 a 50 canais, ou "all".',
  'reply.setting.model.unknown': 'Não há nenhum modelo chamado "{name}". Escolha um de: {models}.',
  'reply.setting.provider.unknown': 'Escolha um provedor configurado: {providers}.',
  'reply.setting.voteEmoji.invalid':
    'Informe a reação de voto como um emoji (👍) ou um nome de reação (thumbsup), ou "default".',
  'reply.setting.aspect.invalid':
    'Informe o formato padrão como landscape, portrait ou square, ou "default".',
  'reply.setting.language.invalid': 'Informe o idioma como um de {languages}, ou "default".',

  'reply.usage.spent': '{money} em {clips, plural, one {# clipe} other {# clipes}} ({seconds} s)',
  'reply.usage.member': 'Você, hoje: {day}. Este mês: {month}.',
  'reply.usage.workspace': 'Todos aqui, hoje: {day}. Este mês: {month}.',
  'reply.usage.ofMax': '{spent} de {max}',
  'reply.usage.cap.clips': '{left} de {max} clipes restantes hoje',
  'reply.usage.cap.seconds': '{left} de {max} s de vídeo restantes hoje',
  'reply.usage.cap.active': '{active} de {max} clipes simultâneos em andamento',
  'reply.usage.caps': 'Seus limites: {caps}.',
  'reply.usage.held':
    '{money} do seu gasto está reservado para clipes ainda em andamento: é reembolsado se falharem ou forem cancelados, e cobrado pelo preço real quando forem postados.',
  'reply.usage.resets': 'As contagens diárias recomeçam à meia-noite UTC (em {wait}); as mensais, em {date}.',
  'reply.usage.key': 'chave da {provider} terminada em {last4}: {money}',
  'reply.usage.keys': 'Chaves de provedor próprias deste servidor, gasto em cada uma até agora: {keys}.',

  'reply.consent.choice': 'Escolha on (outros podem citar você nos prompts) ou off.',
  'reply.consent.answer':
    '{lead, select, done {Pronto. } same {Essa já era a sua escolha. } other {}}{on, select, yes {Outros podem citar você nos prompts deles aqui. Desligue quando quiser com /{command} consent off.} other {Prompts que citam você aqui são recusados; seus próprios prompts sempre podem citar você. Para deixar outros citarem você, use /{command} consent on.}}',

  'reply.remixes.from': 'A partir de {quote} de {author} (clipe {id}).',
  'reply.remixes.root':
    '{quote} de {author} · {votes, plural, one {# voto} other {# votos}} · {count} feitos a partir dele',
  'reply.remixes.child':
    '{origin, select, remix {remix} reroll {nova versão} edit {edição} other {novo}} de {author}{quoted, select, yes {: {quote}} other {}} · {votes, plural, one {# voto} other {# votos}}{below, plural, =0 {} one { · # abaixo} other { · # abaixo}} (clipe {id})',
  'reply.remixes.deleted': '(clipe excluído)',
  'reply.remixes.none': 'Ninguém fez remix dele ainda: toque em Remix no card dele para ser o primeiro.',
  'reply.remixes.truncated': '… e mais: a árvore é cortada aqui.',

  'reply.clip.missing': 'Informe o clipe: o id dele está no card (por exemplo c1a2b3c4d5).',
  'reply.clip.invalid': 'Um id de clipe tem letras e dígitos, como aparece no card.',
  'reply.story.missing': 'Informe a história: o id dela está no card (por exemplo c1a2b3c4d5).',
  'reply.story.invalid': 'Um id de história tem letras e dígitos, como aparece no card.',
  'reply.clip.gone': 'Esse clipe não existe mais.',
  'reply.clip.cancelled': 'Cancelado.',
  'reply.clip.deleted': 'Excluído.',

  'reply.prompt.missing': 'Descreva o vídeo que você quer: adicione um prompt.',
  'reply.prompt.empty': 'Descreva o vídeo que você quer: o prompt está vazio.',
  'reply.prompt.long': 'O prompt deve ter menos de {max} caracteres.',
  'reply.prompt.next': 'Diga o que acontece depois.',
  'reply.prompt.next.empty': 'Diga o que acontece depois: o prompt está vazio.',
  'reply.duration.whole': 'Informe a duração em segundos inteiros, como 8.',
  'reply.duration.min': 'A duração deve ser de pelo menos 1 segundo.',
  'reply.duration.max': 'A duração deve ser menor que 10 minutos.',
  'reply.size.invalid': 'Escreva o tamanho como largura x altura em pixels, como 1280x720.',
  'reply.aspect.invalid': 'O formato é landscape, portrait ou square.',
  'reply.model.long': 'Esse nome de modelo é longo demais.',
  'reply.style.long': 'Esse nome de estilo é longo demais.',
  'reply.image.invalid': 'A imagem deve ser um link http(s) para uma foto.',
  'reply.contest.entry.invalid':
    'Para participar de um concurso, escreva contest: yes (o deste canal) ou o id dele.',
  'reply.shots.missing':
    'Escreva as tomadas separadas por | (por exemplo "uma raposa acorda | a raposa corre").',
  'reply.shots.long': 'As tomadas devem ter menos de {max} caracteres no total.',
  'reply.look.long': 'O look deve ter menos de {max} caracteres.',
  'reply.mode.invalid': 'O modo é flow ou cut.',
  'reply.transition.invalid': 'A transição é cut ou fade.',
  'reply.seconds.whole': 'Informe os segundos como número inteiro, como 8.',
  'reply.seconds.min': 'Uma tomada tem pelo menos 1 segundo.',
  'reply.seconds.max': 'Uma tomada deve ter menos de 10 minutos.',
  'reply.shot.number': 'Informe o número da tomada, como 2.',
  'reply.shot.min': 'As tomadas são numeradas a partir de 1.',
  'reply.shot.max': 'Nenhuma história tem tantas tomadas.',
  'reply.top.period': 'O período é day, week, all ou hall.',

  'reply.cast.mention': 'Indique o membro com uma menção, como /{command} cast {sub} member:@Bob.',
  'reply.cast.image.missing': 'Anexe uma foto sua: JPEG, PNG ou WebP.',
  'reply.cast.handle.long': 'Use um apelido curto: no máximo 32 letras ou dígitos.',
  'reply.cast.who.invalid': 'Escolha quem pode usar sua aparência: me, approved ou everyone.',
  'reply.cast.allow.everyone': 'todos aqui podem usar sua aparência',
  'reply.cast.allow.approved':
    'só você e {count, plural, one {o membro que você aprovou podem} other {os # membros que você aprovou podem}} usar sua aparência',
  'reply.cast.allow.me': 'só você pode usar sua aparência',
  'reply.cast.added':
    'Adicionada: você tem {count} de {max} fotos (sem dados de localização e da câmera).{named, select, yes { Outros podem citar você como @{handle}.} other {}} No momento, {allow}; mude com /{command} cast allow ou cast approve.{left, plural, =0 {} one { Você pode adicionar mais #.} other { Você pode adicionar mais #.}}',
  'reply.cast.allowed': 'Pronto: {allow}. Os clipes em espera seguem isso na hora.',
  'reply.cast.approved': 'Pronto: {name} pode usar sua aparência; {allow}.',
  'reply.cast.unapproved':
    'Pronto: {name} não pode mais usar sua aparência, nem em clipes em espera; {allow}.',
  'reply.cast.cancelled':
    '{count, plural, =0 {Nenhum clipe que a usava estava a caminho.} one {1 clipe a caminho foi cancelado e reembolsado.} other {# clipes a caminho foram cancelados e reembolsados.}}',
  'reply.cast.removed': 'Suas fotos foram excluídas. {cancelled}',
  'reply.cast.purged': 'As fotos de {name} foram excluídas. {cancelled}',
  'reply.cast.list.head':
    'Você tem {count} de {max} fotos{named, select, yes { (@{handle})} other {}}; {allow}.',
  'reply.cast.list.none': 'Você não tem fotos aqui; adicione uma com /{command} cast add.',
  'reply.cast.list.clips': 'Clipes com a sua aparência, os mais novos primeiro:',
  'reply.cast.list.clip':
    '• clipe {id} de {author} ({state, select, queued {na fila} submitted {enviado} rendering {renderizando} fetching {baixando} delivering {postando} posted {postado} failed {falhou} cancelled {cancelado} other {{state}}})',
  'reply.cast.list.empty': 'Nenhum clipe usou sua aparência ainda.',

  'reply.contest.theme.missing': 'Dê um tema ao concurso, como “fantasmas na máquina”.',
  'reply.contest.theme.long': 'O tema deve ter menos de {max} caracteres.',
  'reply.contest.window':
    '{what, select, submission {Informe o prazo de inscrições como uma duração, como 2h, 90m ou 3d.} other {Informe o prazo de votação como uma duração, como 2h, 90m ou 3d.}}',
  'reply.contest.window.invalid':
    '{what, select, submission {“{text}” não é uma duração: escreva o prazo de inscrições como 2h, 90m ou 3d.} other {“{text}” não é uma duração: escreva o prazo de votação como 2h, 90m ou 3d.}}',
  'reply.contest.entries': 'As participações por membro são um número inteiro de 1 a {max}.',
  'reply.contest.voterAge': 'O tempo mínimo de membro para votar é um número inteiro de dias, de 0 a {max}.',
  'reply.contest.channel': 'Indique o canal com uma #menção, como #concursos.',
  'reply.contest.id': 'Um id de concurso começa com k, como aparece no anúncio.',
  'reply.contest.started':
    'Concurso “{theme}” iniciado (contest {id}); o anúncio foi postado no canal dele. A votação abre em {opens} e fecha em {closes}.',
  'reply.contest.cancelled': 'Concurso “{theme}” cancelado (contest {id}).',

  'reply.form.unavailable':
    'Isto precisa de um formulário privado, que não pode ser mostrado aqui: use o comando de barra no Discord ou no Slack, ou o estúdio.',

  'reply.slack.usage.syntax': '/{command} <{free}> e depois as opções como frases ou flags:',
  'reply.slack.usage.examplePrompt': 'uma pipa vermelha sobre as dunas ao amanhecer',
  'reply.slack.usage.mention': 'Ou mencione o bot em uma thread com as mesmas palavras. Opções de {name}:',
  'reply.slack.usage.link': 'um link http(s)',
  'reply.slack.usage.commands': 'Comandos:',
  'reply.slack.usage.number': 'número',
};
