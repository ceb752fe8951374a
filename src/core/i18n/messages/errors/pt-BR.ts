import type { ErrorsCatalog } from './en.ts';

/**
 * Brazilian Portuguese (você), with the glossary of commands/pt-BR.ts: clipe, prompt, remix,
 * concurso, história, tomada, estender, elenco, aparência, foto; o serviço de vídeo, os admins.
 */
export const ptBR: ErrorsCatalog = {
  'error.internal': 'Algo deu errado do nosso lado; tente de novo.',

  'error.list.or': '{a} ou {b}',
  'error.list.series': '{first}, {rest}',
  'error.list.and2': '{a} e {b}',
  'error.list.and3': '{a}, {b} e {c}',
  'error.list.andOthers': '{a}, {b} e mais {others, plural, one {# pessoa} other {# pessoas}}',

  'error.givenUp.rateLimited':
    'O serviço de vídeo continuou ocupado em todas as novas tentativas, então este clipe foi interrompido. Nada foi cobrado; tente de novo mais tarde.',
  'error.givenUp.unavailable':
    'O serviço de vídeo não respondeu em nenhuma nova tentativa, então este clipe foi interrompido. Nada foi cobrado; tente de novo mais tarde.',
  'error.givenUp.download':
    'Não foi possível buscar o vídeo pronto no serviço de vídeo, mesmo após várias tentativas. Nada foi cobrado; tente de novo.',
  'error.givenUp.delivery':
    'Não foi possível postar o vídeo aqui, mesmo após várias tentativas. Nada foi cobrado; tente de novo mais tarde.',
  'error.givenUp.diskFull':
    'O servidor do bot ficou sem espaço em disco para vídeos e não conseguiu salvar este clipe, mesmo após várias tentativas. Nada foi cobrado; tente de novo mais tarde e avise o operador do bot se isso continuar.',
  'error.givenUp.invalidVideo':
    'O serviço de vídeo enviou algo que não é um vídeo reproduzível, mesmo após várias tentativas, então nada foi postado. Nada foi cobrado; tente de novo mais tarde.',
  'error.givenUp.other':
    'Não foi possível concluir este clipe, mesmo após várias tentativas. Nada foi cobrado; tente de novo mais tarde.',

  'error.budget.memberActive':
    'Você já tem {used, plural, one {# clipe} other {# clipes}} na fila ou renderizando, o máximo que um membro pode ter ao mesmo tempo aqui. Tente de novo quando um deles terminar.',
  'error.budget.memberDailyClips':
    'Você já fez {used, plural, one {# clipe} other {# clipes}} hoje, o limite diário por membro aqui. Ele reinicia à meia-noite UTC, em {wait}.',
  'error.budget.memberDailySeconds':
    'Este clipe de {seconds} segundos passaria dos seus {max} segundos de vídeo de hoje; restam {left} s. Tente um clipe mais curto ou espere até a meia-noite UTC, em {wait}.',
  'error.budget.memberDailySecondsDone':
    'Você já usou seus {max} segundos de vídeo de hoje. Eles reiniciam à meia-noite UTC, em {wait}.',
  'error.budget.workspaceDaily':
    'O orçamento diário de vídeo aqui é de {max, number, ::currency/USD}, e {used, number, ::currency/USD} já foram gastos ou reservados para clipes em andamento; este clipe custa {cost, number, ::currency/USD}. Ele reinicia à meia-noite UTC, em {wait}.',
  'error.budget.workspaceDailyRoom':
    'O orçamento diário de vídeo aqui é de {max, number, ::currency/USD}, e {used, number, ::currency/USD} já foram gastos ou reservados para clipes em andamento; este clipe custa {cost, number, ::currency/USD}. Um clipe mais barato talvez ainda caiba (restam {left, number, ::currency/USD}). Ele reinicia à meia-noite UTC, em {wait}.',
  'error.budget.workspaceMonthly':
    'O orçamento mensal de vídeo aqui é de {max, number, ::currency/USD}, e {used, number, ::currency/USD} já foram gastos ou reservados para clipes em andamento; este clipe custa {cost, number, ::currency/USD}. Ele reinicia em {date, date, utcMonthDay} (UTC), daqui a {wait}.',
  'error.budget.workspaceMonthlyRoom':
    'O orçamento mensal de vídeo aqui é de {max, number, ::currency/USD}, e {used, number, ::currency/USD} já foram gastos ou reservados para clipes em andamento; este clipe custa {cost, number, ::currency/USD}. Um clipe mais barato talvez ainda caiba (restam {left, number, ::currency/USD}). Ele reinicia em {date, date, utcMonthDay} (UTC), daqui a {wait}.',
  'error.budget.wait.minutes': '{minutes} min',
  'error.budget.wait.hours': '{hours} h',
  'error.budget.wait.hoursMinutes': '{hours} h {minutes} min',
  'error.budget.wait.days': '{days, plural, one {# dia} other {# dias}}',

  'error.admission.rateLimited':
    'São mais de {perMinute} comandos e botões por minuto, o máximo que um membro pode enviar aqui. Espere {seconds} s e tente de novo.',
  'error.admission.channel':
    'Não é possível fazer clipes neste canal: os admins escolheram outros canais para isso. Tente um deles ou fale com um admin.',
  'error.consent.likeness':
    'Seu prompt cita {names}, {count, plural, one {que não aceitou emprestar a aparência a você} other {que não aceitaram emprestar a aparência a você}} aqui. Um membro libera com /{command} cast allow ou cast approve; até lá, tire os nomes.',
  'error.consent.appear':
    'Seu prompt cita {names}, {count, plural, one {que não aceitou} other {que não aceitaram}} aparecer em clipes aqui. Os membros aceitam com /{command} consent on; até lá, tire os nomes.',
  'error.consent.withdrawn':
    '{names} não {count, plural, one {empresta} other {emprestam}} mais a aparência para este clipe; ele não foi feito e foi reembolsado.',

  'error.clip.promptEmpty': 'Descreva o vídeo que você quer: o prompt está vazio.',
  'error.clip.promptTooLong': 'O prompt tem {length} caracteres; o limite é {max}. Encurte e tente de novo.',
  'error.clip.duration':
    '{model} faz clipes de {durations} segundos; você pediu {duration}. Escolha uma dessas durações.',
  'error.clip.size': '{model} faz clipes de {sizes}; "{size}" não é um deles.',
  'error.clip.aspect': '{model} não tem o formato {aspect} ({ratio}); ele oferece {sizes}.',
  'error.clip.style': 'Não existe o estilo "{style}". Tente {styles}.',
  'error.clip.imageUnsupported': '{model} não consegue partir de uma imagem; tire a imagem.',
  'error.clip.referencesUnsupported':
    'Seu prompt cita um membro cuja aparência você pode usar, mas nenhum modelo de vídeo daqui aceita imagens de referência. {providers} aceitaria; fale com um admin ou tire o nome.',
  'error.clip.editUnsupported':
    'O modelo deste clipe não consegue editar o vídeo. Use Remix para começar um clipe novo a partir do prompt dele.',
  'error.clip.alreadyDone':
    'Este clipe já foi {state, select, posted {postado} failed {encerrado com falha} cancelled {cancelado} other {concluído}}; não há nada para cancelar.',
  'error.clip.delivering': 'Este clipe está sendo postado agora e não pode mais ser cancelado.',
  'error.clip.gone': 'Esse clipe não existe mais.',
  'error.clip.exists': 'Esse clipe já existe.',
  'error.clip.movedOn': 'Esse clipe já mudou de estado.',
  'error.clip.contestsUnavailable': 'Concursos não estão disponíveis aqui.',
  'error.clip.notYours':
    'Só {author} ou um admin pode {action, select, cancel {cancelar} delete {excluir} other {alterar}} este clipe.',
  'error.clip.cancelledBy': 'Cancelado por {name}.',
  'error.model.unknown': 'Não existe nenhum modelo chamado "{model}". Escolha um destes: {models}.',
  'error.provider.notConfigured': 'O provedor de vídeo "{name}" não está configurado.',

  'error.moderation.blocklist':
    'Este prompt usa uma palavra que os admins deste bot não permitem, então nada foi feito nem cobrado. Reescreva e tente de novo.',
  'error.moderation.category.minors': 'conteúdo sexual envolvendo menores',
  'error.moderation.category.selfHarm': 'automutilação',
  'error.moderation.category.graphicViolence': 'violência explícita',
  'error.moderation.category.threateningHate': 'ódio com ameaças',
  'error.moderation.category.threats': 'ameaças',
  'error.moderation.category.violentWrongdoing': 'atos ilícitos violentos',
  'error.moderation.category.violence': 'violência',
  'error.moderation.category.hate': 'ódio',
  'error.moderation.category.harassment': 'assédio',
  'error.moderation.category.sexual': 'conteúdo sexual',
  'error.moderation.category.wrongdoing': 'atos ilícitos',
  'error.moderation.category.rules': 'as regras de conteúdo',
  'error.moderation.flagged':
    'A verificação de conteúdo sinalizou este prompt por {category}, então nada foi feito nem cobrado. Mude o prompt e tente de novo.',
  'error.moderation.unavailable':
    'A verificação de conteúdo não está respondendo agora, então nada foi feito nem cobrado. Tente de novo em um minuto.',

  'error.cast.handleMention':
    'Esse apelido parece uma menção ou um ID de membro. Escolha uma palavra simples, como ada ou captain_rex.',
  'error.cast.handleShape':
    'Um apelido tem de 3 a 32 letras, dígitos, _, . ou -, começando e terminando com letra ou dígito (como ada ou captain_rex).',
  'error.cast.handleReserved':
    '@{handle} é uma palavra que os apps de chat usam para todos; escolha outro apelido.',
  'error.cast.handleTaken': '@{handle} já é o apelido de outro membro aqui; escolha outro.',
  'error.cast.modelNoLikeness':
    '{model} não consegue usar a aparência de um membro. Tire o modelo ou escolha um que consiga: {models}.',
  'error.cast.likenessUnsupported':
    '{model} não consegue usar a aparência de um membro; o clipe não foi feito e foi reembolsado.',
  'error.cast.ownLikeness': 'Você sempre pode usar a sua própria aparência; aprove outra pessoa.',
  'error.cast.botApprove': 'Bots não podem ser aprovados para usar uma aparência.',
  'error.cast.full':
    'Você já tem {max} fotos, o máximo que um membro guarda. Remova seu elenco com /{command} cast remove para começar de novo.',
  'error.cast.providersWithReferences': 'fal (o modelo Veo 3.1 dele, com imagens de referência)',
  'error.cast.memberNone': 'Esse membro não tem elenco aqui.',
  'error.cast.none':
    'Você ainda não tem elenco aqui. Primeiro adicione uma foto sua com /{command} cast add.',

  'error.story.describe':
    'Descreva a história: escreva as tomadas separadas por | (por exemplo "uma raposa acorda | a raposa corre").',
  'error.story.tooManyShots':
    'Uma história tem no máximo {max} tomadas; esta tem {count}. Junte algumas tomadas e tente de novo.',
  'error.story.shotEmpty':
    'A tomada {index} de {count} está vazia: descreva o que acontece nela ou tire o separador a mais.',
  'error.story.shotTooLong':
    'A tomada {index} tem {length} caracteres; o limite por tomada é {max}. Encurte e tente de novo.',
  'error.story.noShots': 'Descreva pelo menos uma tomada.',
  'error.story.tooManyShotsWritten':
    'Uma história tem no máximo {max} tomadas; você escreveu {count}. Junte algumas tomadas ou conte o resto em uma segunda história.',
  'error.story.shotBlank':
    'A tomada {index} está vazia. Diga o que acontece nela ou tire o separador a mais.',
  'error.story.tooLong':
    '{what}: seriam {total} segundos; o máximo é {max}. Use menos tomadas ou tomadas mais curtas.',
  'error.story.whatShots': '{count, plural, one {# tomada} other {# tomadas}} de {seconds} s',
  'error.story.whatExtended': 'O clipe estendido em {seconds} s',
  'error.story.flowUnsupported':
    '{model} não consegue começar uma tomada a partir do último quadro da anterior, o que o modo contínuo exige. Use mode:cut ou um destes: {models}.',
  'error.story.flowUnsupportedAnywhere':
    '{model} não consegue começar uma tomada a partir do último quadro da anterior, o que o modo contínuo exige, e nenhum modelo daqui consegue. Use mode:cut.',
  'error.story.gone': 'Essa história não existe mais.',
  'error.story.exists': 'Essa história já existe.',
  'error.story.rerollNotPosted': 'Só dá para refazer uma tomada de uma história já postada.',
  'error.story.shotRange': 'Esta história tem as tomadas 1 a {count}; escolha uma delas.',
  'error.story.shotNotOwn':
    'Essa tomada é o clipe que esta história continua; só as tomadas da própria história podem ser refeitas.',
  'error.story.noQueue': 'Histórias não podem rodar aqui.',
  'error.story.shotGone': 'Uma tomada desta história sumiu, então ela não pode ser montada.',
  'error.story.recordMissing':
    'O registro desta história está faltando, então ela não pode ser concluída. Nada mais foi cobrado.',
  'error.story.sourceGone':
    'O clipe que esta história continua foi excluído ou sumiu, então a história não pode ser feita.',
  'error.story.shotFailed': 'A tomada {index} de {count} falhou: {why}',
  'error.story.shotFailedUnknown': 'O provedor de vídeo não conseguiu fazê-la.',
  'error.story.ended': 'A história terminou antes de esta tomada ser feita.',
  'error.extend.gone': 'Esse clipe não existe mais, então não pode ser estendido.',
  'error.extend.notPosted': 'Só um clipe postado pode ser estendido; espere este ser postado.',
  'error.extend.sourceGone': 'O vídeo deste clipe não está mais disponível para continuar.',
  'error.extend.unsupported':
    '{model} não consegue estender os próprios clipes nem partir de uma imagem, então este clipe não pode ser continuado.',
  'error.extend.unsupportedUse':
    '{model} não consegue estender os próprios clipes nem partir de uma imagem, então este clipe não pode ser continuado. Faça o clipe com {models} para estendê-lo.',

  'error.render.failed': 'O provedor de vídeo não conseguiu fazer este clipe.',
  'error.shot.sourceGone': 'O clipe que esta tomada continua sumiu, então a tomada não pode partir dele.',
  'error.shot.videoGone': 'Este vídeo não está mais disponível no provedor.',
  'error.shot.continueGone':
    'O vídeo de onde isto continua não está mais disponível no provedor, então não pode ser continuado.',
  'error.delivery.notConnected': 'Esta plataforma de chat não está conectada agora.',
  'error.delivery.tooLarge':
    'O clipe tem {size, number, ::.0} MiB e este canal aceita no máximo {limit, number, ::.0} MiB, mesmo depois de reduzido. Tente um clipe mais curto ou menor.',
  'error.download.tooLarge':
    'O vídeo pronto é maior que os {mib, number} MiB que o reelbot aceita, então não foi baixado. Nada foi cobrado; tente um clipe mais curto ou menor.',
  'error.download.tooSlow':
    'O serviço de vídeo enviou o vídeo pronto devagar demais (não chegou em {span}), então o reelbot desistiu dele. Nada foi cobrado; tente de novo mais tarde.',
  'error.download.minutes': '{count, plural, one {# minuto} other {# minutos}}',
  'error.download.seconds': '{count, plural, one {# segundo} other {# segundos}}',
  'error.download.cancelled': 'Este clipe foi cancelado.',

  'error.provider.moderation':
    'O serviço de vídeo recusou este prompt pelas regras de conteúdo dele. Reescreva e tente de novo.',
  'error.provider.auth':
    'O serviço de vídeo não aceitou nossas credenciais. Um admin precisa verificar a chave de API.',
  'error.provider.quota': 'A conta do serviço de vídeo está sem créditos. Um admin precisa recarregá-la.',
  'error.provider.modelNotFound':
    'O serviço de vídeo não oferece mais este modelo (ele foi descontinuado). Peça a um admin para escolher outro modelo.',
  'error.provider.notFound': 'O serviço de vídeo não tem mais este vídeo; ele pode ter expirado.',
  'error.provider.notReady': 'O vídeo ainda não está pronto no serviço de vídeo.',
  'error.provider.rateLimited':
    'O serviço de vídeo está ocupado agora. Seu pedido será tentado de novo em breve.',
  'error.provider.unavailable':
    'O serviço de vídeo não está respondendo agora. Seu pedido será tentado de novo em breve.',
  'error.provider.downloadFailed':
    'Não foi possível buscar o vídeo pronto no serviço de vídeo. Vamos tentar de novo.',
  'error.provider.unsafeUrl':
    'O serviço de vídeo apontou o reelbot para um endereço que ele nunca acessa (esta máquina ou uma rede privada), então o clipe não foi baixado. Nada foi cobrado; um admin deve verificar o serviço de vídeo.',
  'error.provider.renderFailed':
    'O serviço de vídeo não conseguiu fazer este clipe. Tente de novo, talvez com outro prompt.',
  'error.provider.cancelled': 'O serviço de vídeo cancelou esta renderização.',
  'error.provider.unknownStatus': 'O serviço de vídeo informou um status que o reelbot não conhece.',
  'error.provider.unknownStatusNamed':
    'O serviço de vídeo informou um status que o reelbot não conhece ("{status}").',
  'error.provider.expired': 'O vídeo pronto expirou no serviço de vídeo antes de poder ser buscado.',
  'error.provider.rejected': 'O serviço de vídeo recusou este pedido: {reason}',
  'error.provider.rejectedField': 'O serviço de vídeo recusou este pedido ({field}): {reason}',
  'error.provider.couldNotMake': 'O serviço de vídeo não conseguiu fazer este clipe: {reason}',
  'error.provider.referenceImage':
    'O serviço de vídeo não conseguiu usar a imagem de referência: {reason} Tente outra imagem.',
  'error.provider.referenceImagePlain':
    'O serviço de vídeo não conseguiu usar a imagem de referência. Tente outra imagem.',
  'error.provider.noSuchModel': 'Este serviço de vídeo não oferece o modelo "{model}".',
  'error.provider.tooManyReferences': '{model} não aceita {count} imagens de referência.',
  'error.provider.promptTooLong':
    '{model} aceita prompts de no máximo {max} caracteres; este tem {length}. Encurte e tente de novo.',
  'error.provider.firstFrameTooLarge':
    'A imagem que abre esta tomada é grande demais para o serviço de vídeo ({size} MB; ele aceita no máximo {max} MB). Nada foi cobrado.',
  'error.provider.privateImageLink':
    'O link da imagem precisa apontar para uma imagem na web pública; links para esta máquina ou para uma rede privada são recusados.',

  'error.media.diskFull':
    'O servidor do bot ficou sem espaço em disco para vídeos e não conseguiu salvar este clipe, mesmo depois de esperar. Nada foi cobrado; tente de novo mais tarde e avise o operador do bot se isso continuar.',
  'error.media.timedOut':
    'O servidor do bot demorou demais para processar este vídeo, então parou. Nada foi cobrado; tente de novo e avise o operador do bot se isso continuar.',
  'error.media.notVideo':
    'O serviço de vídeo enviou algo que não é um vídeo reproduzível, então ele não foi postado. Nada foi cobrado; tente de novo.',
  'error.media.lastFrame':
    'O bot não conseguiu ler o último quadro do clipe para continuar a partir dele. Nada foi cobrado; tente de novo.',
  'error.media.join':
    'O bot não conseguiu juntar as tomadas em um só vídeo. Nada foi cobrado pela junção; tente de novo e avise o operador do bot se isso continuar.',
  'error.image.invalid':
    'Esse arquivo não é uma imagem que o reelbot possa usar: envie uma foto JPEG, PNG ou WebP.',
  'error.image.tooManyPixels':
    'Essa imagem tem {width}x{height} pixels; envie uma com menos de 50 megapixels.',
  'error.image.tooManyBytes': 'Essa imagem tem {mib, number, ::.0} MiB; envie uma de no máximo 10 MiB.',
  'error.image.prepare': 'Não foi possível preparar essa imagem; tente outra.',
};
