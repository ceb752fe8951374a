import type { RepliesCatalog } from './en.ts';

/**
 * Japanese (です・ます), with the glossary of messages/commands/ja.ts: クリップ, プロンプト,
 * リミックス, コンテスト, カード; ストーリー (story), ショット (shot), キャスト (cast), 肖像
 * (likeness), 写真. Command words (`setting:aspect`, `value:default`, option names) stay as typed.
 * Japanese has one plural form (other); `=0` still picks the empty case.
 */
export const ja: RepliesCatalog = {
  'reply.option.invalid': '{option} の値が正しくありません。確認してもう一度お試しください。',
  'reply.options.invalid': 'オプションが正しくありません。確認してもう一度お試しください。',

  'reply.gate.admin':
    'ここで{what}のは管理者だけなので、何も変更していません。管理者に依頼してください（Discord ではサーバー管理、Slack ではワークスペースの管理者またはオーナー）。',
  'reply.gate.admin.settings': 'ボットの設定を表示・変更できる',
  'reply.gate.admin.castPurge': '他のメンバーのキャストを削除できる',
  'reply.gate.admin.contestStart': 'コンテストを開始できる',
  'reply.gate.admin.contestCancel': 'コンテストを中止できる',

  'reply.options.rule':
    '入力するコマンド（Slack、スタジオ）では、コロンで値につないだ語（mood:dark）や --語 の形はオプションとして読み取られ、コマンドにないオプションは何かを作る前に拒否されます。こうした語をプロンプトに残すには、コロンの後にスペースを入れる（note: it rains）か引用符で囲んでください。10:30 や 16:9 のような時刻や比率は常にプロンプトに残ります。',
  'reply.options.unknown.close': '不明なオプション {typed}：{close} のことですか？',
  'reply.options.unknown.takes': '不明なオプション {typed}：{command} のオプションは {names} です。',
  'reply.options.unknown.none': '不明なオプション {typed}：{command} にオプションはありません。',
  'reply.options.unknown': '{head}何も作成していません。',
  'reply.options.unknown.keep':
    '{head}「{token}」を語として残すには、コロンの後にスペースを入れるか引用符で囲んでください。何も作成していません。',
  'reply.options.or2': '{a} または {b}',
  'reply.options.or3': '{a}、{b} または {c}',
  'reply.options.flag':
    'ここではオプションを 名前:値 の形で書きます。{token} ではなく {word}:… のように書いてください。何も作成していません。',

  'reply.help.generate': '/{command} generate prompt:<内容> で短い動画を作り、ここに投稿します。',
  'reply.help.options':
    'オプション：duration、aspect（landscape、portrait、square）または size、model、style、image。',
  'reply.help.aspect':
    'ここのクリップは、アスペクトやサイズを指定しない限り {aspect}（{ratio}）です。管理者は /{command} settings setting:aspect で変更できます。',
  'reply.help.styles': 'スタイル：{styles}。',
  'reply.help.tips': 'ヒント：カメラの動き（ゆっくりドリーイン、空撮）、光、音を書きましょう。',
  'reply.help.votes':
    'クリップにリアクションすると投票になります。リミックスを押すと他の人のプロンプトから始められます（元の作者がクレジットされます）。',
  'reply.help.top': '/{command} top で、今日・今週・全期間で最も票を集めたクリップと殿堂入りを表示します。',
  'reply.help.contests':
    'コンテスト：/{command} contest status で開催中のものがわかります。応募受付中は /{command} generate … contest:yes で参加できます。管理者は /{command} contest start で開始します。',
  'reply.help.usage':
    '/{command} usage であなたとこのサーバーの使用額を表示します。/{command} consent on にすると、他の人がプロンプトであなたの名前を使えます（オンにするまではオフです）。',
  'reply.help.models': 'モデル：',
  'reply.help.model':
    '• {label}（{id}）：{durations} 秒、{sizes}{audio, select, yes {、音声あり} other {}}{priced, select, yes {、{price}/秒から} other {}}',

  'reply.settings.stays': '{name} は {value} のままです。',
  'reply.settings.changed':
    '{name} を {value} に変更しました（変更前：{from}）。変更はあなたの名前で記録されます。',
  'reply.settings.line': '• {name}：{value}',
  'reply.settings.line.set': '• {name}：{value}（ここで設定）',
  'reply.settings.one':
    '{description}。/{command} settings setting:{name} value:{example} で変更できます。value:default で運営者の値に戻ります。',
  'reply.settings.head': 'ここの設定（ほかは運営者のデフォルトです）：',
  'reply.settings.how':
    '/{command} settings setting:<名前> value:<値> で変更できます（例：setting:daily_budget value:20）。"off" で上限を外し、"default" で運営者の値に戻ります。',
  'reply.settings.history': '最近の変更：',
  'reply.settings.change': '• {when} UTC、{by}：{name} {from} → {to}',
  'reply.settings.name.missing': '設定名を指定してください。',
  'reply.settings.name.long': 'その設定名は長すぎます。',
  'reply.settings.name.unknown': 'その設定はありません。設定：{settings}。',
  'reply.settings.value.text': '値をテキストで入力してください。',
  'reply.settings.value.empty': '値が空です。',
  'reply.settings.value.long': '値は {max} 文字未満にしてください。',
  'reply.settings.value.which': 'どの設定の値かを指定してください（例：setting:daily_budget value:20）。',

  'reply.setting.unknown': '"{name}" という設定はありません。設定：{settings}。',
  'reply.setting.noLimit': '上限なし',
  'reply.setting.noLimit.default': '上限なし（デフォルト）',
  'reply.setting.default': '{value}（デフォルト）',
  'reply.setting.money': '{amount, number, ::currency/USD}',
  'reply.setting.clips': '{count, plural, other {# 本}}',
  'reply.setting.seconds': '{count} 秒',
  'reply.setting.atOnce': '同時に {count} 本',
  'reply.setting.perMinute': '1 分あたり {count} 回',
  'reply.setting.model.first': '最初のモデル',
  'reply.setting.channels.every': 'すべてのチャンネル',
  'reply.setting.voteEmoji.default': 'ボットのデフォルト',
  'reply.setting.aspect': '{aspect}（{ratio}）',
  'reply.setting.aspect.default': '{aspect}（{ratio}、デフォルト）',
  'reply.setting.language.default': 'サーバーの言語、なければ英語（デフォルト）',
  'reply.setting.what.daily_budget': '1 日の予算',
  'reply.setting.what.monthly_budget': '1 か月の予算',
  'reply.setting.what.member_daily_clips': 'メンバー 1 人あたりの 1 日のクリップ数',
  'reply.setting.what.member_daily_seconds': 'メンバー 1 人あたりの 1 日の秒数',
  'reply.setting.what.member_max_active': 'メンバー 1 人あたりの同時クリップ数',
  'reply.setting.what.rate_limit': 'メンバー 1 人あたりの 1 分間のコマンド数',
  'reply.setting.dollars.invalid':
    '{what}は 0 から {max, number} までのドルで指定してください（例：20、12.50）。"off" で上限なし、"default" で運営者の値になります。',
  'reply.setting.count.invalid':
    '{what}は {min} から {max} までの整数で指定してください{off, select, yes {（"off" で上限なし）} other {}}。"default" も使えます。',
  'reply.setting.channels.invalid':
    'チャンネルは "here"、チャンネル ID、または #チャンネル のメンションで、カンマ区切りで指定してください。"all" ですべてのチャンネルになります。',
  'reply.setting.channels.count': 'チャンネルは 1〜50 個指定するか、"all" にしてください。',
  'reply.setting.model.unknown': '"{name}" というモデルはありません。次から選んでください：{models}。',
  'reply.setting.provider.unknown': '設定済みのプロバイダーを選んでください：{providers}。',
  'reply.setting.voteEmoji.invalid':
    '投票リアクションは絵文字 1 つ（👍）かリアクション名（thumbsup）、または "default" で指定してください。',
  'reply.setting.aspect.invalid':
    'デフォルトのアスペクトは landscape、portrait、square、または "default" で指定してください。',
  'reply.setting.language.invalid': '言語は {languages} のいずれか、または "default" で指定してください。',

  'reply.usage.spent': '{money}（{clips, plural, other {# 本}}、{seconds} 秒）',
  'reply.usage.member': 'あなたの今日：{day}。今月：{month}。',
  'reply.usage.workspace': 'ここの全員の今日：{day}。今月：{month}。',
  'reply.usage.ofMax': '{spent} / {max}',
  'reply.usage.cap.clips': '今日の残りクリップ {left} / {max} 本',
  'reply.usage.cap.seconds': '今日の残り動画 {left} / {max} 秒',
  'reply.usage.cap.active': '同時進行中のクリップ {active} / {max} 本',
  'reply.usage.caps': 'あなたの上限：{caps}。',
  'reply.usage.held':
    'あなたの使用額のうち {money} は進行中のクリップ用に確保されています。失敗またはキャンセルされれば返金され、投稿されたときに実際の価格で請求されます。',
  'reply.usage.resets':
    '1 日のカウントは UTC の午前 0 時（あと {wait}）に、月のカウントは {date} にリセットされます。',
  'reply.usage.key': '末尾 {last4} の {provider} キー：{money}',
  'reply.usage.keys': 'このサーバー独自のプロバイダーキーごとのこれまでの使用額：{keys}。',

  'reply.consent.choice': 'on（他の人がプロンプトであなたの名前を使える）か off を選んでください。',
  'reply.consent.answer':
    '{lead, select, done {設定しました。} same {すでにその設定です。} other {}}{on, select, yes {ここでは他の人がプロンプトであなたの名前を使えます。/{command} consent off でいつでもオフにできます。} other {ここではあなたの名前を含むプロンプトは拒否されます。あなた自身のプロンプトでは常に使えます。他の人に使ってもらうには /{command} consent on を使ってください。}}',

  'reply.remixes.from': '元：{author} の {quote}（クリップ {id}）。',
  'reply.remixes.root': '{author} の {quote} · {votes, plural, other {# 票}} · ここから {count} 本',
  'reply.remixes.child':
    '{author} の{origin, select, remix {リミックス} reroll {再生成} edit {編集} other {新規}}{quoted, select, yes {：{quote}} other {}} · {votes, plural, other {# 票}}{below, plural, =0 {} other { · 下に # 本}}（クリップ {id}）',
  'reply.remixes.deleted': '（削除されたクリップ）',
  'reply.remixes.none':
    'まだ誰もリミックスしていません。カードのリミックスを押して最初の一人になりましょう。',
  'reply.remixes.truncated': '… ほかにもあります。ツリーはここで省略しています。',

  'reply.clip.missing': 'クリップを指定してください。ID はカードに書かれています（例：c1a2b3c4d5）。',
  'reply.clip.invalid': 'クリップ ID は、カードに表示されているとおりの英字と数字です。',
  'reply.story.missing': 'ストーリーを指定してください。ID はカードに書かれています（例：c1a2b3c4d5）。',
  'reply.story.invalid': 'ストーリー ID は、カードに表示されているとおりの英字と数字です。',
  'reply.clip.gone': 'そのクリップはもうありません。',
  'reply.clip.cancelled': 'キャンセルしました。',
  'reply.clip.deleted': '削除しました。',

  'reply.prompt.missing': '作りたい動画を説明してください。プロンプトを追加しましょう。',
  'reply.prompt.empty': '作りたい動画を説明してください。プロンプトが空です。',
  'reply.prompt.long': 'プロンプトは {max} 文字未満にしてください。',
  'reply.prompt.next': '次に何が起こるかを書いてください。',
  'reply.prompt.next.empty': '次に何が起こるかを書いてください。プロンプトが空です。',
  'reply.duration.whole': '長さは秒単位の整数で指定してください（例：8）。',
  'reply.duration.min': '長さは 1 秒以上にしてください。',
  'reply.duration.max': '長さは 10 分未満にしてください。',
  'reply.size.invalid': 'サイズは 幅x高さ のピクセル数で書いてください（例：1280x720）。',
  'reply.aspect.invalid': 'アスペクトは landscape、portrait、square のいずれかです。',
  'reply.model.long': 'そのモデル名は長すぎます。',
  'reply.style.long': 'そのスタイル名は長すぎます。',
  'reply.image.invalid': '画像は写真への http(s) リンクにしてください。',
  'reply.contest.entry.invalid':
    'コンテストに参加するには contest: yes（このチャンネルのもの）またはその ID を書いてください。',
  'reply.shots.missing': 'ショットを | で区切って書いてください（例："キツネが目覚める | キツネが走る"）。',
  'reply.shots.long': 'ショットは合計 {max} 文字未満にしてください。',
  'reply.look.long': 'ルックは {max} 文字未満にしてください。',
  'reply.mode.invalid': 'モードは flow か cut です。',
  'reply.transition.invalid': 'トランジションは cut か fade です。',
  'reply.seconds.whole': '秒数は整数で指定してください（例：8）。',
  'reply.seconds.min': 'ショットは 1 秒以上です。',
  'reply.seconds.max': 'ショットは 10 分未満にしてください。',
  'reply.shot.number': 'ショットの番号を指定してください（例：2）。',
  'reply.shot.min': 'ショットは 1 から番号が振られています。',
  'reply.shot.max': 'そんなに多くのショットがあるストーリーはありません。',
  'reply.top.period': '期間は day、week、all、hall のいずれかです。',

  'reply.cast.mention': 'メンバーをメンションで指定してください（例：/{command} cast {sub} member:@Bob）。',
  'reply.cast.image.missing': 'あなた自身の写真を添付してください（JPEG、PNG、WebP）。',
  'reply.cast.handle.long': 'ハンドルは短くしてください（英数字 32 文字まで）。',
  'reply.cast.who.invalid': 'あなたの肖像を使える人を選んでください：me、approved、everyone。',
  'reply.cast.allow.everyone': 'ここの全員があなたの肖像を使えます',
  'reply.cast.allow.approved':
    'あなたと、あなたが承認した{count, plural, other {# 人のメンバー}}だけがあなたの肖像を使えます',
  'reply.cast.allow.me': 'あなただけがあなたの肖像を使えます',
  'reply.cast.added':
    '追加しました。写真は {count} / {max} 枚です（位置情報とカメラ情報は削除済み）。{named, select, yes {他の人は @{handle} であなたを指定できます。} other {}}現在、{allow}。/{command} cast allow または cast approve で変更できます。{left, plural, =0 {} other {あと # 枚追加できます。}}',
  'reply.cast.allowed': '設定しました：{allow}。待機中のクリップにもすぐ適用されます。',
  'reply.cast.approved': '設定しました：{name} があなたの肖像を使えるようになりました。{allow}。',
  'reply.cast.unapproved':
    '設定しました：{name} はあなたの肖像を使えなくなりました（待機中のクリップも含みます）。{allow}。',
  'reply.cast.cancelled':
    '{count, plural, =0 {それを使う進行中のクリップはありませんでした。} other {進行中のクリップ # 本をキャンセルし、返金しました。}}',
  'reply.cast.removed': 'あなたの写真を削除しました。{cancelled}',
  'reply.cast.purged': '{name} の写真を削除しました。{cancelled}',
  'reply.cast.list.head':
    '写真は {count} / {max} 枚です{named, select, yes {（@{handle}）} other {}}。{allow}。',
  'reply.cast.list.none': 'ここには写真がありません。/{command} cast add で追加できます。',
  'reply.cast.list.clips': 'あなたの肖像が使われたクリップ（新しい順）：',
  'reply.cast.list.clip':
    '• クリップ {id}（{author}、{state, select, queued {待機中} submitted {送信済み} rendering {生成中} fetching {取得中} delivering {投稿中} posted {投稿済み} failed {失敗} cancelled {キャンセル済み} other {{state}}}）',
  'reply.cast.list.empty': 'あなたの肖像を使ったクリップはまだありません。',

  'reply.contest.theme.missing': 'コンテストのテーマを決めてください（例：「機械の中の幽霊」）。',
  'reply.contest.theme.long': 'テーマは {max} 文字未満にしてください。',
  'reply.contest.window':
    '{what, select, submission {応募期間を 2h、90m、3d のような長さで指定してください。} other {投票期間を 2h、90m、3d のような長さで指定してください。}}',
  'reply.contest.window.invalid':
    '{what, select, submission {「{text}」は期間ではありません。応募期間は 2h、90m、3d のように書いてください。} other {「{text}」は期間ではありません。投票期間は 2h、90m、3d のように書いてください。}}',
  'reply.contest.entries': 'メンバーごとの応募数は 1 から {max} までの整数です。',
  'reply.contest.voterAge': '投票に必要な最低参加日数は 0 から {max} までの整数です。',
  'reply.contest.channel': 'チャンネルを #メンション で指定してください（例：#contests）。',
  'reply.contest.id': 'コンテスト ID は、告知に表示されているとおり k で始まります。',
  'reply.contest.started':
    'コンテスト「{theme}」を開始しました（contest {id}）。告知はそのチャンネルに投稿されています。投票は {opens} に始まり {closes} に終わります。',
  'reply.contest.cancelled': 'コンテスト「{theme}」を中止しました（contest {id}）。',

  'reply.form.unavailable':
    'これには非公開のフォームが必要ですが、ここでは表示できません。Discord か Slack のスラッシュコマンド、またはスタジオを使ってください。',

  'reply.slack.usage.syntax': '/{command} <{free}> の後に、オプションをフレーズかフラグで書きます：',
  'reply.slack.usage.examplePrompt': '夜明けの砂丘に浮かぶ赤い凧',
  'reply.slack.usage.mention':
    'スレッドで同じ言葉を添えてボットをメンションしても使えます。{name} のオプション：',
  'reply.slack.usage.link': 'http(s) リンク',
  'reply.slack.usage.commands': 'コマンド：',
  'reply.slack.usage.number': '数値',
};
