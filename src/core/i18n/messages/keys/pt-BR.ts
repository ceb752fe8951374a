import type { KeysCatalog } from './en.ts';

/** Brazilian Portuguese (você): chave (key), provedor, clipe, servidor. */
export const ptBR: KeysCatalog = {
  'keys.list.heading': 'Chaves de provedor próprias deste servidor:',
  'keys.list.line':
    '• Chave de {provider} terminada em {last4}: adicionada por {name} em {date}; no máximo {cap, number} em andamento; {spent} gastos com ela',
  'keys.list.none': 'Este servidor não tem chaves de provedor próprias. Adicione uma com {example}.',
  'keys.add.title': 'Adicionar chave: {provider}',
  'keys.add.description':
    'Verificada com o provedor e guardada criptografada; só os últimos quatro caracteres são mostrados.',
  'keys.add.field': 'Chave de API de {provider}',
  'keys.add.saved':
    'Salva: a chave de {provider} deste servidor terminada em {last4}. Os clipes dele agora são feitos com ela.',
  'keys.remove.missing': 'Este servidor não tem chave de {provider}, então nada foi removido.',
  'keys.remove.missing-ending':
    'Este servidor não tem chave de {provider} terminada em {last4}, então nada foi removido.',
  'keys.remove.done':
    'A chave de {provider} terminada em {last4} foi removida. Os clipes que ainda estão sendo gerados com ela não podem mais ser baixados, então falham e são reembolsados.',
  'keys.cap.done':
    'A chave de {provider} terminada em {last4} agora gera no máximo {count, plural, one {# vídeo} other {# vídeos}} por vez; os outros esperam na fila.',
  'keys.off':
    'As chaves de provedor próprias estão desativadas neste bot. Quem opera o bot pode ativá-las definindo REELBOT_MASTER_KEY com 32 bytes aleatórios em base64 (por exemplo `openssl rand -base64 32`) e reiniciando-o.',
  'keys.gate.admin': 'gerenciar as chaves de provedor deste servidor',
  'keys.error.pick-provider': 'Escolha o provedor: {providers}.',
  'keys.error.last4': 'last4 são os quatro últimos caracteres da chave.',
  'keys.error.cap-range': 'O limite de gerações é um número inteiro de 1 a 1000.',
  'keys.error.no-key': 'Este espaço de trabalho não tem chave de {provider}.',
  'keys.error.provider': 'É possível adicionar chaves para {providers}; não para “{provider}”.',
  'keys.error.empty': 'Cole a própria chave: o campo estava vazio.',
  'keys.error.too-long':
    'Isso é mais longo que qualquer chave de provedor (no máximo {max, number} caracteres).',
  'keys.error.spaces': 'Uma chave não tem espaços nem quebras de linha: cole só a chave.',
  'keys.error.too-short': 'Isso é curto demais para ser uma chave de provedor.',
  'keys.error.removed-mid-render':
    'A chave de provedor com que este servidor fez o clipe foi removida durante a geração, então ele não pode ser baixado. Nada foi cobrado.',
  'keys.error.own-keys-only':
    'Este servidor não tem chave própria de provedor de vídeo, e este bot só faz clipes com a chave própria de cada servidor. Um admin pode adicionar uma com {example}; nada foi cobrado.',
  'keys.notice.refused':
    'Admins: {provider} recusou a chave de {provider} deste servidor terminada em {last4}. Os clipes dele vão para outro provedor que possa fazê-los, ou falham e são reembolsados. Adicione uma chave que funcione com {add} ou remova esta com {remove}.',
  'keys.check.refused':
    '{provider} recusou essa chave ({status}): confira se é uma chave de {provider}, copiada inteira e ainda ativa. Nada foi salvo.',
  'keys.check.unreachable':
    'Não foi possível falar com {provider} para verificar a chave, então ela não foi salva. Tente de novo em um minuto.',
  'keys.form.late': 'Não deu para abrir o formulário a tempo; execute o comando de novo.',
  'keys.form.stale': 'Este formulário não faz mais nada.',
  'keys.form.save': 'Salvar',
  'keys.form.cancel': 'Cancelar',
};
