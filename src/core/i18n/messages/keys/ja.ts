import type { KeysCatalog } from './en.ts';

/** Japanese (です・ます): キー (key), プロバイダー, クリップ, サーバー. */
export const ja: KeysCatalog = {
  'keys.list.heading': 'このサーバー独自のプロバイダーキー:',
  'keys.list.line':
    '• 末尾 {last4} の {provider} キー: {name} さんが {date} に追加、同時実行は最大 {cap, number} 件、このキーでの利用額 {spent}',
  'keys.list.none': 'このサーバーには独自のプロバイダーキーがありません。{example} で追加できます。',
  'keys.add.title': 'キーを追加: {provider}',
  'keys.add.description': 'プロバイダーで確認してから暗号化して保存します。表示されるのは末尾4文字だけです。',
  'keys.add.field': '{provider} の API キー',
  'keys.add.saved':
    '保存しました: このサーバーの末尾 {last4} の {provider} キー。これからクリップはこのキーで作られます。',
  'keys.remove.missing': 'このサーバーには {provider} キーがないため、何も削除していません。',
  'keys.remove.missing-ending':
    'このサーバーには末尾 {last4} の {provider} キーがないため、何も削除していません。',
  'keys.remove.done':
    '末尾 {last4} の {provider} キーを削除しました。このキーでまだ生成中のクリップは取得できなくなるため、失敗して返金されます。',
  'keys.cap.done':
    '末尾 {last4} の {provider} キーで同時に生成するのは最大 {count, plural, other {# 件}} になりました。それ以上はキューで待ちます。',
  'keys.off':
    'このボットでは独自のプロバイダーキーが無効です。運営者が REELBOT_MASTER_KEY に base64 の 32 バイトの乱数（例: `openssl rand -base64 32`）を設定して再起動すると有効になります。',
  'keys.gate.admin': 'このサーバーのプロバイダーキーを管理できる',
  'keys.error.pick-provider': 'プロバイダーを選んでください：{providers}',
  'keys.error.last4': 'last4 にはキーの末尾 4 文字を入力してください。',
  'keys.error.cap-range': '同時生成数の上限は 1 から 1000 までの整数です。',
  'keys.error.no-key': 'このワークスペースには {provider} キーがありません。',
  'keys.error.provider': 'キーを追加できるのは {providers} です。「{provider}」には追加できません。',
  'keys.error.empty': 'キーそのものを貼り付けてください。入力欄が空でした。',
  'keys.error.too-long': 'どのプロバイダーキーよりも長すぎます（最大 {max, number} 文字）。',
  'keys.error.spaces': 'キーには空白や改行は含まれません。キーだけを貼り付けてください。',
  'keys.error.too-short': 'プロバイダーキーとしては短すぎます。',
  'keys.error.removed-mid-render':
    'このサーバーがクリップの作成に使ったプロバイダーキーが生成中に削除されたため、取得できません。料金はかかっていません。',
  'keys.error.own-keys-only':
    'このサーバーには独自の動画プロバイダーキーがなく、このボットはサーバー独自のキーでしかクリップを作りません。管理者が {example} で追加できます。料金はかかっていません。',
  'keys.notice.refused':
    '管理者の皆さん: {provider} がこのサーバーの末尾 {last4} の {provider} キーを拒否しました。クリップは作成できる別のプロバイダーに回るか、失敗して返金されます。{add} で有効なキーを追加するか、{remove} でこのキーを削除してください。',
  'keys.check.refused':
    '{provider} がこのキーを拒否しました（{status}）。{provider} のキーであること、全体をコピーしたこと、まだ有効であることを確認してください。何も保存していません。',
  'keys.check.unreachable':
    'キーを確認するために {provider} に接続できなかったため、保存していません。1分ほどしてからもう一度お試しください。',
  'keys.form.late': 'フォームを時間内に開けませんでした。もう一度コマンドを実行してください。',
  'keys.form.stale': 'このフォームはもう使えません。',
  'keys.form.save': '保存',
  'keys.form.cancel': 'キャンセル',
};
