import type { SurfacesCatalog } from './en.ts';

/** Japanese (です・ます), with the glossary of messages/commands/ja.ts; Discord’s permission names as its Japanese client shows them. */
export const ja: SurfacesCatalog = {
  'surface.discord.unknownCommand': 'そのコマンドはわかりません。/{command} help を試してください。',
  'surface.discord.serverOnly': 'reelbot はサーバーで使えます。サーバーのチャンネルで使ってください。',
  'surface.discord.buttonGone': 'このボタンはもう使えません。',
  'surface.discord.formGone': 'このフォームはもう使えません。',
  'surface.discord.failed': 'こちらで問題が起きました。もう一度お試しください。',
  'surface.discord.answeredPrivately': '回答は本人にだけ送りました。',
  'surface.discord.postedInChannel': 'チャンネルに投稿しました。',
  'surface.discord.storyOptionsTooLong':
    'そのオプションはストーリーのフォームに入りません。ショットを | で区切ってコマンドに書いてください。',
  'surface.discord.channelNotText':
    'そのチャンネルはこのサーバーのテキストチャンネルではありません。# で選んでください。',
  'surface.discord.channelNoRights':
    '{channel} に投稿できません。管理者がそこで「{viewChannel}」と「{sendMessages}」の権限を付与する必要があります。',
  'surface.discord.imageNotPicture': '画像は写真（PNG、JPEG、WebP）にしてください。',
  'surface.discord.attachmentTooBig':
    'その写真は {mib} MiB を超えています。{mib} MiB 以下のものを送ってください。',
  'surface.discord.attachmentUnreadable':
    'Discord から添付ファイルを読み込めませんでした。もう一度添付してください。',
  'surface.discord.cardPermissions':
    'このチャンネルにはまだクリップを投稿できません。管理者がここで {permissions} の権限を付与する必要があります。',
  'surface.discord.permission.viewChannel': 'チャンネルを見る',
  'surface.discord.permission.sendMessages': 'メッセージを送信',
  'surface.discord.permission.sendMessagesInThreads': 'スレッドでメッセージを送信',
  'surface.discord.permission.embedLinks': '埋め込みリンク',
  'surface.discord.permission.attachFiles': 'ファイルを添付',
  'surface.discord.permission.readMessageHistory': 'メッセージ履歴を読む',
  'surface.discord.permission.list': '{first}、{rest}',
  'surface.discord.busy': 'Discord が混み合っています。まもなく再試行します。',
  'surface.discord.tooLarge':
    'クリップを縮小しても、このチャンネルで送れるサイズを超えています。短いか小さいクリップでお試しください。',
  'surface.discord.cannotPost':
    'このチャンネルに投稿できません。管理者がここで「{viewChannel}」「{sendMessages}」「{embedLinks}」「{attachFiles}」の権限を付与する必要があります。',
  'surface.discord.channelGone': 'このクリップの投稿先チャンネルはもうありません。',
  'surface.discord.messageGone': 'そのメッセージはもうありません。',
  'surface.discord.messageNotFound': 'そのメッセージはもう見つかりません。',
  'surface.discord.refused': 'Discord がメッセージを拒否しました。もう一度お試しください。',
  'surface.discord.unreachable': 'Discord に接続できませんでした。まもなく再試行します。',
  'surface.discord.shrinking': 'このチャンネルに合うようにクリップを縮小しています。',
  'surface.discord.remix.title': '{name} さんのクリップをリミックス',
  'surface.discord.remix.description': '好きなように変えてください。{name} さんがクレジットされます。',
  'surface.discord.remix.label': 'プロンプト',
  'surface.discord.edit.title': '{name} さんの動画を編集',
  'surface.discord.edit.description': '変えたい点を書いてください。例:「夜にする」「雨を降らせる」',
  'surface.discord.edit.label': '変更内容',
  'surface.discord.extend.title': '{name} さんのクリップを延長',
  'surface.discord.extend.description': '次に何が起きますか？新しいクリップはこのクリップの続きになります。',
  'surface.discord.extend.label': '次に起きること',
  'surface.discord.extend.seconds.label': '秒数',
  'surface.discord.extend.seconds.description': '追加する秒数。例: 4（空欄ならモデルの既定値）',
  'surface.discord.story.title': 'ショットでストーリーを作る',
  'surface.discord.story.shot.label': 'ショット {number}',
  'surface.discord.story.shot.first': '最初に起きること。',
  'surface.discord.story.shot.next': '次に起きること（ここで終えるなら空欄のまま）。',
  'surface.discord.story.shot.last': 'ショットを追加しますか？ここに | で区切って書いてください。',
  'surface.discord.story.look.label': 'ルック',
  'surface.discord.story.look.description': '変わらないもの：登場人物、舞台、配色、カメラ。',

  'surface.slack.notInChannel':
    'ボットがこのチャンネルにいません。/invite で招待してからもう一度お試しください。',
  'surface.slack.channelNotFound':
    'ボットがこのチャンネルを見られません。/invite で招待してからもう一度お試しください。',
  'surface.slack.archived': 'このチャンネルはアーカイブされているため、ボットは投稿できません。',
  'surface.slack.badToken':
    'Slack がボットのトークンを拒否しました。管理者がアプリを再インストールする必要があります。',
  'surface.slack.missingScope':
    'Slack アプリに権限が足りません。管理者が README のスコープでアプリを再インストールする必要があります。',
  'surface.slack.retrying': 'Slack がメッセージを受け付けませんでした。まもなく再試行します。',
  'surface.slack.refused': 'Slack がメッセージを拒否しました（{error}）。',
  'surface.slack.uploadPending': '動画はまだ Slack に送信中です。まもなく再試行します。',
  'surface.slack.uploadRefused': 'Slack がアップロードを受け付けませんでした。まもなく再試行します。',
  'surface.slack.uploadFailed': '動画を Slack に送れませんでした。まもなく再試行します。',
  'surface.slack.videoRefused': 'Slack が動画を受け付けませんでした。まもなく再試行します。',
  'surface.slack.pictureTooBig':
    'その写真は {size, number} MiB です。10 MiB 以下のものを送ってください。何も保存していません。',
  'surface.slack.pictureUnreadable':
    'Slack からそのファイルを読み込めませんでした。写真をもう一度アップロードしてください。',
  'surface.slack.tooManyMentions':
    '1 つのプロンプトで名前を出せるのは {max} 人までです。このプロンプトは {count, number} 人です。',
  'surface.slack.voteEmojiUnknown':
    'Slack はリアクションを名前で数えますが、{emoji} の名前がわかりません。リアクションにカーソルを合わせたときに Slack が表示する名前（fire や :tada: など）を指定してください。何も変更していません。',
  'surface.slack.noCommand': '実行するコマンドがありません。',
  'surface.slack.groupNeedsWord': '"{group}" にはもう 1 語必要です: {names}。',
  'surface.slack.groupWrongWord': '"{group}" の後は次のいずれかです: {names}。"{word}" は含まれません。',
  'surface.slack.groupAsPrompt': 'この言葉でクリップを作るには、{command} から始めてください。',
  'surface.slack.notUnderstood': '"{text}" がわかりませんでした。{command} のオプションは {options} です。',
  'surface.slack.noOptions': 'なし',
  'surface.slack.needsValue': '{flag} には値が必要です。例: {flag} {example}',
  'surface.slack.form.cancel': 'キャンセル',
  'surface.slack.form.seconds': '{seconds, plural, other {#秒}}',
  'surface.slack.extend.title': '動画を延長',
  'surface.slack.extend.submit': '延長',
  'surface.slack.extend.note': '{name} さんのクリップの続きです。新しいクリップにクレジットが入ります。',
  'surface.slack.extend.next': '次に起きること',
  'surface.slack.extend.nextMissing': '次に起きることを書いてください。',
  'surface.slack.extend.seconds': '追加する秒数',
  'surface.slack.story.title': 'ストーリーを作る',
  'surface.slack.story.submit': 'ストーリーを作成',
  'surface.slack.story.shot': 'ショット {number}',
  'surface.slack.story.look': '変わらないもの（登場人物、場所、光）',
  'surface.slack.story.seconds': '1 ショットの秒数',
  'surface.slack.story.mode': 'モード',
  'surface.slack.story.mode.flow': 'つなぐ: 各ショットが前の続き',
  'surface.slack.story.mode.cut': 'カット: ショットを一度に作成',
  'surface.slack.story.transition': 'ショットの間',
  'surface.slack.story.transition.cut': 'カット',
  'surface.slack.story.transition.fade': 'フェード',
  'surface.slack.cast.title': '自分の肖像を追加',
  'surface.slack.cast.submit': '写真を追加',
  'surface.slack.cast.note':
    'あなたがはっきり写った写真（JPEG、PNG、WebP、10 MB まで）。位置情報やカメラ情報を除いて再エンコードし、ボットだけが保管して、投稿することはありません。',
  'surface.slack.cast.picture': '写真',
  'surface.slack.cast.pictureMissing': 'あなたの写真を 1 枚添付してください。',
  'surface.slack.cast.handle': 'ほかの人が @ハンドル で呼べる名前',
  'surface.slack.remix.title': 'リミックス',
  'surface.slack.remix.editTitle': '動画を編集',
  'surface.slack.remix.submit': '動画を作成',
  'surface.slack.remix.label': 'プロンプト',
  'surface.slack.remix.editLabel': '変更内容',
  'surface.slack.remix.editNote': 'この動画で変えたい点を書いてください。例:「夜にする」「雪を降らせる」',
  'surface.slack.remix.creditNote': '{name} さんのクリップをリミックスします。クレジットはその人に入ります。',
  'surface.slack.remix.messageNote':
    'このメッセージから動画を作ります。末尾に「, 8 seconds, portrait」のようにオプションを追加できます。',
  'surface.slack.remix.cutNote':
    ':warning: プロンプトは {length, number} 文字でしたが、Slack の入力欄は {max, number} 文字までのため末尾を切りました。送信前に確認してください。',
};
