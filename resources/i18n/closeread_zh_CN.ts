<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ActionBar</name>
    <message>
        <location filename="../../src/closeread/ui/exercises/actions.py" line="71"/>
        <source>Hand in your answer</source>
        <translation>提交你的答案</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/actions.py" line="71"/>
        <source>Check your answer</source>
        <translation>检查你的答案</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/actions.py" line="72"/>
        <source>Hand &amp;in</source>
        <translation>提交(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/actions.py" line="72"/>
        <source>&amp;Check</source>
        <translation>检查答案(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/actions.py" line="75"/>
        <source>{action} (Ctrl+Enter)</source>
        <translation>{action}（Ctrl+Enter）</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/actions.py" line="77"/>
        <source>&amp;Change my answer</source>
        <translation>修改我的答案(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/actions.py" line="77"/>
        <source>T&amp;ry again</source>
        <translation>再试一次(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/actions.py" line="80"/>
        <source>Change the answer and hand it in again</source>
        <translation>修改答案并重新提交</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/actions.py" line="82"/>
        <source>Try again with a new attempt</source>
        <translation>再试一次，开始新的尝试</translation>
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message>
        <location filename="../../src/closeread/ui/reading/reader.py" line="58"/>
        <source>Article</source>
        <translation>文章</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/reading/reader.py" line="60"/>
        <source>Select words with Shift and the arrow keys, then press a label&apos;s number to mark them. Ctrl+click selects a sentence.</source>
        <translation>用 Shift 加方向键选择词语，然后按标签的数字键进行标记。Ctrl+单击可选中一个句子。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/reading/reader.py" line="129"/>
        <source> Words with a dotted underline are in the glossary: Ctrl+D defines the one at the cursor.</source>
        <translation>带点状下划线的词语收录在词汇表中：按 Ctrl+D 可查看光标处词语的释义。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/reading/overlay.py" line="206"/>
        <source>Your mark: &lt;b&gt;{label}&lt;/b&gt;</source>
        <translation>你的标记：&lt;b&gt;{label}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/reading/overlay.py" line="225"/>
        <source>Last attempt: {verdict}</source>
        <translation>上一次尝试：{verdict}</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/reading/overlay.py" line="228"/>
        <source>it matches the key</source>
        <translation>与参考答案一致</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/reading/overlay.py" line="232"/>
        <source>the key says {label}</source>
        <translation>参考答案是“{label}”</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/reading/overlay.py" line="234"/>
        <source>the key marks this as {label}</source>
        <translation>参考答案把这里标为“{label}”</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/reading/overlay.py" line="240"/>
        <source>the key has nothing here</source>
        <translation>参考答案在这里没有标记</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/reading/overlay.py" line="262"/>
        <source>and</source>
        <translation>和</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/reading/overlay.py" line="267"/>
        <source>extra words: {words}</source>
        <translation>多出的词语：{words}</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/reading/overlay.py" line="271"/>
        <source>missing words: {words}</source>
        <translation>缺少的词语：{words}</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/reading/overlay.py" line="273"/>
        <source>adjust where it begins or ends</source>
        <translation>调整起止位置</translation>
    </message>
</context>
<context>
    <name>AttemptView</name>
    <message>
        <location filename="../../src/closeread/ui/teacher/attempt_view.py" line="126"/>
        <source>&amp;Lesson:</source>
        <translation>课(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/attempt_view.py" line="129"/>
        <source>Lesson</source>
        <translation>课</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/attempt_view.py" line="141"/>
        <source>Exercises</source>
        <translation>练习</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/attempt_view.py" line="149"/>
        <source>Article with the student&apos;s marks</source>
        <translation>带有学生标记的文章</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/attempt_view.py" line="191"/>
        <source>Attempts</source>
        <translation>尝试记录</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/attempt_view.py" line="194"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/attempt_view.py" line="195"/>
        <source>Handed in</source>
        <translation>提交时间</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/attempt_view.py" line="196"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/attempt_view.py" line="197"/>
        <source>Teacher</source>
        <translation>教师</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/attempt_view.py" line="198"/>
        <source>Counts</source>
        <translation>计分</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/attempt_view.py" line="214"/>
        <source>The answer, its feedback and your score</source>
        <translation>答案、反馈和你的评分</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/attempt_view.py" line="226"/>
        <source>Feedback</source>
        <translation>反馈</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/attempt_view.py" line="239"/>
        <source>Shaded: the student&apos;s marks. Outlined: key spans they missed. Badges: {kinds}.</source>
        <translation>底色：学生的标记。边框：学生漏掉的答案片段。徽标：{kinds}。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/attempt_view.py" line="251"/>
        <source>CloseRead — {name}: {lesson}</source>
        <translation>CloseRead — {name}：课“{lesson}”</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/attempt_view.py" line="284"/>
        <source>not tried</source>
        <translation>未尝试</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/attempt_view.py" line="287"/>
        <source>the answer no longer fits</source>
        <translation>答案已不适用</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/attempt_view.py" line="336"/>
        <source>From a results file the student handed in</source>
        <translation>来自学生提交的成绩文件</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/attempt_view.py" line="337"/>
        <source>Made in CloseRead on this computer</source>
        <translation>在这台电脑上的 CloseRead 中完成</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/attempt_view.py" line="348"/>
        <source>Not tried yet.</source>
        <translation>还没做过。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/attempt_view.py" line="362"/>
        <source>Answer:</source>
        <translation>答案：</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/attempt_view.py" line="366"/>
        <source>Does not fit</source>
        <translation>已不适用</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/attempt_view.py" line="368"/>
        <source>The saved answer no longer fits this exercise.</source>
        <translation>保存的答案已不再适用于这个练习。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/attempt_view.py" line="384"/>
        <source>worth {points}</source>
        <translation>满分 {points}</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/attempt_view.py" line="385"/>
        <source>To score</source>
        <translation>待评分</translation>
    </message>
    <message>
        <source>worth {n} points</source>
        <translation type="vanished">满分 {n} 分</translation>
    </message>
</context>
<context>
    <name>BackupWatch</name>
    <message>
        <location filename="../../src/closeread/ui/shell/backup_watch.py" line="119"/>
        <source>Your work is saved, but today&apos;s backup copy of it could not be made: </source>
        <translation>你的作业已保存，但今天的备份副本没能生成：</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/backup_watch.py" line="135"/>
        <source>Your answers are still saved as you work; only today&apos;s spare copy of them is missing. CloseRead tries again every hour. Backups are kept in {folder}.</source>
        <translation>你的答案仍会边做边保存，只是缺少今天的备用副本。CloseRead 每小时会重试一次。备份保存在 {folder}。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/backup_watch.py" line="141"/>
        <source>Today&apos;s backup failed</source>
        <translation>今天的备份失败了</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/backup_watch.py" line="163"/>
        <source>Your progress file was updated for this version of CloseRead; a copy of the old one is in {where}.</source>
        <translation>你的进度文件已为此版本的 CloseRead 更新；旧文件的副本在 {where}。</translation>
    </message>
</context>
<context>
    <name>BlankGuard</name>
    <message>
        <source>1 item has no answer yet.</source>
        <translation type="vanished">还有 1 项没有作答。</translation>
    </message>
    <message>
        <source>{n} items have no answer yet.</source>
        <translation type="vanished">还有 {n} 项没有作答。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/exercises/blanks.py" line="42"/>
        <source>%n items have no answer yet.</source>
        <translation>
            <numerusform>还有 %n 项没有作答。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/blanks.py" line="43"/>
        <source>Checking now uses one of your attempts.</source>
        <translation>现在检查会用掉一次尝试机会。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/blanks.py" line="44"/>
        <source>Not finished</source>
        <translation>还没做完</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/blanks.py" line="45"/>
        <source>&amp;Check anyway</source>
        <translation>仍然检查答案(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/blanks.py" line="46"/>
        <source>Check anyway, with items left blank</source>
        <translation>即使有空项，也检查答案</translation>
    </message>
</context>
<context>
    <name>BusyDialog</name>
    <message>
        <location filename="../../src/closeread/ui/common/loading.py" line="140"/>
        <source>CloseRead — Please wait</source>
        <translation>CloseRead — 请稍候</translation>
    </message>
</context>
<context>
    <name>CardsPane</name>
    <message>
        <location filename="../../src/closeread/ui/reading/cards_pane.py" line="55"/>
        <location filename="../../src/closeread/ui/reading/cards_pane.py" line="66"/>
        <location filename="../../src/closeread/ui/reading/cards_pane.py" line="84"/>
        <source>Source cards</source>
        <translation>来源卡片</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/reading/cards_pane.py" line="75"/>
        <source>Close the source cards</source>
        <translation>关闭来源卡片</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/reading/cards_pane.py" line="76"/>
        <source>Close the source cards (Esc)</source>
        <translation>关闭来源卡片（Esc）</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/reading/cards_pane.py" line="115"/>
        <source>Card</source>
        <translation>卡片</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/reading/cards_pane.py" line="120"/>
        <location filename="../../src/closeread/ui/reading/cards_pane.py" line="214"/>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/reading/cards_pane.py" line="131"/>
        <source>This pack has no source cards.</source>
        <translation>这个课程包没有来源卡片。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/reading/cards_pane.py" line="213"/>
        <source>No source is given.</source>
        <translation>未给出来源。</translation>
    </message>
</context>
<context>
    <name>ChoiceWidget</name>
    <message>
        <location filename="../../src/closeread/ui/exercises/choice.py" line="101"/>
        <source>Choose any that apply</source>
        <translation>选出所有符合的选项</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/choice.py" line="101"/>
        <source>Choose one</source>
        <translation>选出一项</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/choice.py" line="115"/>
        <source>Options: choose any that apply</source>
        <translation>选项：选出所有符合的选项</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/choice.py" line="117"/>
        <source>Options: choose one</source>
        <translation>选项：选出一项</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/choice.py" line="207"/>
        <source>Feedback on this option</source>
        <translation>对此选项的反馈</translation>
    </message>
</context>
<context>
    <name>CriterionRow</name>
    <message>
        <location filename="../../src/closeread/ui/teacher/writing_score.py" line="61"/>
        <source>&lt;b&gt;{name}&lt;/b&gt; ({weight}%)</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt;（{weight}%）</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/writing_score.py" line="72"/>
        <location filename="../../src/closeread/ui/teacher/writing_score.py" line="129"/>
        <source>Level {n}: {text}</source>
        <translation>等级 {n}：{text}</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/writing_score.py" line="75"/>
        <source>{name}: level {n}</source>
        <translation>{name}：等级 {n}</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/writing_score.py" line="126"/>
        <source>Pick a level from 0 to 3 (the keys 0–3 do too).</source>
        <translation>选择 0 到 3 的等级（也可以按 0–3 键）。</translation>
    </message>
</context>
<context>
    <name>DashboardWindow</name>
    <message>
        <location filename="../../src/closeread/ui/teacher/dashboard.py" line="78"/>
        <source>CloseRead — Dashboard</source>
        <translation>CloseRead — 教师面板</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/dashboard.py" line="79"/>
        <source>Teacher dashboard</source>
        <translation>教师面板</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/dashboard.py" line="94"/>
        <source>Students, review and item analysis</source>
        <translation>学生、批阅和题目分析</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/dashboard.py" line="95"/>
        <source>Dashboard pages</source>
        <translation>教师面板页面</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/dashboard.py" line="97"/>
        <source>&amp;Students</source>
        <translation>学生(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/dashboard.py" line="99"/>
        <location filename="../../src/closeread/ui/teacher/dashboard.py" line="325"/>
        <source>&amp;Review</source>
        <translation>批阅(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/dashboard.py" line="101"/>
        <source>Item &amp;Analysis</source>
        <translation>题目分析(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/dashboard.py" line="117"/>
        <source>Pack</source>
        <translation>课程包</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/dashboard.py" line="118"/>
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/dashboard.py" line="121"/>
        <source>Search students by name</source>
        <translation>按姓名搜索学生</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/dashboard.py" line="122"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/dashboard.py" line="126"/>
        <source>&amp;Pack:</source>
        <translation>课程包(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/dashboard.py" line="127"/>
        <source>&amp;Class:</source>
        <translation>班级(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/dashboard.py" line="128"/>
        <source>Searc&amp;h:</source>
        <translation>搜索(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/dashboard.py" line="137"/>
        <source>&amp;Import Results…</source>
        <translation>导入成绩(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/dashboard.py" line="138"/>
        <source>Import results files students handed in</source>
        <translation>导入学生提交的成绩文件</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/dashboard.py" line="142"/>
        <source>Re-s&amp;core…</source>
        <translation>重新评分(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/dashboard.py" line="143"/>
        <source>Score every answer again with a fixed key</source>
        <translation>用修正后的参考答案给每个答案重新评分</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/dashboard.py" line="147"/>
        <location filename="../../src/closeread/ui/teacher/dashboard.py" line="207"/>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/dashboard.py" line="148"/>
        <source>Export a grade report</source>
        <translation>导出成绩报告</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/dashboard.py" line="190"/>
        <source>Double-click a score, or press Enter on it, to see the student&apos;s answers.</source>
        <translation>双击某个得分，或选中后按 Enter，即可查看该学生的答案。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/dashboard.py" line="204"/>
        <source>Dashboard menu bar</source>
        <translation>教师面板菜单栏</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/dashboard.py" line="205"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/dashboard.py" line="206"/>
        <source>&amp;Import Results Files…</source>
        <translation>导入成绩文件(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/dashboard.py" line="212"/>
        <source>Change Teacher &amp;PIN…</source>
        <translation>更改教师 PIN(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/dashboard.py" line="215"/>
        <source>&amp;Close Dashboard</source>
        <translation>关闭教师面板(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/dashboard.py" line="217"/>
        <source>&amp;Pack</source>
        <translation>课程包(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/dashboard.py" line="218"/>
        <source>&amp;Re-score…</source>
        <translation>重新评分(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/dashboard.py" line="219"/>
        <source>Re&amp;load</source>
        <translation>重新载入(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/dashboard.py" line="222"/>
        <source>&amp;Find Student</source>
        <translation>查找学生(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/dashboard.py" line="271"/>
        <source>⚠ Only the assessment edition of this pack is here: it has no key, so answers cannot be scored, reviewed or analysed. Open the full pack (File &gt; Open Pack… in the main window) to score them.</source>
        <translation>⚠ 这里只有此课程包的测评版：它没有参考答案，所以无法给答案评分、批阅或分析。请打开完整的课程包（主窗口中的“文件 &gt; 打开课程包…”）来评分。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/dashboard.py" line="303"/>
        <source>All classes</source>
        <translation>所有班级</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/dashboard.py" line="325"/>
        <source>&amp;Review ({n})</source>
        <translation>批阅（{n}）(&amp;R)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/teacher/dashboard.py" line="327"/>
        <source>{shown} of %n student(s)</source>
        <translation>
            <numerusform>%n 名学生中显示 {shown} 名</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/teacher/dashboard.py" line="334"/>
        <source>%n answers wait for review</source>
        <translation>
            <numerusform>%n 个答案待批阅</numerusform>
        </translation>
    </message>
    <message>
        <source>{shown} of {total} students</source>
        <translation type="vanished">{total} 名学生中显示 {shown} 名</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/dashboard.py" line="330"/>
        <source> · mean total {mean}%</source>
        <translation> · 平均总分 {mean}%</translation>
    </message>
    <message>
        <source> · {n} answers wait for review</source>
        <translation type="vanished"> · {n} 个答案待批阅</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/dashboard.py" line="394"/>
        <source>The teacher PIN was changed.</source>
        <translation>教师 PIN 已更改。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/dashboard.py" line="397"/>
        <source>Saved {path}</source>
        <translation>已保存 {path}</translation>
    </message>
</context>
<context>
    <name>DefinitionPopup</name>
    <message>
        <location filename="../../src/closeread/ui/reading/glossary.py" line="109"/>
        <source>Definition of {term}</source>
        <translation>“{term}”的释义</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/reading/glossary.py" line="121"/>
        <source>Esc closes</source>
        <translation>按 Esc 关闭</translation>
    </message>
</context>
<context>
    <name>EditNotice</name>
    <message>
        <location filename="../../src/closeread/ui/editor/notice.py" line="27"/>
        <source>Edit not made</source>
        <translation>未能完成修改</translation>
    </message>
</context>
<context>
    <name>EditSession</name>
    <message>
        <location filename="../../src/closeread/ui/editor/session.py" line="209"/>
        <source>This change could not be written into {file} ({error}), so it was not made.</source>
        <translation>无法把这项修改写入 {file}（{error}），所以没有做这项修改。</translation>
    </message>
</context>
<context>
    <name>EditorCommands</name>
    <message>
        <location filename="../../src/closeread/ui/editor/commands.py" line="61"/>
        <source>Added a lesson with a first exercise. Ctrl+Z takes it back.</source>
        <translation>已添加一课和它的第一个练习。按 Ctrl+Z 可撤销。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/commands.py" line="92"/>
        <source>Deleted the lesson “{title}”; its file goes when you save. Ctrl+Z brings it back.</source>
        <translation>已删除课“{title}”；保存时会删除它的文件。按 Ctrl+Z 可恢复。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/commands.py" line="103"/>
        <source>Deleted “{title}”. Ctrl+Z brings it back.</source>
        <translation>已删除“{title}”。按 Ctrl+Z 可恢复。</translation>
    </message>
</context>
<context>
    <name>EntryList</name>
    <message>
        <location filename="../../src/closeread/ui/editor/entries.py" line="57"/>
        <source>{title}: list</source>
        <translation>{title}：列表</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/entries.py" line="59"/>
        <source>Insert adds, Delete removes, Ctrl+Up and Ctrl+Down move the entry.</source>
        <translation>Insert 添加，Delete 删除，Ctrl+Up 和 Ctrl+Down 移动条目。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/entries.py" line="66"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/entries.py" line="66"/>
        <source>Add an entry</source>
        <translation>添加条目</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/entries.py" line="68"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/entries.py" line="68"/>
        <source>Remove the selected entry</source>
        <translation>删除所选条目</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/entries.py" line="71"/>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/entries.py" line="71"/>
        <source>Move the selected entry up</source>
        <translation>上移所选条目</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/entries.py" line="74"/>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/entries.py" line="74"/>
        <source>Move the selected entry down</source>
        <translation>下移所选条目</translation>
    </message>
</context>
<context>
    <name>ExercisePanel</name>
    <message>
        <source>1 attempt</source>
        <translation type="vanished">1 次尝试</translation>
    </message>
    <message>
        <source>{n} attempts</source>
        <translation type="vanished">{n} 次尝试</translation>
    </message>
    <message>
        <source>1 point</source>
        <translation type="vanished">1 分</translation>
    </message>
    <message>
        <source>{points} points</source>
        <translation type="vanished">{points} 分</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/actions.py" line="32"/>
        <source>as many attempts as you like</source>
        <translation>尝试次数不限</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/actions.py" line="37"/>
        <source>your best counts</source>
        <translation>取最好的一次</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/actions.py" line="39"/>
        <source>your last counts</source>
        <translation>取最后一次</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/kinds.py" line="33"/>
        <source>Marking</source>
        <translation>标记题</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/kinds.py" line="37"/>
        <source>Choose any that apply</source>
        <translation>选出所有符合的选项</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/kinds.py" line="39"/>
        <source>Choose one</source>
        <translation>选出一项</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/kinds.py" line="42"/>
        <source>Short answer</source>
        <translation>简答题</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/kinds.py" line="43"/>
        <source>Matching</source>
        <translation>配对题</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/kinds.py" line="46"/>
        <source>Analogy, step by step</source>
        <translation>逐步分析类比</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/kinds.py" line="50"/>
        <source>Writing task</source>
        <translation>写作任务</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/panel.py" line="85"/>
        <source>Exercise: {title}</source>
        <translation>练习：{title}</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/panel.py" line="107"/>
        <source>Not loaded</source>
        <translation>未加载</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/panel.py" line="133"/>
        <source>Instructions</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/panel.py" line="198"/>
        <source>Your answer was saved; your teacher will score it and you will see the feedback then.</source>
        <translation>你的答案已保存；教师评分后，你就能看到反馈。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/panel.py" line="221"/>
        <source>Your last attempt counts: {score}.</source>
        <translation>以你最后一次尝试为准：{score}。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/panel.py" line="222"/>
        <source>Your best attempt counts: {score}.</source>
        <translation>以你最好的一次尝试为准：{score}。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/panel.py" line="233"/>
        <source>Attempt {n}</source>
        <translation>第 {n} 次尝试</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/panel.py" line="235"/>
        <source>No attempts left</source>
        <translation>尝试次数已用完</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/exercises/panel.py" line="239"/>
        <source>%n attempt(s) left</source>
        <translation>
            <numerusform>还剩 %n 次尝试</numerusform>
        </translation>
    </message>
    <message>
        <source>1 attempt left</source>
        <translation type="vanished">还剩 1 次尝试</translation>
    </message>
    <message>
        <source>{n} attempts left</source>
        <translation type="vanished">还剩 {n} 次尝试</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/panel.py" line="263"/>
        <source>This answer cannot be checked: {error}</source>
        <translation>无法检查这个答案：{error}</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/panel.py" line="315"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
</context>
<context>
    <name>ExerciseStatus</name>
    <message>
        <source>{points} of 1 point</source>
        <translation type="vanished">{points}/1 分</translation>
    </message>
    <message>
        <source>{points} of {possible} points</source>
        <translation type="vanished">{points}/{possible} 分</translation>
    </message>
</context>
<context>
    <name>Feedback</name>
    <message>
        <location filename="../../src/closeread/core/grading/feedback.py" line="22"/>
        <source>Your answer was saved; your teacher will score it.</source>
        <translation>你的答案已保存；教师会给它评分。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/core/grading/feedback.py" line="24"/>
        <source>Handed in: your teacher will score it.</source>
        <translation>已提交：教师会给它评分。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/core/grading/feedback.py" line="26"/>
        <source>provisional</source>
        <translation>暂定</translation>
    </message>
    <message>
        <location filename="../../src/closeread/core/grading/feedback.py" line="87"/>
        <source>The hints you opened cost {points}.</source>
        <translation>你打开的提示扣了 {points}。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/core/grading/feedback.py" line="90"/>
        <source>Your teacher: {comment}</source>
        <translation>教师评语：{comment}</translation>
    </message>
    <message>
        <location filename="../../src/closeread/core/grading/feedback.py" line="100"/>
        <source>Your teacher gave this {score}.</source>
        <translation>教师给出的得分：{score}。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/core/grading/feedback.py" line="109"/>
        <source>**Your teacher scored this {score}.**</source>
        <translation>**教师评定的得分：{score}。**</translation>
    </message>
    <message>
        <location filename="../../src/closeread/core/grading/feedback.py" line="116"/>
        <source>**{verdict}: {score}.** Your teacher will confirm it.</source>
        <translation>**{verdict}：{score}**。教师会确认这个得分。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/core/grading/feedback.py" line="120"/>
        <source>**{verdict}: {score}.**</source>
        <translation>**{verdict}：{score}。**</translation>
    </message>
    <message>
        <location filename="../../src/closeread/core/grading/feedback.py" line="139"/>
        <source>characters {start}–{end}</source>
        <translation>第 {start}–{end} 个字符</translation>
    </message>
    <message>
        <location filename="../../src/closeread/core/kinds/analogy.py" line="35"/>
        <source>What is compared to what</source>
        <translation>什么和什么相比</translation>
    </message>
    <message>
        <location filename="../../src/closeread/core/kinds/analogy.py" line="36"/>
        <source>The principle it relies on</source>
        <translation>它依据的原则</translation>
    </message>
    <message>
        <location filename="../../src/closeread/core/kinds/analogy.py" line="37"/>
        <source>Where it breaks down</source>
        <translation>它在哪里不成立</translation>
    </message>
    <message>
        <location filename="../../src/closeread/core/kinds/choice.py" line="104"/>
        <source>You chose {option}</source>
        <translation>你选择了：{option}</translation>
    </message>
    <message>
        <location filename="../../src/closeread/core/kinds/choice.py" line="115"/>
        <source>You also needed: {options}</source>
        <translation>你还需要选：{options}</translation>
    </message>
    <message>
        <location filename="../../src/closeread/core/kinds/choice.py" line="117"/>
        <source>The best answer: {options}</source>
        <translation>最佳答案：{options}</translation>
    </message>
    <message>
        <location filename="../../src/closeread/core/kinds/choice.py" line="119"/>
        <source>, </source>
        <comment>joins the items of a list</comment>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../../src/closeread/core/kinds/mark_notes.py" line="90"/>
        <source>{quote} ({label}): {advice}</source>
        <translation>{quote}（{label}）：{advice}</translation>
    </message>
    <message>
        <location filename="../../src/closeread/core/kinds/mark_notes.py" line="95"/>
        <source>Missed: {quote}, {label}.</source>
        <translation>遗漏：{quote}，{label}。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/core/kinds/mark_notes.py" line="97"/>
        <source>{quote}: {advice}</source>
        <translation>{quote}：{advice}</translation>
    </message>
    <message>
        <location filename="../../src/closeread/core/kinds/mark_notes.py" line="111"/>
        <source>right, {label}.</source>
        <translation>正确，是{label}。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/core/kinds/mark_notes.py" line="115"/>
        <source>matches nothing in the key, so it lowers the score.</source>
        <translation>参考答案中没有对应内容，所以会拉低得分。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/core/kinds/mark_notes.py" line="120"/>
        <source>the right passage; {adjust}.</source>
        <translation>文段找对了；{adjust}。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/core/kinds/mark_notes.py" line="122"/>
        <source>nearly right, {label} ({percent} credit).</source>
        <translation>接近正确，是{label}（按 {percent} 计分）。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/core/kinds/mark_notes.py" line="127"/>
        <source>worth marking, but not as {label}.</source>
        <translation>值得标记，但不应标为{label}。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/core/kinds/mark_notes.py" line="130"/>
        <source>this is {key}, not {label} ({percent} credit).</source>
        <translation>这里是{key}，不是{label}（按 {percent} 计分）。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/core/kinds/mark_notes.py" line="132"/>
        <source>this is {key}, not {label}.</source>
        <translation>这里是{key}，不是{label}。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/core/kinds/mark_notes.py" line="144"/>
        <source>The key marks {quote}.</source>
        <translation>参考答案标记的是{quote}。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/core/kinds/mark_notes.py" line="147"/>
        <source> and </source>
        <comment>joins the quotes of a list</comment>
        <translation>和</translation>
    </message>
    <message>
        <location filename="../../src/closeread/core/kinds/mark_notes.py" line="150"/>
        <source>Extra words: {quotes}.</source>
        <translation>多出的词语：{quotes}。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/core/kinds/mark_notes.py" line="153"/>
        <source>Missing words: {quotes}.</source>
        <translation>缺少的词语：{quotes}。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/core/kinds/mark_notes.py" line="159"/>
        <source>adjust where it begins or ends</source>
        <translation>调整起止位置</translation>
    </message>
    <message>
        <location filename="../../src/closeread/core/kinds/mark_notes.py" line="164"/>
        <source>it begins too early</source>
        <translation>开头多选了</translation>
    </message>
    <message>
        <location filename="../../src/closeread/core/kinds/mark_notes.py" line="165"/>
        <source>it begins too late</source>
        <translation>开头少选了</translation>
    </message>
    <message>
        <location filename="../../src/closeread/core/kinds/mark_notes.py" line="168"/>
        <source>it ends too soon</source>
        <translation>结尾少选了</translation>
    </message>
    <message>
        <location filename="../../src/closeread/core/kinds/mark_notes.py" line="169"/>
        <source>it ends too late</source>
        <translation>结尾多选了</translation>
    </message>
    <message>
        <location filename="../../src/closeread/core/kinds/mark_notes.py" line="171"/>
        <source> and </source>
        <comment>joins two things to do</comment>
        <translation>，</translation>
    </message>
    <message>
        <location filename="../../src/closeread/core/kinds/match.py" line="92"/>
        <source>You matched {right} of {total} correctly.</source>
        <translation>你配对正确 {right} 组（共 {total} 组）。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/core/kinds/match.py" line="108"/>
        <source>{left} goes with “{right}”</source>
        <translation>{left} 应与“{right}”配对</translation>
    </message>
    <message>
        <location filename="../../src/closeread/core/kinds/short.py" line="68"/>
        <source>Your answer matches an accepted answer.</source>
        <translation>你的答案与一个可接受的答案一致。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/core/kinds/short.py" line="74"/>
        <source>{criterion}: you wrote “{term}”, but denied it</source>
        <translation>{criterion}：你写了“{term}”，但又否定了它</translation>
    </message>
    <message>
        <location filename="../../src/closeread/core/kinds/short.py" line="80"/>
        <source>Say it in a sentence of your own: a list of key words earns at most half the points until your teacher reads it.</source>
        <translation>请用你自己的话写成句子：只罗列关键词的答案，在教师阅读之前最多只能得一半分数。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/core/kinds/short.py" line="86"/>
        <source>A model answer:</source>
        <translation>示范答案：</translation>
    </message>
    <message>
        <location filename="../../src/closeread/core/kinds/writing.py" line="99"/>
        <source>Your teacher&apos;s levels, criterion by criterion:</source>
        <translation>教师逐个评分项给出的等级：</translation>
    </message>
    <message>
        <location filename="../../src/closeread/core/kinds/writing.py" line="100"/>
        <source>**{criterion}** ({weight}%): level {level} of {top}.</source>
        <translation>**{criterion}**（{weight}%）：等级 {level}/{top}。</translation>
    </message>
</context>
<context>
    <name>FeedbackList</name>
    <message>
        <location filename="../../src/closeread/ui/exercises/feedback_list.py" line="286"/>
        <source>Your marks, checked</source>
        <translation>你的标记（已检查）</translation>
    </message>
</context>
<context>
    <name>FeedbackRow</name>
    <message>
        <location filename="../../src/closeread/ui/exercises/feedback_list.py" line="177"/>
        <location filename="../../src/closeread/ui/exercises/feedback_list.py" line="231"/>
        <source>Why</source>
        <translation>为什么</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/feedback_list.py" line="178"/>
        <source>Why: show the explanation</source>
        <translation>为什么：显示解析</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/feedback_list.py" line="194"/>
        <source>Enter shows it in the article.</source>
        <translation>按 Enter 在文章中显示。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/feedback_list.py" line="195"/>
        <source> Space opens the explanation.</source>
        <translation>按空格键打开解析。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/feedback_list.py" line="207"/>
        <source>{verdict}: {advice}</source>
        <translation>{verdict}：{advice}</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/feedback_list.py" line="212"/>
        <source>, paragraph {n}</source>
        <translation>，第 {n} 段</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../src/closeread/ui/reading/find.py" line="52"/>
        <location filename="../../src/closeread/ui/reading/find.py" line="61"/>
        <source>Find in the article</source>
        <translation>在文章中查找</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/reading/find.py" line="62"/>
        <source>Words to find in the article</source>
        <translation>要在文章中查找的词语</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/reading/find.py" line="69"/>
        <source>Previous place (Shift+Enter)</source>
        <translation>上一处（Shift+Enter）</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/reading/find.py" line="70"/>
        <source>Next place (Enter)</source>
        <translation>下一处（Enter）</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/reading/find.py" line="71"/>
        <source>Close (Esc)</source>
        <translation>关闭（Esc）</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/reading/find.py" line="132"/>
        <source>No match</source>
        <translation>未找到</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/reading/find.py" line="136"/>
        <source>{n} of {total}</source>
        <translation>{n}/{total}</translation>
    </message>
</context>
<context>
    <name>FolderRow</name>
    <message>
        <location filename="../../src/closeread/ui/editor/folder_row.py" line="46"/>
        <source>The folder to save it in</source>
        <translation>保存到的文件夹</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/folder_row.py" line="47"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/folder_row.py" line="48"/>
        <source>Choose the folder to save it in</source>
        <translation>选择保存到的文件夹</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/folder_row.py" line="56"/>
        <source>Name of the new folder</source>
        <translation>新文件夹的名称</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/folder_row.py" line="60"/>
        <source>Save it &amp;in:</source>
        <translation>保存位置(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/folder_row.py" line="61"/>
        <source>Folder &amp;name:</source>
        <translation>文件夹名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/folder_row.py" line="74"/>
        <source>CloseRead — Choose Where to Save the Pack</source>
        <translation>CloseRead — 选择课程包的保存位置</translation>
    </message>
</context>
<context>
    <name>GradebookModel</name>
    <message>
        <location filename="../../src/closeread/ui/teacher/gradebook_model.py" line="139"/>
        <source>Lesson {n}</source>
        <translation>第 {n} 课</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/gradebook_model.py" line="141"/>
        <source>Student</source>
        <translation>学生</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/gradebook_model.py" line="142"/>
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/gradebook_model.py" line="143"/>
        <source>Total</source>
        <translation>总分</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/gradebook_model.py" line="144"/>
        <source>Done</source>
        <translation>已做</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/gradebook_model.py" line="150"/>
        <source>Lesson {n}: {title}</source>
        <translation>第 {n} 课：{title}</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/gradebook_model.py" line="153"/>
        <source>Percent of all the pack&apos;s points</source>
        <translation>占课程包总分的百分比</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/gradebook_model.py" line="155"/>
        <source>Exercises tried, of all the pack&apos;s exercises</source>
        <translation>已做的练习占课程包全部练习的比例</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/gradebook_model.py" line="227"/>
        <source>Not started. Double-click to see the lesson.</source>
        <translation>未开始。双击查看这一课。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/teacher/gradebook_model.py" line="229"/>
        <source>{points} of {possible} points; {done} of %n exercise(s) tried</source>
        <translation>
            <numerusform>{points}/{possible} 分；已做 {done}/%n 个练习</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/teacher/gradebook_model.py" line="240"/>
        <source>; %n waiting to be scored</source>
        <translation>
            <numerusform>；%n 个待评分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/teacher/gradebook_model.py" line="247"/>
        <source>{done} of %n exercise(s) tried</source>
        <translation>
            <numerusform>已做 {done}/%n 个练习</numerusform>
        </translation>
    </message>
    <message>
        <source>{points} of {possible} points; {done} of {total} exercises tried</source>
        <translation type="vanished">{points}/{possible} 分；已做 {done}/{total} 个练习</translation>
    </message>
    <message>
        <source>; {n} waiting to be scored</source>
        <translation type="vanished">；{n} 个待评分</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/gradebook_model.py" line="241"/>
        <source>. Double-click to see the answers.</source>
        <translation>。双击查看答案。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/gradebook_model.py" line="243"/>
        <source>{points} of {possible} points</source>
        <translation>{points}/{possible} 分</translation>
    </message>
    <message>
        <source>{done} of {total} exercises tried</source>
        <translation type="vanished">已做 {done}/{total} 个练习</translation>
    </message>
</context>
<context>
    <name>GradebookTable</name>
    <message>
        <location filename="../../src/closeread/ui/teacher/gradebook_table.py" line="28"/>
        <source>Students and their scores</source>
        <translation>学生及其得分</translation>
    </message>
</context>
<context>
    <name>HintsBox</name>
    <message>
        <location filename="../../src/closeread/ui/exercises/hints.py" line="79"/>
        <location filename="../../src/closeread/ui/exercises/hints.py" line="83"/>
        <source>Hints</source>
        <translation>提示</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/hints.py" line="123"/>
        <source>Hint {number}</source>
        <translation>提示 {number}</translation>
    </message>
    <message>
        <source>cost 1 point</source>
        <translation type="vanished">扣 1 分</translation>
    </message>
    <message>
        <source>cost {points} points</source>
        <translation type="vanished">扣 {points} 分</translation>
    </message>
    <message>
        <source>Sh&amp;ow hint {number} (costs 1 point)</source>
        <translation type="vanished">显示提示 {number}（扣 1 分）(&amp;O)</translation>
    </message>
    <message>
        <source>Sh&amp;ow hint {number} (costs {points} points)</source>
        <translation type="vanished">显示提示 {number}（扣 {points} 分）(&amp;O)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/exercises/hints.py" line="126"/>
        <source>cost {points} point(s)</source>
        <translation>
            <numerusform>扣 {points} 分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/exercises/hints.py" line="141"/>
        <source>Sh&amp;ow hint {number} (costs {points} point(s))</source>
        <translation>
            <numerusform>显示提示 {number}（扣 {points} 分）(&amp;O)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/hints.py" line="144"/>
        <source>Sh&amp;ow hint {number} (free)</source>
        <translation>显示提示 {number}（不扣分）(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/hints.py" line="148"/>
        <source>Opening a hint takes its cost off this exercise&apos;s points.</source>
        <translation>打开提示会从本练习的分数中扣除相应分值。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/hints.py" line="150"/>
        <source>This hint costs nothing.</source>
        <translation>这个提示不扣分。</translation>
    </message>
</context>
<context>
    <name>ItemAnalysisPanel</name>
    <message>
        <location filename="../../src/closeread/ui/teacher/item_analysis.py" line="63"/>
        <source>For each exercise, from each student&apos;s answer that counts: what was missed, confused or chosen wrongly, most often first.</source>
        <translation>按练习列出，依据每个学生计分的那次答案：哪些被漏掉、混淆或选错，最常见的排在前面。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/item_analysis.py" line="71"/>
        <source>Item analysis</source>
        <translation>题目分析</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/item_analysis.py" line="74"/>
        <source>Exercise and item</source>
        <translation>练习与条目</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/item_analysis.py" line="74"/>
        <source>Students</source>
        <translation>学生</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/item_analysis.py" line="74"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/item_analysis.py" line="113"/>
        <source>Analysing the class&apos;s answers…</source>
        <translation>正在分析全班的答案…</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/item_analysis.py" line="132"/>
        <source>The analysis failed: {error}</source>
        <translation>分析失败：{error}</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/item_analysis.py" line="144"/>
        <source>Lesson {n}: {title}</source>
        <translation>第 {n} 课：{title}</translation>
    </message>
    <message>
        <source>{n} exercises, {tried} of them tried by someone.</source>
        <translation type="vanished">共 {n} 个练习，其中 {tried} 个有人做过。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/teacher/item_analysis.py" line="158"/>
        <source>%n exercise(s), {tried} of them tried by someone.</source>
        <translation>
            <numerusform>共 %n 个练习，其中 {tried} 个有人做过。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/item_analysis.py" line="169"/>
        <source>{n} of {total}</source>
        <translation>{n}/{total}</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/item_analysis.py" line="170"/>
        <source>tried it · mean {mean}</source>
        <translation>已作答 · 平均 {mean}</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/item_analysis.py" line="178"/>
        <source>Options picked wrongly</source>
        <translation>被错选的选项</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/item_analysis.py" line="184"/>
        <source>worth {w}%</source>
        <translation>占 {w}%</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/item_analysis.py" line="188"/>
        <source>Pairs matched wrongly</source>
        <translation>配错的项</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/item_analysis.py" line="190"/>
        <source>right: “{right}”</source>
        <translation>正确：“{right}”</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/item_analysis.py" line="192"/>
        <source>; most chose “{wrong}”</source>
        <translation>；多数人选了“{wrong}”</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/item_analysis.py" line="197"/>
        <source>Waiting for your review</source>
        <translation>等待你批阅</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/item_analysis.py" line="199"/>
        <source>Rubric criteria not met</source>
        <translation>未达到的评分项</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/teacher/item_analysis.py" line="204"/>
        <source>Levels you gave (%n scored): the mean level</source>
        <translation>
            <numerusform>你给出的等级（已评 %n 份）：平均等级</numerusform>
        </translation>
    </message>
    <message>
        <source>Levels you gave ({n} scored): the mean level</source>
        <translation type="vanished">你给出的等级（已评 {n} 份）：平均等级</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/item_analysis.py" line="209"/>
        <source>{n} at {level}</source>
        <translation>{level} 级 {n} 人</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/item_analysis.py" line="222"/>
        <source>Key spans most missed</source>
        <translation>最常被漏掉的答案片段</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/item_analysis.py" line="225"/>
        <source>missed by {missed}; found by {found}</source>
        <translation>{missed} 人漏掉；{found} 人找到</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/item_analysis.py" line="229"/>
        <source>; under another label by {n}</source>
        <translation>；{n} 人标成了其他标签</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/item_analysis.py" line="232"/>
        <source>Labels confused</source>
        <translation>混淆的标签</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/item_analysis.py" line="234"/>
        <source>{expected} marked as {marked}</source>
        <translation>{expected} 被标成 {marked}</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/item_analysis.py" line="239"/>
        <source>Marks matching no key span</source>
        <translation>不对应任何答案片段的标记</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/item_analysis.py" line="242"/>
        <source>none</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>LabelBar</name>
    <message>
        <location filename="../../src/closeread/ui/reading/labelbar.py" line="67"/>
        <source>Labels</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/reading/labelbar.py" line="73"/>
        <source>Label the selection:</source>
        <translation>为所选内容加标签：</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/reading/labelbar.py" line="74"/>
        <source>Label the selection</source>
        <translation>为所选内容加标签</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/reading/labelbar.py" line="77"/>
        <source>Select words in the article (drag, or Shift+arrow keys; Ctrl+click selects a sentence), then press a label&apos;s number or click its button.</source>
        <translation>在文章中选择词语（拖动鼠标，或用 Shift+方向键；Ctrl+单击可选中一个句子），然后按标签的数字键或单击标签按钮。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/reading/labelbar.py" line="89"/>
        <source>Remove mark</source>
        <translation>移除标记</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/reading/labelbar.py" line="90"/>
        <source>Remove the mark at the cursor</source>
        <translation>移除光标处的标记</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/reading/labelbar.py" line="91"/>
        <source>Remove the mark at the cursor (Delete)</source>
        <translation>移除光标处的标记（Delete）</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/reading/labelbar.py" line="118"/>
        <source>Label as {label} (key {number})</source>
        <translation>标为“{label}”（按键 {number}）</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/reading/labelbar.py" line="124"/>
        <source>Mark the selected words as {label} (press {number})</source>
        <translation>将所选词语标记为“{label}”（按 {number}）</translation>
    </message>
</context>
<context>
    <name>LessonPane</name>
    <message>
        <location filename="../../src/closeread/ui/exercises/lesson_pane.py" line="47"/>
        <source>Exercise</source>
        <translation>练习</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/lesson_pane.py" line="85"/>
        <source>◀  &amp;Previous</source>
        <translation>◀  上一个(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/lesson_pane.py" line="87"/>
        <source>Previous exercise</source>
        <translation>上一个练习</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/lesson_pane.py" line="88"/>
        <source>Previous exercise (Alt+Left)</source>
        <translation>上一个练习（Alt+左方向键）</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/lesson_pane.py" line="90"/>
        <location filename="../../src/closeread/ui/exercises/lesson_pane.py" line="230"/>
        <source>&amp;Next  ▶</source>
        <translation>下一个(&amp;N)  ▶</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/lesson_pane.py" line="92"/>
        <source>Next exercise</source>
        <translation>下一个练习</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/lesson_pane.py" line="93"/>
        <source>Next exercise (Alt+Right)</source>
        <translation>下一个练习（Alt+右方向键）</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/lesson_pane.py" line="124"/>
        <source>&amp;Start the First Exercise  ▶</source>
        <translation>开始第一个练习(&amp;S)  ▶</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/lesson_pane.py" line="126"/>
        <source>Start the first exercise</source>
        <translation>开始第一个练习</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/lesson_pane.py" line="144"/>
        <source>Lesson introduction</source>
        <translation>本课简介</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/lesson_pane.py" line="161"/>
        <source>Lesson {n} of {count} · Introduction</source>
        <translation>第 {n} 课（共 {count} 课）· 简介</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/exercises/lesson_pane.py" line="168"/>
        <source>This lesson has %n exercise(s). Read the article, then start.</source>
        <translation>
            <numerusform>本课共有 %n 个练习。先读文章，然后开始吧。</numerusform>
        </translation>
    </message>
    <message>
        <source>This lesson has {count} exercises. Read the article, then start.</source>
        <translation type="vanished">本课共有 {count} 个练习。先读文章，然后开始吧。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/lesson_pane.py" line="213"/>
        <source>Lesson {n} of {lessons} · Exercise {number} of {count}</source>
        <translation>第 {n} 课（共 {lessons} 课）· 练习 {number}/{count}</translation>
    </message>
</context>
<context>
    <name>LevelLines</name>
    <message>
        <location filename="../../src/closeread/ui/editor/compound.py" line="79"/>
        <source>Level {n}</source>
        <translation>等级 {n}</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/compound.py" line="81"/>
        <source>What an answer at level {n} looks like</source>
        <translation>等级 {n} 的答案是什么样的</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/compound.py" line="84"/>
        <source>Level {n}:</source>
        <translation>等级 {n}：</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <location filename="../../src/closeread/ui/library/panel.py" line="90"/>
        <location filename="../../src/closeread/ui/library/panel.py" line="96"/>
        <source>Library</source>
        <translation>课程库</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/library/panel.py" line="102"/>
        <source>Packs, lessons and exercises</source>
        <translation>课程包、课与练习</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/library/panel.py" line="104"/>
        <source>Press Enter to open the selected lesson or exercise.</source>
        <translation>按 Enter 打开所选的课或练习。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/library/panel.py" line="125"/>
        <source>Open Pack…</source>
        <translation>打开课程包…</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/library/panel.py" line="127"/>
        <source>Open a lesson pack folder or archive</source>
        <translation>打开课程包文件夹或压缩包</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/library/panel.py" line="176"/>
        <source>cannot open</source>
        <translation>无法打开</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/library/panel.py" line="182"/>
        <source>Bundled with CloseRead</source>
        <translation>CloseRead 自带</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/library/panel.py" line="185"/>
        <source>loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/library/panel.py" line="195"/>
        <source>Introduction</source>
        <translation>简介</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/library/panel.py" line="208"/>
        <source>{done}/{total} done</source>
        <translation>已完成 {done}/{total}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/library/panel.py" line="209"/>
        <source>{done} of %n exercise(s) done</source>
        <translation>
            <numerusform>已完成 {done} 个练习，共 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>{done} of {total} exercises done</source>
        <translation type="vanished">已完成 {done} 个练习，共 {total} 个</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/library/panel.py" line="212"/>
        <source> · {percent}%</source>
        <translation> · {percent}%</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/library/panel.py" line="213"/>
        <source>, {percent} percent of the lesson&apos;s points</source>
        <translation>，获得本课分数的 {percent}%</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/library/panel.py" line="230"/>
        <source>done, {percent} percent</source>
        <translation>已完成，{percent}%</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/library/panel.py" line="233"/>
        <source>checked</source>
        <translation>已检查</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/library/panel.py" line="235"/>
        <source>started</source>
        <translation>已开始</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/closeread/ui/shell/main_window.py" line="122"/>
        <source>Loading</source>
        <translation>正在加载</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/main_window.py" line="162"/>
        <source>Opening your work…</source>
        <translation>正在打开你的作业…</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/main_window.py" line="165"/>
        <source>Opening…</source>
        <translation>正在打开…</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/main_window.py" line="216"/>
        <source>No lesson pack</source>
        <translation>没有课程包</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/main_window.py" line="217"/>
        <source>Open a pack with File &gt; Open Pack…</source>
        <translation>请用“文件 &gt; 打开课程包…”打开一个课程包</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/main_window.py" line="345"/>
        <source>Next &amp;Lesson  ▶</source>
        <translation>下一课(&amp;L)  ▶</translation>
    </message>
</context>
<context>
    <name>MarkWidget</name>
    <message>
        <location filename="../../src/closeread/ui/exercises/mark.py" line="71"/>
        <source>{number} {label}</source>
        <translation>{number} {label}</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/mark.py" line="76"/>
        <source>Select words in the article, then press a label&apos;s number ({keys}) or click its button. Ctrl+click selects a whole sentence; Delete removes the mark at the cursor.</source>
        <translation>在文章中选择词语，然后按标签的数字键（{keys}）或单击标签按钮。Ctrl+单击可选中整个句子；按 Delete 可移除光标处的标记。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/mark.py" line="89"/>
        <source>Labels</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/mark.py" line="94"/>
        <source>&amp;Mark on the article</source>
        <translation>在文章上标记(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/mark.py" line="95"/>
        <source>Mark these on the article</source>
        <translation>在文章上标记这些内容</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/mark.py" line="113"/>
        <source>Open the article to mark it.</source>
        <translation>打开文章进行标记。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/mark.py" line="257"/>
        <source>Your marks ({count}):</source>
        <translation>你的标记（{count}）：</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/mark.py" line="259"/>
        <source>No marks yet.</source>
        <translation>还没有标记。</translation>
    </message>
</context>
<context>
    <name>MarkdownField</name>
    <message>
        <location filename="../../src/closeread/ui/editor/markdown_field.py" line="41"/>
        <source>the text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/markdown_field.py" line="42"/>
        <source>Preview of {name}</source>
        <translation>“{name}”的预览</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/markdown_field.py" line="43"/>
        <source>What students see</source>
        <translation>学生看到的内容</translation>
    </message>
</context>
<context>
    <name>MarkingController</name>
    <message>
        <location filename="../../src/closeread/ui/reading/marking.py" line="124"/>
        <source>Select some words first, then choose a label.</source>
        <translation>请先选择一些词语，再选择标签。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/reading/marking.py" line="147"/>
        <source>There is no mark at the cursor to remove.</source>
        <translation>光标处没有可移除的标记。</translation>
    </message>
</context>
<context>
    <name>MarksList</name>
    <message>
        <location filename="../../src/closeread/ui/exercises/mark_list.py" line="40"/>
        <source>Your marks</source>
        <translation>你的标记</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/mark_list.py" line="42"/>
        <source>Enter shows a mark in the article; Delete removes it; 1 to 9 relabel it.</source>
        <translation>Enter 在文章中显示标记；Delete 删除标记；1 到 9 更改标签。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/mark_list.py" line="76"/>
        <source>{glyph} {verdict} last time · {mark}</source>
        <translation>{glyph} 上次：{verdict} · {mark}</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/mark_list.py" line="108"/>
        <source>For comparison, your marks in “{title}”:</source>
        <translation>作为对比，你在“{title}”中的标记：</translation>
    </message>
</context>
<context>
    <name>MatchWidget</name>
    <message>
        <location filename="../../src/closeread/ui/exercises/match.py" line="57"/>
        <source>{left} → {right}</source>
        <translation>{left} → {right}</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/match.py" line="58"/>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/match.py" line="59"/>
        <source>Match</source>
        <translation>配对</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/match.py" line="76"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/match.py" line="86"/>
        <source>Match for {item}</source>
        <translation>“{item}”的配对</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/match.py" line="133"/>
        <source>Not matched</source>
        <translation>未配对</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/match.py" line="160"/>
        <source>It goes with “{right}”.</source>
        <translation>它应与“{right}”配对。</translation>
    </message>
</context>
<context>
    <name>Numbers</name>
    <message>
        <location filename="../../src/closeread/core/grading/verdicts.py" line="102"/>
        <source>.</source>
        <comment>the decimal point, as in 2.5 points</comment>
        <translation>.</translation>
    </message>
</context>
<context>
    <name>OutlineTree</name>
    <message>
        <location filename="../../src/closeread/ui/editor/outline.py" line="51"/>
        <source>Pack outline</source>
        <translation>课程包大纲</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/outline.py" line="54"/>
        <source>Lessons and their exercises. Ctrl+Up and Ctrl+Down move the exercise, Delete removes it, Ctrl+N adds one.</source>
        <translation>各课及其练习。Ctrl+Up 和 Ctrl+Down 移动练习，Delete 删除练习，Ctrl+N 添加练习。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/outline.py" line="59"/>
        <source>Outline</source>
        <translation>大纲</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/outline.py" line="59"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
</context>
<context>
    <name>OverrideEditor</name>
    <message>
        <location filename="../../src/closeread/ui/teacher/override_editor.py" line="36"/>
        <location filename="../../src/closeread/ui/teacher/override_editor.py" line="38"/>
        <source>Teacher&apos;s score</source>
        <translation>教师给分</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/override_editor.py" line="48"/>
        <source>Points</source>
        <translation>分数</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/override_editor.py" line="49"/>
        <source>&amp;Points:</source>
        <translation>分数(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/override_editor.py" line="58"/>
        <source>A word to the student (optional)</source>
        <translation>给学生的话（可选）</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/override_editor.py" line="59"/>
        <source>Comment</source>
        <translation>评语</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/override_editor.py" line="61"/>
        <source>&amp;Comment:</source>
        <translation>评语(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/override_editor.py" line="65"/>
        <source>&amp;Save Score</source>
        <translation>保存得分(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/override_editor.py" line="67"/>
        <source>Save the teacher&apos;s score</source>
        <translation>保存教师给分</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/override_editor.py" line="69"/>
        <source>Use the &amp;Rules&apos; Score</source>
        <translation>改用规则得分(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/override_editor.py" line="71"/>
        <source>Withdraw the teacher&apos;s score</source>
        <translation>撤回教师给分</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/override_editor.py" line="91"/>
        <source>of {n}</source>
        <translation>满分 {n}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/teacher/override_editor.py" line="113"/>
        <source>Your score counts: {points} of {n} point(s).</source>
        <translation>
            <numerusform>以你给的得分为准：{points}/{n} 分。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/teacher/override_editor.py" line="121"/>
        <source>The rules&apos; provisional score counts: {points} of {n} point(s). Save a score (the same or another) to decide it.</source>
        <translation>
            <numerusform>目前以规则给出的暂定得分为准：{points}/{n} 分。保存一个得分（相同或不同均可）即可确定。</numerusform>
        </translation>
    </message>
    <message>
        <source>Your score counts: {points} of {n} points.</source>
        <translation type="vanished">以你给的得分为准：{points}/{n} 分。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/override_editor.py" line="117"/>
        <source>Not scored yet: give a score to decide it.</source>
        <translation>尚未评分：请给出得分以确定结果。</translation>
    </message>
    <message>
        <source>The rules&apos; provisional score counts: {points} of {n} points. Save a score (the same or another) to decide it.</source>
        <translation type="vanished">目前以规则给出的暂定得分为准：{points}/{n} 分。保存一个得分（相同或不同均可）即可确定。</translation>
    </message>
</context>
<context>
    <name>PackEditor</name>
    <message>
        <location filename="../../src/closeread/ui/editor/window.py" line="177"/>
        <source>The article</source>
        <translation>文章</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/window.py" line="198"/>
        <source>CloseRead — Editing {title}</source>
        <translation>CloseRead — 正在编辑 {title}</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/window.py" line="247"/>
        <source>{where}, answer key passage {n}</source>
        <translation>{where}，参考答案第 {n} 个文段</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/window.py" line="248"/>
        <source>Showing {where}</source>
        <translation>正在显示 {where}</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/window.py" line="264"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/window.py" line="273"/>
        <source>Not saved: {files} changed on disk.</source>
        <translation>未保存：{files} 已在磁盘上被更改。</translation>
    </message>
    <message>
        <source>Saved. The checker finds {n} errors: see Problems.</source>
        <translation type="vanished">已保存。检查器发现 {n} 个错误：请查看“问题”。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/editor/window.py" line="276"/>
        <source>Saved. The checker finds %n error(s): see Problems.</source>
        <translation>
            <numerusform>已保存。检查器发现 %n 个错误：请查看“问题”。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/window.py" line="278"/>
        <source>Nothing to save: the pack on disk is ready to hand out.</source>
        <translation>无需保存：磁盘上的课程包已经可以分发。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/window.py" line="280"/>
        <source>Saved. The pack is ready to hand out.</source>
        <translation>已保存。课程包可以分发了。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/window.py" line="293"/>
        <source>{files} changed on disk; your edits are kept.</source>
        <translation>{files} 已在磁盘上被更改；你的编辑已保留。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/window.py" line="296"/>
        <source>Read again: {files} changed on disk.</source>
        <translation>已重新读取：{files} 已在磁盘上被更改。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/window.py" line="302"/>
        <source>Select an exercise to try.</source>
        <translation>请选择一个要试做的练习。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/window.py" line="307"/>
        <source>CloseRead — Save first?</source>
        <translation>CloseRead — 先保存吗？</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/window.py" line="308"/>
        <source>Students get the pack as saved. Save your edits before trying?</source>
        <translation>学生拿到的是已保存的课程包。试做之前要保存你的编辑吗？</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/window.py" line="318"/>
        <source>Cannot try the exercise</source>
        <translation>无法试做这个练习</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/window.py" line="344"/>
        <source>CloseRead — Save the pack?</source>
        <translation>CloseRead — 保存课程包？</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/window.py" line="345"/>
        <source>Save your edits to {files}?</source>
        <translation>要把你的编辑保存到 {files} 吗？</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../../src/closeread/ui/teacher/pin_dialog.py" line="95"/>
        <source>CloseRead — Set the Teacher PIN</source>
        <translation>CloseRead — 设置教师 PIN</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/pin_dialog.py" line="97"/>
        <source>CloseRead — Change the Teacher PIN</source>
        <translation>CloseRead — 更改教师 PIN</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/pin_dialog.py" line="100"/>
        <source>Set a teacher PIN</source>
        <translation>设置教师 PIN</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/pin_dialog.py" line="100"/>
        <source>Change the PIN</source>
        <translation>更改 PIN</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/pin_dialog.py" line="104"/>
        <source>Teacher mode shows every student&apos;s work and the answer keys. Choose a PIN of at least {n} characters that your students do not know; CloseRead asks for it each time teacher mode is opened.</source>
        <translation>教师模式会显示每个学生的作业和参考答案。请设置一个至少 {n} 个字符、学生不知道的 PIN；每次打开教师模式时，CloseRead 都会要求输入它。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/pin_dialog.py" line="110"/>
        <source>&amp;Current PIN:</source>
        <translation>当前 PIN(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/pin_dialog.py" line="111"/>
        <source>Current PIN</source>
        <translation>当前 PIN</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/pin_dialog.py" line="112"/>
        <source>&amp;New PIN:</source>
        <translation>新 PIN(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/pin_dialog.py" line="113"/>
        <source>&amp;Repeat it:</source>
        <translation>再输入一次(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/pin_dialog.py" line="114"/>
        <source>New PIN</source>
        <translation>新 PIN</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/pin_dialog.py" line="115"/>
        <source>Repeat the new PIN</source>
        <translation>再次输入新 PIN</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/pin_dialog.py" line="116"/>
        <source>&amp;Set PIN</source>
        <translation>设置 PIN(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/pin_dialog.py" line="118"/>
        <source>CloseRead — Teacher PIN</source>
        <translation>CloseRead — 教师 PIN</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/pin_dialog.py" line="119"/>
        <source>Teacher mode</source>
        <translation>教师模式</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/pin_dialog.py" line="121"/>
        <source>Enter the teacher PIN to open teacher mode.</source>
        <translation>输入教师 PIN 以打开教师模式。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/pin_dialog.py" line="123"/>
        <source>&amp;PIN:</source>
        <translation>PIN(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/pin_dialog.py" line="125"/>
        <source>Teacher PIN</source>
        <translation>教师 PIN</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/pin_dialog.py" line="126"/>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/pin_dialog.py" line="183"/>
        <location filename="../../src/closeread/ui/teacher/pin_dialog.py" line="195"/>
        <source>At least {n} characters.</source>
        <translation>至少 {n} 个字符。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/pin_dialog.py" line="192"/>
        <source>The two PINs are not the same.</source>
        <translation>两次输入的 PIN 不一致。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/pin_dialog.py" line="193"/>
        <source>A PIN cannot be only spaces.</source>
        <translation>PIN 不能只有空格。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/teacher/pin_dialog.py" line="227"/>
        <source>Wrong PIN. %n more wrong tries make CloseRead wait.</source>
        <translation>
            <numerusform>PIN 错误。再错 %n 次，CloseRead 就会要求你等待。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/teacher/pin_dialog.py" line="246"/>
        <source>Wrong PIN. Wait %n second(s) before the next try.</source>
        <translation>
            <numerusform>PIN 错误。请等待 %n 秒后再试。</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong PIN. {n} more wrong tries make CloseRead wait.</source>
        <translation type="vanished">PIN 错误。再错 {n} 次，CloseRead 就会要求你等待。</translation>
    </message>
    <message>
        <source>Wrong PIN. One more wrong try makes CloseRead wait.</source>
        <translation type="vanished">PIN 错误。再错 1 次，CloseRead 就会要求你等待。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/pin_dialog.py" line="240"/>
        <source>You can try the PIN again.</source>
        <translation>你可以再次输入 PIN 了。</translation>
    </message>
    <message>
        <source>Wrong PIN. Wait {n} seconds before the next try.</source>
        <translation type="vanished">PIN 错误。请等待 {n} 秒后再试。</translation>
    </message>
    <message>
        <source>Wrong PIN. Wait 1 second before the next try.</source>
        <translation type="vanished">PIN 错误。请等待 1 秒后再试。</translation>
    </message>
</context>
<context>
    <name>Plurals</name>
    <message numerus="yes">
        <location filename="../../src/closeread/core/grading/verdicts.py" line="116"/>
        <source>{points} point(s)</source>
        <translation>
            <numerusform>{points} 分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/core/grading/verdicts.py" line="123"/>
        <source>{earned} of {possible} point(s)</source>
        <translation>
            <numerusform>{earned}/{possible} 分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/core/kinds/mark.py" line="90"/>
        <source>You found {found} of %n passage(s) in the key.</source>
        <translation>
            <numerusform>参考答案中有 %n 个文段，你找到了 {found} 个。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/core/kinds/mark.py" line="93"/>
        <source>%n passage(s) still to find.</source>
        <translation>
            <numerusform>还有 %n 个文段待找。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/editor/keyspans.py" line="211"/>
        <source>Answer key: %n passage(s)</source>
        <translation>
            <numerusform>参考答案：%n 个文段</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/editor/pages.py" line="26"/>
        <source>{words} words in %n block(s).</source>
        <translation>
            <numerusform>{words} 个词，分为 %n 块。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/exercises/actions.py" line="19"/>
        <location filename="../../src/closeread/ui/shell/app.py" line="178"/>
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n 次尝试</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/shell/hand_in.py" line="104"/>
        <source>Saved your %n checked answer(s) to {path}.</source>
        <translation>
            <numerusform>已把你检查过的 %n 个答案保存到 {path}。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/shell/hand_in.py" line="110"/>
        <source>%n answer(s) made with another version of this pack not in the file.</source>
        <translation>
            <numerusform>有 %n 个答案是用此课程包的其他版本做的，没有放进文件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/teacher/import_dialog.py" line="64"/>
        <source>Nothing new for {student}: its %n attempts were here already</source>
        <translation>
            <numerusform>{student} 没有新内容：这 %n 次尝试此前都已导入</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/teacher/import_dialog.py" line="69"/>
        <source>%n attempt(s) for {student}</source>
        <translation>
            <numerusform>{student} 的 %n 次尝试</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/teacher/import_dialog.py" line="73"/>
        <source>(%n already here)</source>
        <translation>
            <numerusform>（其中 %n 次此前已导入）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/teacher/import_dialog.py" line="87"/>
        <source>“{title}” allows %n attempt(s)</source>
        <translation>
            <numerusform>“{title}”允许 %n 次尝试</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/teacher/import_dialog.py" line="92"/>
        <source>; %n attempt(s) refused over the limit, counting every hand-in from this student</source>
        <translation>
            <numerusform>；%n 次尝试超出次数限制，已拒绝（按该学生的全部提交计算）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <location filename="../../src/closeread/ui/common/problems_dialog.py" line="52"/>
        <source>Problems found</source>
        <translation>发现的问题</translation>
    </message>
    <message>
        <source>{errors} error(s), {warnings} warning(s)</source>
        <translation type="vanished">{errors} 个错误，{warnings} 个警告</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/common/problems_dialog.py" line="58"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n 个错误</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/common/problems_dialog.py" line="58"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 个警告</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/common/problems_dialog.py" line="63"/>
        <source>&amp;Copy List</source>
        <translation>复制列表(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/common/problems_dialog.py" line="64"/>
        <source>Copy the list of problems</source>
        <translation>复制问题列表</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/common/problems_dialog.py" line="68"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <location filename="../../src/closeread/ui/editor/problems.py" line="103"/>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/problems.py" line="105"/>
        <source>Enter or a click goes to the place a problem names.</source>
        <translation>按 Enter 或单击可跳转到问题所指的位置。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/problems.py" line="130"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/problems.py" line="130"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/problems.py" line="136"/>
        <source>No problems: the checker finds nothing to fix.</source>
        <translation>没有问题：检查器没有发现需要修正的地方。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/editor/problems.py" line="141"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n 个错误</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/editor/problems.py" line="142"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 个警告</numerusform>
        </translation>
    </message>
    <message>
        <source>1 error</source>
        <translation type="vanished">1 个错误</translation>
    </message>
    <message>
        <source>{n} errors</source>
        <translation type="vanished">{n} 个错误</translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation type="vanished">1 个警告</translation>
    </message>
    <message>
        <source>{n} warnings</source>
        <translation type="vanished">{n} 个警告</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/problems.py" line="144"/>
        <source>&amp;Problems: {counts}</source>
        <translation>问题(&amp;P)：{counts}</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../../src/closeread/ui/shell/profile_dialog.py" line="50"/>
        <source>CloseRead — Who is reading?</source>
        <translation>CloseRead — 谁在阅读？</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/profile_dialog.py" line="51"/>
        <source>Choose your profile</source>
        <translation>选择你的学生档案</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/profile_dialog.py" line="75"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/profile_dialog.py" line="75"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/profile_dialog.py" line="93"/>
        <source>Profiles</source>
        <translation>学生档案</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/profile_dialog.py" line="106"/>
        <source>&amp;New Profile…</source>
        <translation>新建学生档案(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/profile_dialog.py" line="108"/>
        <location filename="../../src/closeread/ui/shell/profile_dialog.py" line="168"/>
        <source>New profile</source>
        <translation>新建学生档案</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/profile_dialog.py" line="119"/>
        <source>Your name</source>
        <translation>你的姓名</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/profile_dialog.py" line="120"/>
        <source>Class (optional)</source>
        <translation>班级（可选）</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/profile_dialog.py" line="121"/>
        <source>Student ID (optional)</source>
        <translation>学生 ID（可选）</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/profile_dialog.py" line="122"/>
        <source>First and last name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/profile_dialog.py" line="123"/>
        <source>For example 9B</source>
        <translation>例如：高一3班</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/profile_dialog.py" line="124"/>
        <source>If your teacher gave you one</source>
        <translation>如果教师给过你的话</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/profile_dialog.py" line="125"/>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/profile_dialog.py" line="126"/>
        <source>&amp;Class:</source>
        <translation>班级(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/profile_dialog.py" line="127"/>
        <source>Student &amp;ID:</source>
        <translation>学生 ID(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/profile_dialog.py" line="129"/>
        <source>&amp;Back to Profiles</source>
        <translation>返回档案列表(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/profile_dialog.py" line="130"/>
        <source>Back to the list of profiles</source>
        <translation>返回学生档案列表</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/profile_dialog.py" line="157"/>
        <source>Who is reading?</source>
        <translation>谁在阅读？</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/profile_dialog.py" line="158"/>
        <source>Choose your profile and press Enter, or make a new one.</source>
        <translation>选择你的学生档案并按 Enter，或新建一个。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/profile_dialog.py" line="159"/>
        <source>&amp;Continue</source>
        <translation>继续(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/profile_dialog.py" line="160"/>
        <source>Continue with the chosen profile</source>
        <translation>使用所选的学生档案继续</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/profile_dialog.py" line="168"/>
        <source>Welcome to CloseRead</source>
        <translation>欢迎使用 CloseRead</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/profile_dialog.py" line="171"/>
        <source>Type your name to start. Your teacher may also ask for your class and student ID. Your work is saved on this computer under this profile.</source>
        <translation>输入你的姓名即可开始。教师可能还会要求你填写班级和学生 ID。你的作业会保存在这台电脑上的这个学生档案里。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/profile_dialog.py" line="176"/>
        <source>&amp;Start Reading</source>
        <translation>开始阅读(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/profile_dialog.py" line="177"/>
        <source>Create the profile and start reading</source>
        <translation>创建学生档案并开始阅读</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <location filename="../../src/closeread/ui/library/progress_view.py" line="71"/>
        <source>CloseRead — My Progress</source>
        <translation>CloseRead — 我的进度</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/library/progress_view.py" line="72"/>
        <source>My progress</source>
        <translation>我的进度</translation>
    </message>
    <message>
        <source>{percent}% of the pack&apos;s points · {earned} of {possible} points</source>
        <translation type="vanished">课程包总分的 {percent}% · {earned}/{possible} 分</translation>
    </message>
    <message>
        <source>{done} of {total} exercises done. An exercise not tried yet counts 0 points, as it does for your teacher.</source>
        <translation type="vanished">已完成 {done}/{total} 个练习。还没做的练习计 0 分，教师那边也是这样计算的。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/library/progress_view.py" line="120"/>
        <source>Lessons and exercises</source>
        <translation>课和练习</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/library/progress_view.py" line="121"/>
        <source>Press Enter on an exercise to go to it.</source>
        <translation>在练习上按 Enter 即可转到该练习。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/library/progress_view.py" line="125"/>
        <source>Lesson or exercise</source>
        <translation>课或练习</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/library/progress_view.py" line="126"/>
        <source>Points</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/library/progress_view.py" line="127"/>
        <source>Attempts used</source>
        <translation>已用尝试</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/library/progress_view.py" line="128"/>
        <source>What is left</source>
        <translation>完成情况</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/library/progress_view.py" line="158"/>
        <source>{earned} of {possible} · {percent}%</source>
        <translation>{earned}/{possible} · {percent}%</translation>
    </message>
    <message>
        <source>{earned} of {possible} points, {percent} percent</source>
        <translation type="vanished">{possible} 分中得 {earned} 分，百分之 {percent}</translation>
    </message>
    <message>
        <source>{n} to do</source>
        <translation type="vanished">{n} 个待做</translation>
    </message>
    <message>
        <source>1 to try again</source>
        <translation type="vanished">1 个可再试</translation>
    </message>
    <message>
        <source>{n} to try again</source>
        <translation type="vanished">{n} 个可再试</translation>
    </message>
    <message>
        <source>{n} waiting</source>
        <translation type="vanished">{n} 个待评分</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/library/progress_view.py" line="89"/>
        <source>{percent}% of the pack&apos;s points · {earned} of {possible} point(s)</source>
        <translation>
            <numerusform>课程包总分的 {percent}% · {earned}/{possible} 分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/library/progress_view.py" line="110"/>
        <source>{done} of %n exercise(s) done. An exercise not tried yet counts 0 points, as it does for your teacher.</source>
        <translation>
            <numerusform>已完成 {done}/%n 个练习。还没做的练习计 0 分，教师那边也是这样计算的。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/library/progress_view.py" line="175"/>
        <source>{earned} of {possible} point(s), {percent} percent</source>
        <translation>
            <numerusform>{possible} 分中得 {earned} 分，百分之 {percent}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/library/progress_view.py" line="192"/>
        <source>%n to do</source>
        <translation>
            <numerusform>%n 个待做</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/library/progress_view.py" line="195"/>
        <source>%n to try again</source>
        <translation>
            <numerusform>%n 个可再试</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/library/progress_view.py" line="197"/>
        <source>%n waiting</source>
        <translation>
            <numerusform>%n 个待评分</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/library/progress_view.py" line="198"/>
        <source>All done</source>
        <translation>全部完成</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/library/progress_view.py" line="204"/>
        <source>{symbol} {earned} of {possible}</source>
        <translation>{symbol} {earned}/{possible}</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/library/progress_view.py" line="209"/>
        <source>— of {possible}</source>
        <translation>—/{possible}</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/library/progress_view.py" line="211"/>
        <source>{used} of {allowed}</source>
        <translation>{used}/{allowed}</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/library/progress_view.py" line="223"/>
        <source>✉ Waiting for your teacher</source>
        <translation>✉ 等待教师评分</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/library/progress_view.py" line="225"/>
        <source>Draft saved, not checked</source>
        <translation>草稿已保存，未检查</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/library/progress_view.py" line="225"/>
        <source>Not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/library/progress_view.py" line="229"/>
        <source>Can try again</source>
        <translation>可以再试</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/library/progress_view.py" line="230"/>
        <source>%n attempt(s) left</source>
        <translation>
            <numerusform>还剩 %n 次尝试</numerusform>
        </translation>
    </message>
    <message>
        <source>1 attempt left</source>
        <translation type="vanished">还剩 1 次尝试</translation>
    </message>
    <message>
        <source>{n} attempts left</source>
        <translation type="vanished">还剩 {n} 次尝试</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/library/progress_view.py" line="232"/>
        <source>✓ Done</source>
        <translation>✓ 已完成</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/library/progress_view.py" line="233"/>
        <source>Done · no attempts left</source>
        <translation>已完成 · 尝试次数已用完</translation>
    </message>
</context>
<context>
    <name>ReadingAids</name>
    <message>
        <location filename="../../src/closeread/ui/shell/reading_aids.py" line="183"/>
        <source>The cursor is not on a word of the glossary.</source>
        <translation>光标不在词汇表中的词上。</translation>
    </message>
</context>
<context>
    <name>RescoreDialog</name>
    <message>
        <location filename="../../src/closeread/ui/teacher/rescore_dialog.py" line="90"/>
        <source>CloseRead — Re-score</source>
        <translation>CloseRead — 重新评分</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/rescore_dialog.py" line="91"/>
        <source>Re-score</source>
        <translation>重新评分</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/rescore_dialog.py" line="96"/>
        <source>Re-score “{title}”</source>
        <translation>重新评分“{title}”</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/rescore_dialog.py" line="100"/>
        <source>Every saved answer to this pack is scored again with the key of the version you choose. Scores that change are saved as new scores; the old ones stay in the history. Scores you gave yourself stay and still count. A pack folder you open is installed only when you save, and then students see that version.</source>
        <translation>此课程包中保存的每个答案都会按你所选版本的参考答案重新评分。变化的得分会保存为新得分，旧得分保留在历史记录中。你亲自给的得分保持不变，仍然有效。你打开的课程包文件夹只有在保存时才会安装，之后学生看到的就是那个版本。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/rescore_dialog.py" line="110"/>
        <source>Score &amp;with:</source>
        <translation>评分依据(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/rescore_dialog.py" line="113"/>
        <source>Version whose key scores the answers</source>
        <translation>用其参考答案为答案评分的版本</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/rescore_dialog.py" line="115"/>
        <source>Open Pack &amp;Folder…</source>
        <translation>打开课程包文件夹(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/rescore_dialog.py" line="118"/>
        <source>Choose a pack folder to score with; it is installed only when you save</source>
        <translation>选择用于评分的课程包文件夹；只有保存时才会安装它</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/rescore_dialog.py" line="133"/>
        <source>What changes</source>
        <translation>变化内容</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/rescore_dialog.py" line="136"/>
        <source>Student</source>
        <translation>学生</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/rescore_dialog.py" line="137"/>
        <source>Lesson and exercise</source>
        <translation>课与练习</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/rescore_dialog.py" line="138"/>
        <source>Attempt</source>
        <translation>尝试次序</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/rescore_dialog.py" line="139"/>
        <source>Score: before → after</source>
        <translation>得分：之前 → 之后</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/rescore_dialog.py" line="140"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/rescore_dialog.py" line="158"/>
        <location filename="../../src/closeread/ui/teacher/rescore_dialog.py" line="221"/>
        <source>&amp;Save New Scores</source>
        <translation>保存新得分(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/rescore_dialog.py" line="184"/>
        <source>from {folder}, installed when you save</source>
        <translation>来自 {folder}，保存时安装</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/rescore_dialog.py" line="186"/>
        <source>installed</source>
        <translation>已安装</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/rescore_dialog.py" line="188"/>
        <source>bundled with CloseRead</source>
        <translation>CloseRead 自带</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/rescore_dialog.py" line="189"/>
        <source>Version {version} · {where} · content {hash}</source>
        <translation>版本 {version} · {where} · 内容 {hash}</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/rescore_dialog.py" line="193"/>
        <source> (newest)</source>
        <translation>（最新）</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/rescore_dialog.py" line="216"/>
        <source>No copy of this pack with its key is installed here.</source>
        <translation>这里没有安装带参考答案的此课程包副本。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/rescore_dialog.py" line="218"/>
        <source>Working out what changes…</source>
        <translation>正在计算有哪些变化…</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/rescore_dialog.py" line="221"/>
        <source>Install and &amp;Save New Scores</source>
        <translation>安装并保存新得分(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/rescore_dialog.py" line="249"/>
        <source>your {score} still counts</source>
        <translation>你给的 {score} 仍然有效</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/teacher/rescore_dialog.py" line="264"/>
        <source>{n} of %n answer(s) change with version {version}.</source>
        <translation>
            <numerusform>按版本 {version}，%n 个答案中有 {n} 个的得分会改变。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/teacher/rescore_dialog.py" line="270"/>
        <source>%n left as they were: their exercise changed under them.</source>
        <translation>
            <numerusform>%n 个保持原样：它们所属的练习已被修改。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/teacher/rescore_dialog.py" line="278"/>
        <source>%n answer(s) were made with a copy that is no longer installed; they are scored as if its text and options were the same.</source>
        <translation>
            <numerusform>%n 个答案来自已不再安装的副本；评分时按其文本和选项未变处理。</numerusform>
        </translation>
    </message>
    <message>
        <source>{n} of {total} answers change with version {version}.</source>
        <translation type="vanished">按版本 {version}，{total} 个答案中有 {n} 个的得分会改变。</translation>
    </message>
    <message>
        <source>{n} are left as they were: their exercise changed under them.</source>
        <translation type="vanished">{n} 个保持原样：它们所属的练习已被修改。</translation>
    </message>
    <message>
        <source>{n} were made with a copy that is no longer installed; they are scored as if its text and options were the same.</source>
        <translation type="vanished">{n} 个答案来自已不再安装的副本；评分时按其文本和选项未变处理。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/rescore_dialog.py" line="285"/>
        <source>Saving installs the new version: students will see it.</source>
        <translation>保存时会安装新版本：学生将会看到它。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/rescore_dialog.py" line="287"/>
        <source>Nothing to save.</source>
        <translation>没有需要保存的内容。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/rescore_dialog.py" line="292"/>
        <source>Re-scoring failed: {error}</source>
        <translation>重新评分失败：{error}</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/rescore_dialog.py" line="305"/>
        <location filename="../../src/closeread/ui/teacher/rescore_dialog.py" line="365"/>
        <source>The pack was not installed</source>
        <translation>课程包未安装</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/rescore_dialog.py" line="317"/>
        <source>CloseRead — Open the Fixed Pack&apos;s Folder</source>
        <translation>CloseRead — 打开修正后课程包的文件夹</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/rescore_dialog.py" line="328"/>
        <source>Checking the pack…</source>
        <translation>正在检查课程包…</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/rescore_dialog.py" line="335"/>
        <source>That folder holds the pack “{other}”, not “{this}”.</source>
        <translation>该文件夹中是课程包“{other}”，而不是“{this}”。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/rescore_dialog.py" line="347"/>
        <source>The pack cannot be used to re-score</source>
        <translation>此课程包不能用于重新评分</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/rescore_dialog.py" line="362"/>
        <source>The pack has problems</source>
        <translation>课程包有问题</translation>
    </message>
</context>
<context>
    <name>ResultView</name>
    <message>
        <location filename="../../src/closeread/ui/exercises/result.py" line="73"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/result.py" line="105"/>
        <source>Feedback</source>
        <translation>反馈</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/result.py" line="110"/>
        <location filename="../../src/closeread/ui/exercises/result.py" line="119"/>
        <source>About this exercise</source>
        <translation>关于这个练习</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/result.py" line="111"/>
        <source>About this exercise: the explanation</source>
        <translation>关于这个练习：解析</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/exercises/result.py" line="159"/>
        <source>of {possible} point(s)</source>
        <translation>
            <numerusform>/ {possible} 分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/exercises/result.py" line="226"/>
        <source>{found} of %n found</source>
        <translation>
            <numerusform>找到 {found}/%n 处</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/exercises/result.py" line="229"/>
        <source>%n nearly right</source>
        <translation>
            <numerusform>%n 处接近正确</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/exercises/result.py" line="230"/>
        <source>%n wrong label(s)</source>
        <translation>
            <numerusform>%n 处标签错误</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/exercises/result.py" line="231"/>
        <source>%n extra</source>
        <translation>
            <numerusform>%n 处多余</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/exercises/result.py" line="232"/>
        <source>%n missed</source>
        <translation>
            <numerusform>%n 处遗漏</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/exercises/result.py" line="234"/>
        <source>%n still to find</source>
        <translation>
            <numerusform>还有 %n 处待找</numerusform>
        </translation>
    </message>
    <message>
        <source>of 1 point</source>
        <translation type="vanished">/ 1 分</translation>
    </message>
    <message>
        <source>of {possible} points</source>
        <translation type="vanished">/ {possible} 分</translation>
    </message>
    <message>
        <source>{found} of {total} found</source>
        <translation type="vanished">找到 {found}/{total} 处</translation>
    </message>
    <message>
        <source>1 nearly right</source>
        <translation type="vanished">1 处接近正确</translation>
    </message>
    <message>
        <source>{n} nearly right</source>
        <translation type="vanished">{n} 处接近正确</translation>
    </message>
    <message>
        <source>1 wrong label</source>
        <translation type="vanished">1 处标签错误</translation>
    </message>
    <message>
        <source>{n} wrong labels</source>
        <translation type="vanished">{n} 处标签错误</translation>
    </message>
    <message>
        <source>1 extra</source>
        <translation type="vanished">1 处多余</translation>
    </message>
    <message>
        <source>{n} extra</source>
        <translation type="vanished">{n} 处多余</translation>
    </message>
    <message>
        <source>1 missed</source>
        <translation type="vanished">1 处遗漏</translation>
    </message>
    <message>
        <source>{n} missed</source>
        <translation type="vanished">{n} 处遗漏</translation>
    </message>
    <message>
        <source>1 still to find</source>
        <translation type="vanished">还有 1 处待找</translation>
    </message>
    <message>
        <source>{n} still to find</source>
        <translation type="vanished">还有 {n} 处待找</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <location filename="../../src/closeread/ui/teacher/review.py" line="74"/>
        <source>Show &amp;decided answers too</source>
        <translation>同时显示已定分的答案(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/review.py" line="80"/>
        <source>Hand-ins to check</source>
        <translation>需核查的提交</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/review.py" line="87"/>
        <source>Answers to review</source>
        <translation>待批阅的答案</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/review.py" line="103"/>
        <source>The answer under review</source>
        <translation>正在批阅的答案</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/review.py" line="114"/>
        <source>Question</source>
        <translation>题目</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/review.py" line="116"/>
        <location filename="../../src/closeread/ui/teacher/review.py" line="124"/>
        <source>The student&apos;s answer</source>
        <translation>学生的答案</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/review.py" line="130"/>
        <source>Rubric and model answer</source>
        <translation>评分标准和示范答案</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/review.py" line="192"/>
        <source>No answers wait for your review.</source>
        <translation>没有等待你批阅的答案。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/teacher/review.py" line="194"/>
        <source>%n answers wait for your review.</source>
        <translation>
            <numerusform>有 %n 个答案等待你批阅。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/teacher/review.py" line="209"/>
        <source>{name}: %n attempt(s) kept</source>
        <translation>
            <numerusform>{name}：保留了 %n 次尝试</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/teacher/review.py" line="213"/>
        <source>, %n refused over the limit</source>
        <translation>
            <numerusform>，%n 次因超出上限被拒收</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/teacher/review.py" line="294"/>
        <source>Provisional: the rubric found {points} of {n} point(s).</source>
        <translation>
            <numerusform>暂定：评分标准给出 {points}/{n} 分。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/review.py" line="311"/>
        <source>no answer</source>
        <translation>未作答</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/review.py" line="338"/>
        <source>Rubric</source>
        <translation>评分标准</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/review.py" line="342"/>
        <source>Model answer</source>
        <translation>示范答案</translation>
    </message>
    <message>
        <source>{n} answers wait for your review.</source>
        <translation type="vanished">有 {n} 个答案等待你审阅。</translation>
    </message>
    <message>
        <source>1 answer waits for your review.</source>
        <translation type="vanished">有 1 个答案等待你审阅。</translation>
    </message>
    <message>
        <source>{name}: {n} attempts kept</source>
        <translation type="vanished">{name}：保留了 {n} 次尝试</translation>
    </message>
    <message>
        <source>, {n} refused over the limit</source>
        <translation type="vanished">，{n} 次因超出上限被拒收</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/review.py" line="215"/>
        <source> (handed in as {who})</source>
        <translation>（以 {who} 的名义提交）</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/review.py" line="225"/>
        <source>attempt {n}</source>
        <translation>第 {n} 次尝试</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/review.py" line="230"/>
        <source>scored {points} of {n}</source>
        <translation>得分 {points}/{n}</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/review.py" line="255"/>
        <source>Nothing to review</source>
        <translation>没有需要批阅的内容</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/review.py" line="268"/>
        <source>{name}{who} · lesson “{lesson}” · attempt {n}</source>
        <translation>{name}{who} · “{lesson}”一课 · 第 {n} 次尝试</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/review.py" line="284"/>
        <source>To score</source>
        <translation>待评分</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/review.py" line="284"/>
        <source>Only you score it.</source>
        <translation>只能由你评分。</translation>
    </message>
    <message>
        <source>Provisional: the rubric found {points} of {n} points.</source>
        <translation type="vanished">暂定：评分标准给出 {points}/{n} 分。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/review.py" line="328"/>
        <source>{name}: found “{term}”</source>
        <translation>{name}：找到了“{term}”</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/review.py" line="332"/>
        <source>{name}: “{term}” found, but denied</source>
        <translation>{name}：找到了“{term}”，但被否定了</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/review.py" line="337"/>
        <source>{name}: not found</source>
        <translation>{name}：未找到</translation>
    </message>
</context>
<context>
    <name>ScoreChart</name>
    <message>
        <location filename="../../src/closeread/ui/teacher/score_chart.py" line="62"/>
        <source>Score distribution for &amp;lesson:</source>
        <translation>查看得分分布的课(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/score_chart.py" line="65"/>
        <source>Lesson shown in the chart</source>
        <translation>图表中显示的课</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/score_chart.py" line="72"/>
        <location filename="../../src/closeread/ui/teacher/score_chart.py" line="87"/>
        <source>Students</source>
        <translation>人数</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/score_chart.py" line="84"/>
        <source>Score (%), one bar per 10 points</source>
        <translation>得分（%），每 10 分一根柱</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/score_chart.py" line="117"/>
        <source>All lessons (total)</source>
        <translation>所有课（总分）</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/score_chart.py" line="173"/>
        <source>No students to show.</source>
        <translation>没有可显示的学生。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/teacher/score_chart.py" line="175"/>
        <source>None of the %n student(s) shown has started this yet.</source>
        <translation>
            <numerusform>显示的 %n 名学生都还没有开始。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/teacher/score_chart.py" line="178"/>
        <source>{started} of %n student(s) started · mean {mean}% · median {median}%</source>
        <translation>
            <numerusform>%n 名学生中 {started} 名已开始 · 平均 {mean}% · 中位数 {median}%</numerusform>
        </translation>
    </message>
    <message>
        <source>None of the {n} students shown has started this yet.</source>
        <translation type="vanished">显示的 {n} 名学生都还没有开始。</translation>
    </message>
    <message>
        <source>{started} of {n} students started · mean {mean}% · median {median}%</source>
        <translation type="vanished">{n} 名学生中 {started} 名已开始 · 平均 {mean}% · 中位数 {median}%</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/score_chart.py" line="190"/>
        <source>Score distribution chart</source>
        <translation>得分分布图</translation>
    </message>
</context>
<context>
    <name>ScorePane</name>
    <message>
        <location filename="../../src/closeread/ui/teacher/score_pane.py" line="48"/>
        <location filename="../../src/closeread/ui/teacher/score_pane.py" line="85"/>
        <source>Scores given by hand</source>
        <translation>人工改分记录</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/score_pane.py" line="92"/>
        <source>withdrawn: the rules&apos; score counts again</source>
        <translation>已撤回：重新按规则计分</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/teacher/score_pane.py" line="94"/>
        <source>{points} of {n} point(s)</source>
        <translation>
            <numerusform>{points}/{n} 分</numerusform>
        </translation>
    </message>
    <message>
        <source>{points} of {n} points</source>
        <translation type="vanished">{points}/{n} 分</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/score_pane.py" line="98"/>
        <source>levels {levels}</source>
        <translation>等级 {levels}</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/score_pane.py" line="105"/>
        <source>not made by the teacher: ignored</source>
        <translation>并非教师所改：已忽略</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <location filename="../../src/closeread/ui/teacher/lrs_dialog.py" line="49"/>
        <source>CloseRead — Send to a Learning Record Store</source>
        <translation>CloseRead — 发送到学习记录库（LRS）</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/lrs_dialog.py" line="59"/>
        <source>Remember the password in the system keyring</source>
        <translation>在系统密钥环中记住密码</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/lrs_dialog.py" line="64"/>
        <source>There is no system keyring here: you are asked each time.</source>
        <translation>这里没有系统密钥环：每次都会询问你密码。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/lrs_dialog.py" line="71"/>
        <source>LRS &amp;address:</source>
        <translation>LRS 地址(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/lrs_dialog.py" line="72"/>
        <source>&amp;User:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/lrs_dialog.py" line="73"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/lrs_dialog.py" line="75"/>
        <source>School&apos;s &amp;base IRI:</source>
        <translation>学校的基础 IRI(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/lrs_dialog.py" line="76"/>
        <source>Student accounts&apos; &amp;home page:</source>
        <translation>学生账号的主页(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/lrs_dialog.py" line="90"/>
        <source>What was sent</source>
        <translation>已发送的内容</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/lrs_dialog.py" line="94"/>
        <source>&amp;Send</source>
        <translation>发送(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/lrs_dialog.py" line="97"/>
        <source>S&amp;top</source>
        <translation>停止(&amp;T)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/teacher/lrs_dialog.py" line="116"/>
        <source>%n statement(s) to send; {sent} sent, {refused} refused.</source>
        <translation>
            <numerusform>待发送 %n 条语句；已发送 {sent} 条，被拒 {refused} 条。</numerusform>
        </translation>
    </message>
    <message>
        <source>{pending} statements to send; {sent} sent, {refused} refused.</source>
        <translation type="vanished">待发送 {pending} 条语句；已发送 {sent} 条，被拒 {refused} 条。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/lrs_dialog.py" line="120"/>
        <source>No statements are made yet: give the school&apos;s base IRI and the home page of its student accounts, and work saved from then on is queued.</source>
        <translation>尚未生成任何语句：请填写学校的基础 IRI 和学生账号的主页，此后保存的作业都会排队等待发送。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/lrs_dialog.py" line="136"/>
        <source>Give the user and the password the LRS knows you by.</source>
        <translation>请填写你在 LRS 上的用户名和密码。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/lrs_dialog.py" line="190"/>
        <source>The password is kept in the system keyring.</source>
        <translation>密码保存在系统密钥环中。</translation>
    </message>
</context>
<context>
    <name>ShortWidget</name>
    <message>
        <location filename="../../src/closeread/ui/exercises/short.py" line="40"/>
        <source>Write your answer here, in your own words.</source>
        <translation>在这里用你自己的话写下答案。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/short.py" line="41"/>
        <source>Your answer</source>
        <translation>你的答案</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/exercises/short.py" line="59"/>
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n 个词</numerusform>
        </translation>
    </message>
    <message>
        <source>1 word</source>
        <translation type="vanished">1 个词</translation>
    </message>
    <message>
        <source>{n} words</source>
        <translation type="vanished">{n} 个词</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/short.py" line="61"/>
        <source>{used} of {limit} characters</source>
        <translation>{used}/{limit} 个字符</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/short.py" line="76"/>
        <source>The rubric only looks for key words, so its points are provisional: your teacher will read your answer and confirm or change them.</source>
        <translation>评分标准只查找关键词，所以它给的分数是暂定的：教师会阅读你的答案，确认或修改分数。</translation>
    </message>
</context>
<context>
    <name>StorageErrors</name>
    <message>
        <location filename="../../src/closeread/core/store/backups.py" line="162"/>
        <source>There is no backup {path}.</source>
        <translation>备份 {path} 不存在。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/core/store/backups.py" line="165"/>
        <source>The backup {name} is damaged too. Choose an older backup.</source>
        <translation>备份 {name} 也已损坏。请选择更早的备份。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/core/store/errors.py" line="93"/>
        <source>CloseRead could not use its database {path}: {error}</source>
        <translation>CloseRead 无法使用它的数据库 {path}：{error}</translation>
    </message>
    <message>
        <location filename="../../src/closeread/core/store/errors.py" line="105"/>
        <source>CloseRead could not write to {folder}. The disk may be full, removed or failing. Your last action was not saved; everything saved before is kept.</source>
        <translation>CloseRead 无法写入 {folder}。磁盘可能已满、已被移除或出现故障。你的最后一步操作没有保存；之前保存的内容都还在。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/core/store/errors.py" line="114"/>
        <source>The progress database {path} is busy: another program is using it. Close other copies of CloseRead and try again.</source>
        <translation>进度数据库 {path} 正忙：另一个程序正在使用它。请关闭其他正在运行的 CloseRead，然后重试。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/core/store/errors.py" line="121"/>
        <source>CloseRead cannot open its database {path}. Check that the folder {folder} exists and that you may write to it.</source>
        <translation>CloseRead 无法打开它的数据库 {path}。请检查文件夹 {folder} 是否存在，以及你是否有权写入。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/core/store/errors.py" line="127"/>
        <source>CloseRead&apos;s database {path} reported a problem: {error}.</source>
        <translation>CloseRead 的数据库 {path} 报告了一个问题：{error}。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/core/store/errors.py" line="138"/>
        <source>CloseRead could not use {path}: {error}. Everything saved before is kept.</source>
        <translation>CloseRead 无法使用 {path}：{error}。之前保存的内容都还在。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/core/store/errors.py" line="145"/>
        <source>The disk holding {folder} is full. Your last action was not saved; everything saved before is kept. Free some space and try again.</source>
        <translation>{folder} 所在的磁盘已满。你的最后一步操作没有保存；之前保存的内容都还在。请腾出一些空间，然后重试。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/core/store/errors.py" line="154"/>
        <source>CloseRead cannot write to {folder}: the folder, the file or the disk is read-only. Nothing can be saved there. Choose another data folder with --data-dir, or ask for permission to write to this one. Everything saved before is kept.</source>
        <translation>CloseRead 无法写入 {folder}：该文件夹、文件或磁盘是只读的，无法在那里保存任何内容。请用 --data-dir 选择另一个数据文件夹，或申请这个文件夹的写入权限。之前保存的内容都还在。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/core/store/errors.py" line="164"/>
        <source>CloseRead&apos;s progress database {path} is damaged or is not a CloseRead database. It has been left as it is. You can restore the newest backup.</source>
        <translation>CloseRead 的进度数据库 {path} 已损坏，或者不是 CloseRead 数据库。它已原样保留。你可以恢复最新的备份。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/core/store/folder_lock.py" line="85"/>
        <source>CloseRead is already open on the data folder {folder}{by}, in another window or by another user. Close that CloseRead first, then try again. Nothing has been changed.</source>
        <translation>CloseRead 已经在数据文件夹 {folder}{by} 上打开（在另一个窗口中，或由另一个用户打开）。请先关闭那个 CloseRead，然后重试。没有做任何更改。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/core/store/store.py" line="318"/>
        <source>The progress database {path} was saved by a newer version of CloseRead (schema {version}; this CloseRead knows schema {known} and older). Update CloseRead to open it. The file has not been changed.</source>
        <translation>进度数据库 {path} 由更新版本的 CloseRead 保存（数据格式版本 {version}；当前的 CloseRead 只支持版本 {known} 及更早的版本）。请更新 CloseRead 后再打开它。该文件没有被更改。</translation>
    </message>
</context>
<context>
    <name>TalkAboutIt</name>
    <message>
        <location filename="../../src/closeread/ui/exercises/lesson_aids.py" line="136"/>
        <location filename="../../src/closeread/ui/exercises/lesson_aids.py" line="142"/>
        <source>Talk about it</source>
        <translation>讨论一下</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/lesson_aids.py" line="137"/>
        <source>To discuss with your class; not scored.</source>
        <translation>供全班讨论，不计分。</translation>
    </message>
</context>
<context>
    <name>TryDialog</name>
    <message>
        <location filename="../../src/closeread/ui/editor/trying.py" line="58"/>
        <source>CloseRead — Trying “{title}” as a student</source>
        <translation>CloseRead — 以学生身份试做“{title}”</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/trying.py" line="60"/>
        <source>Trying an exercise as a student</source>
        <translation>以学生身份试做练习</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/trying.py" line="63"/>
        <source>Teacher, trying</source>
        <translation>教师（试做）</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/trying.py" line="68"/>
        <source>This is the exercise as students see it, from the pack as last saved. Answers given here are not kept: they go when this window closes.</source>
        <translation>这是学生看到的练习，来自上次保存的课程包。在这里作答不会保留：关闭此窗口后答案就没了。</translation>
    </message>
</context>
<context>
    <name>Verdicts</name>
    <message>
        <location filename="../../src/closeread/core/grading/verdicts.py" line="37"/>
        <location filename="../../src/closeread/core/grading/verdicts.py" line="55"/>
        <source>Right</source>
        <translation>正确</translation>
    </message>
    <message>
        <location filename="../../src/closeread/core/grading/verdicts.py" line="38"/>
        <source>Partly right</source>
        <translation>部分正确</translation>
    </message>
    <message>
        <location filename="../../src/closeread/core/grading/verdicts.py" line="40"/>
        <source>Not yet right</source>
        <translation>还没答对</translation>
    </message>
    <message>
        <location filename="../../src/closeread/core/grading/verdicts.py" line="42"/>
        <source>Not right</source>
        <translation>不正确</translation>
    </message>
    <message>
        <location filename="../../src/closeread/core/grading/verdicts.py" line="43"/>
        <source>No answer</source>
        <translation>未作答</translation>
    </message>
    <message>
        <location filename="../../src/closeread/core/grading/verdicts.py" line="44"/>
        <source>Provisional</source>
        <translation>暂定</translation>
    </message>
    <message>
        <location filename="../../src/closeread/core/grading/verdicts.py" line="45"/>
        <source>Handed in</source>
        <translation>已提交</translation>
    </message>
    <message>
        <location filename="../../src/closeread/core/grading/verdicts.py" line="47"/>
        <source>Not matched</source>
        <translation>未配对</translation>
    </message>
    <message>
        <location filename="../../src/closeread/core/grading/verdicts.py" line="50"/>
        <source>You needed this one</source>
        <translation>这项也要选</translation>
    </message>
    <message>
        <location filename="../../src/closeread/core/grading/verdicts.py" line="56"/>
        <source>Nearly</source>
        <translation>接近正确</translation>
    </message>
    <message>
        <location filename="../../src/closeread/core/grading/verdicts.py" line="57"/>
        <source>Wrong label</source>
        <translation>标签错误</translation>
    </message>
    <message>
        <location filename="../../src/closeread/core/grading/verdicts.py" line="58"/>
        <source>Not in the key</source>
        <translation>不在参考答案中</translation>
    </message>
    <message>
        <location filename="../../src/closeread/core/grading/verdicts.py" line="59"/>
        <source>Missed</source>
        <translation>遗漏</translation>
    </message>
</context>
<context>
    <name>WindowCommands</name>
    <message>
        <location filename="../../src/closeread/ui/shell/window_commands.py" line="176"/>
        <source>Reading as {name}</source>
        <translation>当前读者：{name}</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/window_commands.py" line="263"/>
        <source>About CloseRead</source>
        <translation>关于 CloseRead</translation>
    </message>
</context>
<context>
    <name>WordRange</name>
    <message>
        <location filename="../../src/closeread/ui/editor/compound.py" line="39"/>
        <source>At least this many words (0: no word guide)</source>
        <translation>至少这么多个词（0：不提示字数）</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/compound.py" line="40"/>
        <source>At most this many words</source>
        <translation>最多这么多个词</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/compound.py" line="41"/>
        <source>from</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/compound.py" line="43"/>
        <source>to</source>
        <translation>到</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/compound.py" line="45"/>
        <source>words</source>
        <translation>个词</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/compound.py" line="52"/>
        <source>none</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>WordsToKnow</name>
    <message>
        <location filename="../../src/closeread/ui/exercises/lesson_aids.py" line="77"/>
        <location filename="../../src/closeread/ui/exercises/lesson_aids.py" line="80"/>
        <source>Words to know</source>
        <translation>重点词汇</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/lesson_aids.py" line="82"/>
        <source>Press Enter to see where the article first uses the word.</source>
        <translation>按 Enter 查看文章中首次使用该词的位置。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/lesson_aids.py" line="93"/>
        <source>Definition</source>
        <translation>释义</translation>
    </message>
</context>
<context>
    <name>WritingScoreForm</name>
    <message>
        <location filename="../../src/closeread/ui/teacher/writing_score.py" line="155"/>
        <location filename="../../src/closeread/ui/teacher/writing_score.py" line="157"/>
        <source>Teacher&apos;s score, criterion by criterion</source>
        <translation>教师逐项评分</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/writing_score.py" line="176"/>
        <source>&amp;Comment to the student:</source>
        <translation>给学生的评语(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/writing_score.py" line="182"/>
        <source>What they did well and what to work on next (Ctrl+Enter saves).</source>
        <translation>做得好的地方和接下来要改进的地方（Ctrl+Enter 保存）。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/writing_score.py" line="184"/>
        <source>Comment to the student</source>
        <translation>给学生的评语</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/writing_score.py" line="193"/>
        <source>&amp;Save Score</source>
        <translation>保存得分(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/writing_score.py" line="195"/>
        <source>Save the teacher&apos;s score</source>
        <translation>保存教师评分</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/writing_score.py" line="197"/>
        <source>&amp;Withdraw My Score</source>
        <translation>撤回我的评分(&amp;W)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/teacher/writing_score.py" line="229"/>
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n 个词</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/teacher/writing_score.py" line="295"/>
        <source>Score: {points} of {n} point(s)</source>
        <translation>
            <numerusform>得分：{points}/{n} 分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/teacher/writing_score.py" line="307"/>
        <source>Your score counts: {points} of {n} point(s).</source>
        <translation>
            <numerusform>以你的评分为准：{points}/{n} 分。</numerusform>
        </translation>
    </message>
    <message>
        <source>{n} words</source>
        <translation type="vanished">{n} 个词</translation>
    </message>
    <message>
        <source>1 word</source>
        <translation type="vanished">1 个词</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/writing_score.py" line="231"/>
        <source>the task asks for {least}–{most}</source>
        <translation>任务要求 {least}–{most} 个词</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/writing_score.py" line="237"/>
        <source>(too short)</source>
        <translation>（太短）</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/writing_score.py" line="237"/>
        <source>(too long)</source>
        <translation>（太长）</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/writing_score.py" line="289"/>
        <source>Score: give every criterion a level ({done} of {n} done).</source>
        <translation>得分：请给每个评分项评定等级（已完成 {done}/{n}）。</translation>
    </message>
    <message>
        <source>Score: {points} of {n} points</source>
        <translation type="vanished">得分：{points}/{n} 分</translation>
    </message>
    <message>
        <source>Your score counts: {points} of {n} points.</source>
        <translation type="vanished">以你的评分为准：{points}/{n} 分。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/writing_score.py" line="309"/>
        <source>It was given without levels.</source>
        <translation>该评分没有给出等级。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/writing_score.py" line="312"/>
        <source>Not scored yet: the student waits for your levels.</source>
        <translation>尚未评分：学生在等你评定等级。</translation>
    </message>
</context>
<context>
    <name>WritingWidget</name>
    <message>
        <location filename="../../src/closeread/ui/exercises/writing.py" line="49"/>
        <source>How your teacher will score it</source>
        <translation>教师将如何评分</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/writing.py" line="50"/>
        <location filename="../../src/closeread/ui/exercises/writing.py" line="91"/>
        <source>Show every &amp;level</source>
        <translation>显示所有等级(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/writing.py" line="63"/>
        <source>Write your response here.</source>
        <translation>在这里写下你的回答。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/writing.py" line="64"/>
        <source>Your response</source>
        <translation>你的回答</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/writing.py" line="78"/>
        <source>Exemplars: answers at known levels</source>
        <translation>范文：已知等级的答案</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/writing.py" line="82"/>
        <source>Exemplars</source>
        <translation>范文</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/writing.py" line="91"/>
        <source>Hide the &amp;levels</source>
        <translation>隐藏等级(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/writing.py" line="99"/>
        <source>Level {n}: {text}</source>
        <translation>等级 {n}：{text}</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/writing.py" line="104"/>
        <source>level {n}: {text}</source>
        <translation>等级 {n}：{text}</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/writing.py" line="107"/>
        <source>The rubric</source>
        <translation>评分标准</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/exercises/writing.py" line="133"/>
        <source>Your response has %n word(s); the task asks for at least {least}. Hand it in anyway?</source>
        <translation>
            <numerusform>你的回答有 %n 个词；任务要求至少 {least} 个词。仍然要提交吗？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/exercises/writing.py" line="140"/>
        <source>Your response has %n word(s); the task asks for at most {most}. Hand it in anyway?</source>
        <translation>
            <numerusform>你的回答有 %n 个词；任务要求最多 {most} 个词。仍然要提交吗？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/exercises/writing.py" line="156"/>
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n 个词</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/exercises/writing.py" line="162"/>
        <source>(%n to go)</source>
        <translation>
            <numerusform>（还差 %n 个）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/exercises/writing.py" line="164"/>
        <source>(%n too many)</source>
        <translation>
            <numerusform>（多了 %n 个）</numerusform>
        </translation>
    </message>
    <message>
        <source>Your response has {n} words; the task asks for at least {least}. Hand it in anyway?</source>
        <translation type="vanished">你的回答有 {n} 个词；任务要求至少 {least} 个词。仍然要提交吗？</translation>
    </message>
    <message>
        <source>Your response has {n} words; the task asks for at most {most}. Hand it in anyway?</source>
        <translation type="vanished">你的回答有 {n} 个词；任务要求最多 {most} 个词。仍然要提交吗？</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/writing.py" line="147"/>
        <source>Hand in your response?</source>
        <translation>提交你的回答？</translation>
    </message>
    <message>
        <source>1 word</source>
        <translation type="vanished">1 个词</translation>
    </message>
    <message>
        <source>{n} words</source>
        <translation type="vanished">{n} 个词</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/writing.py" line="159"/>
        <source>aim for {least}–{most}</source>
        <translation>目标 {least}–{most} 个词</translation>
    </message>
    <message>
        <source>({n} to go)</source>
        <translation type="vanished">（还差 {n} 个）</translation>
    </message>
    <message>
        <source>({n} too many)</source>
        <translation type="vanished">（多了 {n} 个）</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/writing.py" line="174"/>
        <source>Scored by your teacher</source>
        <translation>已由教师评分</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/writing.py" line="175"/>
        <source>Their levels and comment are below.</source>
        <translation>教师给出的等级和评语见下方。</translation>
    </message>
</context>
<context>
    <name>_LabelChecks</name>
    <message>
        <location filename="../../src/closeread/ui/editor/fields.py" line="335"/>
        <source>Offer the label {label}</source>
        <translation>提供标签“{label}”</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/fields.py" line="337"/>
        <source>Best done after {label}</source>
        <translation>最好在“{label}”之后学习</translation>
    </message>
</context>
<context>
    <name>copyDialog</name>
    <message>
        <location filename="../../src/closeread/ui/editor/copy_dialog.py" line="46"/>
        <source>This pack comes with CloseRead: it is part of the installed program, and is put back as it was whenever CloseRead is updated.</source>
        <translation>此课程包是 CloseRead 自带的：它是已安装程序的一部分，每次更新 CloseRead 时都会恢复原样。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/copy_dialog.py" line="52"/>
        <source>This is the copy CloseRead installed for your students, from a pack file or a folder. Their saved work names it exactly as it is, so it is never changed.</source>
        <translation>这是 CloseRead 从课程包文件或文件夹为学生安装的副本。学生保存的作业精确对应它现在的内容，所以它永远不会被修改。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/copy_dialog.py" line="58"/>
        <source>Its folder cannot be written: {folder}</source>
        <translation>无法写入它的文件夹：{folder}</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/copy_dialog.py" line="61"/>
        <source>Its folder is not there any more: {folder}</source>
        <translation>它的文件夹已不存在：{folder}</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/copy_dialog.py" line="78"/>
        <source>CloseRead — Make an Editable Copy</source>
        <translation>CloseRead — 制作可编辑副本</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/copy_dialog.py" line="83"/>
        <source>Make an editable copy of “{title}”</source>
        <translation>为“{title}”制作可编辑副本</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/copy_dialog.py" line="93"/>
        <source>CloseRead copies the pack into a folder you choose, and the editor opens on the copy. Students keep this pack until you hand the copy out (File ▸ Open Pack Folder on a computer they use).</source>
        <translation>CloseRead 会把课程包复制到你选择的文件夹，并在编辑器中打开副本。在你把副本发给学生之前（在学生使用的电脑上选择“文件 ▸ 打开课程包文件夹”），学生仍使用现在这个课程包。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/copy_dialog.py" line="102"/>
        <source>A new &amp;version of this pack</source>
        <translation>此课程包的新版本(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/copy_dialog.py" line="103"/>
        <source>A new &amp;pack of its own</source>
        <translation>独立的新课程包(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/copy_dialog.py" line="111"/>
        <source>Version of the copy</source>
        <translation>副本的版本</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/copy_dialog.py" line="112"/>
        <source>Versi&amp;on:</source>
        <translation>版本(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/copy_dialog.py" line="113"/>
        <source>The same pack, changed: handed out, it takes this pack&apos;s place in the library and students&apos; saved work carries over to it.</source>
        <translation>同一课程包的修改版：发给学生后，它会在课程库中取代此课程包，学生已保存的作业也会转到新版本。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/copy_dialog.py" line="119"/>
        <source>Id of the new pack</source>
        <translation>新课程包的 ID</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/copy_dialog.py" line="121"/>
        <source>Its permanent name: lower-case letters, digits, - and _.</source>
        <translation>它的永久名称：只能使用小写字母、数字、- 和 _。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/copy_dialog.py" line="123"/>
        <source>Pack &amp;id:</source>
        <translation>课程包 ID(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/copy_dialog.py" line="125"/>
        <source>Title of the new pack</source>
        <translation>新课程包的标题</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/copy_dialog.py" line="126"/>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/copy_dialog.py" line="127"/>
        <source>A separate pack: both stay in the library, and students start it afresh.</source>
        <translation>独立的课程包：两者都保留在课程库中，学生要从头开始做新课程包。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/copy_dialog.py" line="137"/>
        <source>&amp;Make the Copy</source>
        <translation>制作副本(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/copy_dialog.py" line="161"/>
        <location filename="../../src/closeread/ui/editor/copy_dialog.py" line="190"/>
        <source>Not yet:</source>
        <translation>还不行：</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/copy_dialog.py" line="169"/>
        <source>the pack id takes lower-case letters, digits, - and _.</source>
        <translation>课程包 ID 只能使用小写字母、数字、- 和 _。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/copy_dialog.py" line="173"/>
        <source>a new pack needs an id other than this pack&apos;s.</source>
        <translation>新课程包的 ID 必须与此课程包的不同。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/copy_dialog.py" line="175"/>
        <source>the pack needs a title.</source>
        <translation>课程包需要标题。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/copy_dialog.py" line="177"/>
        <source>the copy needs a version.</source>
        <translation>副本需要版本号。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/copy_dialog.py" line="179"/>
        <source>a new version needs a version other than {v}.</source>
        <translation>新版本的版本号不能是 {v}。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/copy_dialog.py" line="183"/>
        <source>choose where to save the copy, and name its folder.</source>
        <translation>请选择副本的保存位置，并为其文件夹命名。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/copy_dialog.py" line="202"/>
        <source>No copy was made.</source>
        <translation>未制作副本。</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <location filename="../../src/closeread/ui/teacher/pin_dialog.py" line="297"/>
        <source>Your PIN is shorter than {n} characters, which a copied database gives away in minutes. Please choose a longer one now (Cancel keeps the old PIN).</source>
        <translation>你的 PIN 不足 {n} 个字符，一旦数据库被复制，几分钟内就会被破解。请现在设置一个更长的 PIN（点“取消”则保留旧 PIN）。</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <location filename="../../src/closeread/ui/shell/dialogs.py" line="25"/>
        <source>Critical-reading exercises, offline. Read an article closely, mark its claims, evidence and analogies, answer questions, and see what you found and what you missed.</source>
        <translation>离线的批判性阅读练习。细读一篇文章，标记其中的主张、证据和类比，回答问题，看看你找到了什么、漏掉了什么。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/dialogs.py" line="32"/>
        <source>Your work is saved on this computer as you go.</source>
        <translation>你的作业会边做边保存在这台电脑上。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/dialogs.py" line="33"/>
        <source>Free software under the MIT licence.</source>
        <translation>基于 MIT 许可证的自由软件。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/dialogs.py" line="41"/>
        <source>CloseRead — Keyboard Shortcuts</source>
        <translation>CloseRead — 键盘快捷键</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/dialogs.py" line="42"/>
        <location filename="../../src/closeread/ui/shell/dialogs.py" line="46"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/dialogs.py" line="48"/>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/dialogs.py" line="48"/>
        <source>What they do</source>
        <translation>作用</translation>
    </message>
</context>
<context>
    <name>editor</name>
    <message>
        <location filename="../../src/closeread/ui/editor/actions.py" line="48"/>
        <source>Menu bar</source>
        <translation>菜单栏</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/actions.py" line="52"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/actions.py" line="55"/>
        <source>Save the pack</source>
        <translation>保存课程包</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/actions.py" line="60"/>
        <source>&amp;Reload from Disk</source>
        <translation>从磁盘重新载入(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/actions.py" line="63"/>
        <source>Read the pack&apos;s files again</source>
        <translation>重新读取课程包的文件</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/actions.py" line="67"/>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/actions.py" line="70"/>
        <source>Close the editor</source>
        <translation>关闭编辑器</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/actions.py" line="72"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/actions.py" line="77"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/actions.py" line="81"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/actions.py" line="85"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/actions.py" line="89"/>
        <source>E&amp;xercise</source>
        <translation>练习(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/actions.py" line="90"/>
        <source>&amp;Add Exercise</source>
        <translation>添加练习(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/actions.py" line="91"/>
        <location filename="../../src/closeread/ui/editor/actions.py" line="105"/>
        <source>Add an exercise</source>
        <translation>添加练习</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/actions.py" line="94"/>
        <source>Add a {kind} exercise</source>
        <translation>添加{kind}练习</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/actions.py" line="102"/>
        <source>&amp;Add Exercise…</source>
        <translation>添加练习(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/actions.py" line="109"/>
        <source>Add &amp;Part to the Analogy</source>
        <translation>为类比添加小题(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/actions.py" line="112"/>
        <source>Add a {kind} part</source>
        <translation>添加小题：{kind}</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/actions.py" line="120"/>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/actions.py" line="123"/>
        <source>Delete the exercise or lesson</source>
        <translation>删除练习或课</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/actions.py" line="128"/>
        <source>Move &amp;Up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/actions.py" line="131"/>
        <source>Move the exercise up</source>
        <translation>上移练习</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/actions.py" line="136"/>
        <source>Move Do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/actions.py" line="139"/>
        <source>Move the exercise down</source>
        <translation>下移练习</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/actions.py" line="147"/>
        <source>&amp;Try as a Student</source>
        <translation>以学生身份试做(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/actions.py" line="150"/>
        <source>Try the exercise as a student</source>
        <translation>以学生身份试做这个练习</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/actions.py" line="160"/>
        <source>&amp;Lesson</source>
        <translation>课(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/actions.py" line="163"/>
        <source>Add &amp;Lesson</source>
        <translation>添加课(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/actions.py" line="166"/>
        <source>Add a lesson after this one</source>
        <translation>在本课之后添加一课</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/actions.py" line="171"/>
        <source>&amp;Delete Lesson</source>
        <translation>删除课(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/actions.py" line="174"/>
        <source>Delete this lesson</source>
        <translation>删除本课</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/actions.py" line="180"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/actions.py" line="183"/>
        <source>Show &amp;Ids</source>
        <translation>显示 ID(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/actions.py" line="186"/>
        <source>Show the permanent ids of lessons, exercises and passages</source>
        <translation>显示课、练习和文段的永久 ID</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/actions.py" line="193"/>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/actions.py" line="196"/>
        <source>&amp;Next Pane</source>
        <translation>下一个窗格(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/actions.py" line="199"/>
        <source>Go to the next pane</source>
        <translation>转到下一个窗格</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/actions.py" line="203"/>
        <source>&amp;Previous Pane</source>
        <translation>上一个窗格(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/actions.py" line="206"/>
        <source>Go to the previous pane</source>
        <translation>转到上一个窗格</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/actions.py" line="212"/>
        <source>Editing</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/actions.py" line="214"/>
        <source>Editing tools</source>
        <translation>编辑工具</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../src/closeread/ui/common/errors.py" line="68"/>
        <source>CloseRead is already open</source>
        <translation>CloseRead 已经打开</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/common/errors.py" line="69"/>
        <source>Made by a newer CloseRead</source>
        <translation>由更新版本的 CloseRead 创建</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/common/errors.py" line="70"/>
        <location filename="../../src/closeread/ui/common/errors.py" line="85"/>
        <source>The progress file is damaged</source>
        <translation>进度文件已损坏</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/common/errors.py" line="71"/>
        <source>The disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/common/errors.py" line="72"/>
        <source>Cannot save here</source>
        <translation>无法保存到这里</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/common/errors.py" line="77"/>
        <source>Progress could not be saved</source>
        <translation>无法保存进度</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/common/errors.py" line="88"/>
        <source>The newest good backup is from {when}. Restoring it brings back the work saved up to then; the damaged file is kept beside it, not deleted.</source>
        <translation>最新的完好备份来自 {when}。恢复它可以找回截至那时保存的作业；损坏的文件会保留在它旁边，不会被删除。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/common/errors.py" line="95"/>
        <source>Restore the Backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/common/errors.py" line="97"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/common/errors.py" line="158"/>
        <source>The pack was not installed</source>
        <translation>课程包未安装</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/common/errors.py" line="161"/>
        <source>A report for the people who make CloseRead was written to {path}.</source>
        <translation>已将一份给 CloseRead 开发者的报告写入 {path}。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/common/errors.py" line="167"/>
        <source>Something went wrong inside CloseRead. Everything you saved before is kept. If the same thing happens again, close CloseRead and open it again.</source>
        <translation>CloseRead 内部出了点问题。你之前保存的内容都还在。如果再次出现同样的情况，请关闭 CloseRead 后重新打开。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/common/errors.py" line="173"/>
        <source>Something went wrong</source>
        <translation>出了点问题</translation>
    </message>
</context>
<context>
    <name>exports</name>
    <message>
        <location filename="../../src/closeread/ui/teacher/exports.py" line="51"/>
        <source>Gradebook &amp;CSV (One Row per Student)…</source>
        <translation>成绩册 CSV（每个学生一行）(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/exports.py" line="53"/>
        <location filename="../../src/closeread/ui/teacher/exports.py" line="60"/>
        <location filename="../../src/closeread/ui/teacher/exports.py" line="67"/>
        <location filename="../../src/closeread/ui/teacher/exports.py" line="74"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/exports.py" line="58"/>
        <source>&amp;Attempts CSV (One Row per Attempt)…</source>
        <translation>尝试记录 CSV（每次尝试一行）(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/exports.py" line="65"/>
        <source>Grades for &amp;Moodle (Points, Matched on Student ID)…</source>
        <translation>Moodle 成绩（分数，按学生 ID 匹配）(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/exports.py" line="72"/>
        <source>Grades for Another &amp;LMS (Points)…</source>
        <translation>其他 LMS 的成绩（分数）(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/exports.py" line="79"/>
        <source>&amp;HTML Report…</source>
        <translation>HTML 报告(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/exports.py" line="81"/>
        <location filename="../../src/closeread/ui/teacher/notes_export.py" line="98"/>
        <source>Web pages (*.html)</source>
        <translation>网页 (*.html)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/exports.py" line="86"/>
        <source>&amp;PDF Report…</source>
        <translation>PDF 报告(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/exports.py" line="88"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/exports.py" line="115"/>
        <source>CloseRead — Save the Report</source>
        <translation>CloseRead — 保存报告</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/exports.py" line="117"/>
        <location filename="../../src/closeread/ui/teacher/notes_export.py" line="98"/>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/exports.py" line="142"/>
        <source>The report was not saved</source>
        <translation>报告未保存</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/exports.py" line="143"/>
        <location filename="../../src/closeread/ui/teacher/notes_export.py" line="79"/>
        <source>CloseRead could not write {path}: {error}</source>
        <translation>CloseRead 无法写入 {path}：{error}</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/exports.py" line="153"/>
        <source>Making the report…</source>
        <translation>正在生成报告…</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/exports.py" line="162"/>
        <source>Before You Import It</source>
        <translation>导入之前</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/exports.py" line="163"/>
        <source>Saved {path}. Before you import it:</source>
        <translation>已保存 {path}。导入之前请注意：</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/notes_export.py" line="57"/>
        <source>No pack is open</source>
        <translation>没有打开的课程包</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/notes_export.py" line="58"/>
        <source>Open a pack to export its notes.</source>
        <translation>请打开一个课程包，以导出其备注。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/notes_export.py" line="63"/>
        <source>Enter the teacher PIN to export the teacher notes, which hold every answer.</source>
        <translation>输入教师 PIN 以导出教师备注（其中包含所有答案）。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/notes_export.py" line="78"/>
        <source>The teacher notes were not saved</source>
        <translation>教师备注未保存</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/notes_export.py" line="88"/>
        <source>Saved the teacher notes to {path}</source>
        <translation>已将教师备注保存到 {path}</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/notes_export.py" line="96"/>
        <source>CloseRead — Save the Teacher Notes</source>
        <translation>CloseRead — 保存教师备注</translation>
    </message>
</context>
<context>
    <name>forms</name>
    <message>
        <location filename="../../src/closeread/ui/editor/forms.py" line="36"/>
        <source>&amp;Step</source>
        <translation>步骤(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/forms.py" line="43"/>
        <source>Exercise &amp;id</source>
        <translation>练习 ID(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/forms.py" line="46"/>
        <source>The exercise&apos;s permanent name: saved answers find it by this. Lower-case letters, digits, - and _.</source>
        <translation>练习的永久名称：已保存的答案靠它找到这个练习。只能用小写字母、数字、- 和 _。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/forms.py" line="52"/>
        <source>Exercise &amp;name</source>
        <translation>练习名称(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/forms.py" line="55"/>
        <source>&amp;Prompt</source>
        <translation>题目(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/forms.py" line="57"/>
        <source>What students are asked (Markdown).</source>
        <translation>向学生提出的问题（Markdown）。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/forms.py" line="66"/>
        <source>P&amp;oints</source>
        <translation>分值(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/forms.py" line="77"/>
        <source>Atte&amp;mpts</source>
        <translation>尝试次数(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/forms.py" line="81"/>
        <source>No limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/forms.py" line="85"/>
        <source>&amp;Counts</source>
        <translation>计分依据(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/forms.py" line="89"/>
        <source>the best attempt</source>
        <translation>最好的一次尝试</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/forms.py" line="90"/>
        <source>the last attempt</source>
        <translation>最后一次尝试</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/forms.py" line="97"/>
        <source>&amp;Explanation</source>
        <translation>解析(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/forms.py" line="99"/>
        <source>Shown after checking.</source>
        <translation>检查答案后显示。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/forms.py" line="113"/>
        <source>Hints</source>
        <translation>提示</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/forms.py" line="115"/>
        <source>&amp;Hint</source>
        <translation>提示(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/forms.py" line="118"/>
        <source>C&amp;ost (points)</source>
        <translation>扣分(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/forms.py" line="125"/>
        <source>A hint.</source>
        <translation>一条提示。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/forms.py" line="144"/>
        <source>Exercise fields</source>
        <translation>练习字段</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/forms.py" line="150"/>
        <source>{kind}: a part of the analogy “{title}”</source>
        <translation>{kind}：类比“{title}”中的一道小题</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/forms.py" line="154"/>
        <source>{kind} exercise</source>
        <translation>{kind}练习</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/forms.py" line="171"/>
        <source>An analogy is worth the sum of its parts&apos; points. Its parts are the rows below it in the outline; add one with Exercise ▸ Add Part to the Analogy.</source>
        <translation>类比的分值是其各小题分值之和。它的各小题就是大纲中位于它下方的行；可用“练习 ▸ 为类比添加小题”来添加。</translation>
    </message>
    <message>
        <source>An analogy is worth the sum of its parts&apos; points. Its parts are the rows below it in the outline; add one with Add ▸ Part.</source>
        <translation type="vanished">类比的分值是其各部分分值之和。它的各部分就是大纲中位于它下方的行；可用“练习 ▸ 为类比添加部分”来添加。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/forms.py" line="232"/>
        <source>Change the exercise&apos;s id to {id}</source>
        <translation>将练习 ID 改为 {id}</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/forms.py" line="245"/>
        <source>Edit {field}</source>
        <translation>编辑“{field}”</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/forms.py" line="252"/>
        <source>Add to {list}</source>
        <translation>添加到“{list}”</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/forms.py" line="258"/>
        <source>Remove from {list}</source>
        <translation>从“{list}”中删除</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/forms.py" line="264"/>
        <source>Reorder {list}</source>
        <translation>调整“{list}”的顺序</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/forms.py" line="270"/>
        <source>Edit {list}</source>
        <translation>编辑“{list}”</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/forms.py" line="279"/>
        <source>Lesson &amp;id</source>
        <translation>课 ID(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/forms.py" line="282"/>
        <source>The lesson&apos;s permanent name: saved work finds it by this.</source>
        <translation>这一课的永久名称：已保存的作业靠它找到这一课。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/forms.py" line="284"/>
        <source>Lesson &amp;name</source>
        <translation>课名称(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/forms.py" line="287"/>
        <source>&amp;Introduction</source>
        <translation>简介(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/forms.py" line="289"/>
        <source>Shown before the first exercise.</source>
        <translation>在第一个练习之前显示。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/forms.py" line="293"/>
        <source>&amp;Best done after</source>
        <translation>建议先学(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/forms.py" line="295"/>
        <source>The lessons best done before this one.</source>
        <translation>最好在本课之前学完的课。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/forms.py" line="307"/>
        <source>Lesson fields</source>
        <translation>课的字段</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/forms.py" line="332"/>
        <source>Edit lesson {field}</source>
        <translation>编辑课的“{field}”</translation>
    </message>
</context>
<context>
    <name>hand_in</name>
    <message>
        <location filename="../../src/closeread/ui/shell/hand_in.py" line="57"/>
        <source>No pack is open</source>
        <translation>没有打开的课程包</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/hand_in.py" line="58"/>
        <source>Open a lesson pack first.</source>
        <translation>请先打开一个课程包。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/hand_in.py" line="70"/>
        <source>Nothing to hand in yet</source>
        <translation>还没有可提交的内容</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/hand_in.py" line="71"/>
        <source>You have not checked any answers in “{title}” yet, so there is nothing to hand in. Check your answers first, then export your results.</source>
        <translation>你还没有在“{title}”中检查过任何答案，所以没有可提交的内容。请先检查答案，再导出成绩。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/hand_in.py" line="82"/>
        <source>CloseRead — Export My Results</source>
        <translation>CloseRead — 导出我的成绩</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/hand_in.py" line="84"/>
        <source>CloseRead results (*{suffix});;All files (*)</source>
        <translation>CloseRead 成绩文件 (*{suffix});;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/hand_in.py" line="96"/>
        <source>Your results were not saved</source>
        <translation>你的成绩未保存</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/hand_in.py" line="97"/>
        <source>CloseRead could not write {path}: {reason}</source>
        <translation>CloseRead 无法写入 {path}：{reason}</translation>
    </message>
    <message>
        <source>Saved your {n} checked answers to {path}.</source>
        <translation type="vanished">已把你检查过的 {n} 个答案保存到 {path}。</translation>
    </message>
    <message>
        <source>Saved your checked answer to {path}.</source>
        <translation type="vanished">已把你检查过的答案保存到 {path}。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/hand_in.py" line="107"/>
        <source>Hand this file to your teacher.</source>
        <translation>请把这个文件交给教师。</translation>
    </message>
    <message>
        <source>{n} answers made with another version of this pack are not in the file.</source>
        <translation type="vanished">有 {n} 个答案是用此课程包的其他版本做的，没有放进文件。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/hand_in.py" line="116"/>
        <source>Results exported</source>
        <translation>成绩已导出</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <location filename="../../src/closeread/ui/teacher/import_dialog.py" line="55"/>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/import_dialog.py" line="57"/>
        <source>Already imported</source>
        <translation>此前已导入</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/import_dialog.py" line="58"/>
        <source>Refused</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Nothing new for {student}: its {n} attempts were here already</source>
        <translation type="vanished">{student} 没有新内容：这 {n} 次尝试此前都已导入</translation>
    </message>
    <message>
        <source>{n} attempts for {student}</source>
        <translation type="vanished">{student} 的 {n} 次尝试</translation>
    </message>
    <message>
        <source>1 attempt for {student}</source>
        <translation type="vanished">{student} 的 1 次尝试</translation>
    </message>
    <message>
        <source> ({n} already here)</source>
        <translation type="vanished">（其中 {n} 次此前已导入）</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/import_dialog.py" line="76"/>
        <source>Nothing changed ({student})</source>
        <translation>没有变化（{student}）</translation>
    </message>
    <message>
        <source>“{title}” allows {n} attempts</source>
        <translation type="vanished">“{title}”允许 {n} 次尝试</translation>
    </message>
    <message>
        <source>“{title}” allows 1 attempt</source>
        <translation type="vanished">“{title}”允许 1 次尝试</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/import_dialog.py" line="88"/>
        <source>: {n} refused</source>
        <translation>：{n} 次被拒绝</translation>
    </message>
    <message>
        <source>; {n} attempts refused over the limit, counting every hand-in from this student</source>
        <translation type="vanished">；{n} 次尝试超出次数限制，已拒绝（按该学生的全部提交计算）</translation>
    </message>
    <message>
        <source>; 1 attempt refused over the limit, counting every hand-in from this student</source>
        <translation type="vanished">；1 次尝试超出次数限制，已拒绝（按该学生的全部提交计算）</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/import_dialog.py" line="104"/>
        <source>CloseRead — Import Results Files</source>
        <translation>CloseRead — 导入成绩文件</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/import_dialog.py" line="106"/>
        <source>CloseRead results (*{suffix});;JSON files (*.json);;All files (*)</source>
        <translation>CloseRead 成绩文件 (*{suffix});;JSON 文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/import_dialog.py" line="176"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/import_dialog.py" line="179"/>
        <source>Importing results files…</source>
        <translation>正在导入成绩文件…</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/import_dialog.py" line="181"/>
        <source>CloseRead — Importing</source>
        <translation>CloseRead — 正在导入</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/import_dialog.py" line="147"/>
        <source>Importing {name} ({n} of {total})…</source>
        <translation>正在导入 {name}（{n}/{total}）…</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/import_dialog.py" line="193"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/import_dialog.py" line="219"/>
        <source>Stopping after this file, then saving the files checked…</source>
        <translation>处理完此文件后停止，然后保存已检查的文件…</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/import_dialog.py" line="259"/>
        <source>CloseRead — Results Files Imported</source>
        <translation>CloseRead — 成绩文件已导入</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/import_dialog.py" line="260"/>
        <source>Results files imported</source>
        <translation>成绩文件已导入</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/import_dialog.py" line="268"/>
        <source>{imported} imported · {skipped} already imported · {refused} refused</source>
        <translation>{imported} 个已导入 · {skipped} 个此前已导入 · {refused} 个被拒绝</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/import_dialog.py" line="277"/>
        <source>Files and what became of them</source>
        <translation>文件及其处理结果</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/import_dialog.py" line="280"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/import_dialog.py" line="281"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/import_dialog.py" line="282"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>keyspans</name>
    <message>
        <location filename="../../src/closeread/ui/editor/keyspans.py" line="115"/>
        <source>Labels</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/keyspans.py" line="118"/>
        <source>Label the selection:</source>
        <translation>为所选内容加标签：</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/keyspans.py" line="124"/>
        <source>Answer key</source>
        <translation>参考答案</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/keyspans.py" line="132"/>
        <source>Answer key passages</source>
        <translation>参考答案中的文段</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/keyspans.py" line="134"/>
        <source>Enter shows the passage in the article; Delete removes it from the key.</source>
        <translation>按 Enter 在文章中显示该文段；按 Delete 将其从参考答案中移除。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/keyspans.py" line="151"/>
        <source>Label of the passage</source>
        <translation>文段的标签</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/keyspans.py" line="154"/>
        <source>&amp;Remove passage</source>
        <translation>移除文段(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/keyspans.py" line="156"/>
        <source>Remove the passage from the answer key</source>
        <translation>从参考答案中移除该文段</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/keyspans.py" line="160"/>
        <source>&amp;Label</source>
        <translation>标签(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/keyspans.py" line="162"/>
        <source>Explanation of the passage</source>
        <translation>文段的解析</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/keyspans.py" line="164"/>
        <source>What students read about this passage</source>
        <translation>学生会看到的关于此文段的说明</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/keyspans.py" line="169"/>
        <source>E&amp;xplanation</source>
        <translation>解析(&amp;X)</translation>
    </message>
    <message>
        <source>Answer key: 1 passage</source>
        <translation type="vanished">参考答案：1 个文段</translation>
    </message>
    <message>
        <source>Answer key: {n} passages</source>
        <translation type="vanished">参考答案：{n} 个文段</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/keyspans.py" line="231"/>
        <source>No explanation yet</source>
        <translation>尚无解析</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/keyspans.py" line="279"/>
        <source>This passage&apos;s quote is not found in the article: {problem}</source>
        <translation>在文章中找不到此文段引用的文字：{problem}</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/keyspans.py" line="320"/>
        <source>Edit a passage&apos;s explanation</source>
        <translation>编辑文段的解析</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/keyspans.py" line="331"/>
        <source>Relabel a passage</source>
        <translation>更改文段的标签</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/keyspans.py" line="340"/>
        <location filename="../../src/closeread/ui/editor/keyspans.py" line="381"/>
        <source>Remove a passage from the answer key</source>
        <translation>从参考答案中移除文段</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/keyspans.py" line="379"/>
        <source>Mark a passage for the answer key</source>
        <translation>为参考答案标记文段</translation>
    </message>
</context>
<context>
    <name>kinds</name>
    <message>
        <location filename="../../src/closeread/ui/editor/kinds.py" line="52"/>
        <source>Options</source>
        <translation>选项</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/kinds.py" line="54"/>
        <source>Te&amp;xt</source>
        <translation>文本(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/kinds.py" line="57"/>
        <location filename="../../src/closeread/ui/editor/kinds.py" line="120"/>
        <location filename="../../src/closeread/ui/editor/kinds.py" line="176"/>
        <source>&amp;Weight (%)</source>
        <translation>权重（%）(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/kinds.py" line="61"/>
        <source>Percent of the points this option is worth: 100 for the right answer, a share for one of several right answers, below 0 to take points off.</source>
        <translation>此选项占本题分数的百分比：正确答案填 100，有多个正确答案时各填一部分，填负数则扣分。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/kinds.py" line="67"/>
        <location filename="../../src/closeread/ui/editor/kinds.py" line="123"/>
        <source>&amp;Feedback</source>
        <translation>反馈(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/kinds.py" line="70"/>
        <source>New option</source>
        <translation>新选项</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/kinds.py" line="79"/>
        <source>&amp;Accepted answers</source>
        <translation>可接受的答案(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/kinds.py" line="81"/>
        <source>One answer a line. Each is worth full points; case, spaces and punctuation do not matter. Other answers go to you for review.</source>
        <translation>每行一个答案。每个都得满分；大小写、空格和标点不影响判断。其他答案会交给你批阅。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/kinds.py" line="87"/>
        <source>&amp;Model answer</source>
        <translation>示范答案(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/kinds.py" line="90"/>
        <source>A full rubric score is &amp;final</source>
        <translation>评分标准给满分即为最终得分(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/kinds.py" line="93"/>
        <source>Off (the default): every answer the rubric scores comes to you with a provisional score. Turn it on only when no answer could meet the rubric in full without being right.</source>
        <translation>关闭（默认）：评分标准评过的每个答案都会带着暂定得分交给你批阅。只有当不正确的答案不可能完全满足评分标准时，才打开此项。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/kinds.py" line="107"/>
        <source>Rubric</source>
        <translation>评分标准</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/kinds.py" line="109"/>
        <location filename="../../src/closeread/ui/editor/kinds.py" line="173"/>
        <source>&amp;Criterion</source>
        <translation>评分项(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/kinds.py" line="112"/>
        <source>&amp;Words</source>
        <translation>词语(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/kinds.py" line="115"/>
        <source>Met when the answer contains any of these words or phrases, one a line.</source>
        <translation>答案中含有以下任一词语或短语即算达到，每行一个。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/kinds.py" line="125"/>
        <source>Shown when it is not met.</source>
        <translation>未达到此项时显示。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/kinds.py" line="130"/>
        <location filename="../../src/closeread/ui/editor/kinds.py" line="197"/>
        <source>new criterion</source>
        <translation>新评分项</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/kinds.py" line="131"/>
        <source>word</source>
        <translation>词语</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/kinds.py" line="140"/>
        <source>&amp;Left column</source>
        <translation>左栏(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/kinds.py" line="141"/>
        <source>&amp;Right column</source>
        <translation>右栏(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/kinds.py" line="144"/>
        <source>&amp;Distractors</source>
        <translation>干扰项(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/kinds.py" line="146"/>
        <source>Extra right-hand items that match nothing, one a line.</source>
        <translation>右栏中不与任何项配对的额外项，每行一个。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/kinds.py" line="155"/>
        <source>Pairs</source>
        <translation>配对</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/kinds.py" line="157"/>
        <source>&amp;Left</source>
        <translation>左项(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/kinds.py" line="158"/>
        <source>&amp;Right</source>
        <translation>右项(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/kinds.py" line="159"/>
        <source>&amp;Explanation</source>
        <translation>解析(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/kinds.py" line="162"/>
        <source>left</source>
        <translation>左项</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/kinds.py" line="162"/>
        <source>right</source>
        <translation>右项</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/kinds.py" line="171"/>
        <source>Rubric: criteria</source>
        <translation>评分标准：评分项</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/kinds.py" line="180"/>
        <source>Percent of the points; the criteria&apos;s weights add up to 100.</source>
        <translation>占总分的百分比；各评分项的权重加起来为 100。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/kinds.py" line="186"/>
        <source>&amp;Levels</source>
        <translation>等级(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/kinds.py" line="189"/>
        <source>What an answer at each level looks like: you give each criterion a level from 0 to 3, and students read these descriptors.</source>
        <translation>各等级的答案是什么样的：你为每个评分项评定 0 到 3 级，学生会看到这些描述。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/kinds.py" line="201"/>
        <source>Exemplars (shown after handing in)</source>
        <translation>范文（提交后显示）</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/kinds.py" line="205"/>
        <source>&amp;Level</source>
        <translation>等级(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/kinds.py" line="208"/>
        <source>A short label: &quot;Strong (about 3 on every criterion)&quot;.</source>
        <translation>简短的标签：“优秀（各评分项约为 3 级）”。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/kinds.py" line="210"/>
        <source>&amp;Answer</source>
        <translation>答案(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/kinds.py" line="213"/>
        <source>C&amp;ommentary</source>
        <translation>评语(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/kinds.py" line="215"/>
        <source>Why it earns that level.</source>
        <translation>为什么能达到这个等级。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/kinds.py" line="220"/>
        <source>Strong</source>
        <translation>优秀</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/kinds.py" line="221"/>
        <source>An answer at that level.</source>
        <translation>这个等级的一个答案。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/kinds.py" line="229"/>
        <source>Missing, or off the point.</source>
        <translation>没有作答，或离题。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/kinds.py" line="230"/>
        <source>Attempted, with serious gaps.</source>
        <translation>有所尝试，但漏洞严重。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/kinds.py" line="231"/>
        <source>Sound.</source>
        <translation>扎实。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/kinds.py" line="232"/>
        <source>Precise and developed throughout.</source>
        <translation>准确，且通篇论述充分。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/kinds.py" line="237"/>
        <source>Argument</source>
        <translation>论证</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/kinds.py" line="238"/>
        <source>Write a response of 250 to 400 words.</source>
        <translation>写一篇 250 到 400 词的回应。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/kinds.py" line="239"/>
        <source>Write a response</source>
        <translation>写一篇回应</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/kinds.py" line="248"/>
        <source>What is compared with what?</source>
        <translation>什么和什么相比？</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/kinds.py" line="249"/>
        <source>Take the analogy apart</source>
        <translation>拆解这个类比</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/kinds.py" line="254"/>
        <source>Marking</source>
        <translation>标记题</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/kinds.py" line="255"/>
        <source>Labels</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/kinds.py" line="257"/>
        <source>Mark the passages</source>
        <translation>标记文段</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/kinds.py" line="258"/>
        <source>Select the passages and label them.</source>
        <translation>选中文段，并给它们加上标签。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/kinds.py" line="262"/>
        <source>Choice</source>
        <translation>选择题</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/kinds.py" line="266"/>
        <source>&amp;Several answers may be right</source>
        <translation>可能有多个正确答案(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/kinds.py" line="272"/>
        <source>S&amp;huffle the options</source>
        <translation>打乱选项顺序(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/kinds.py" line="275"/>
        <source>Each student sees the options in an order of their own, the same every time. Untick for options whose order matters (a scale, &quot;all of the above&quot;).</source>
        <translation>每个学生看到的选项顺序各不相同，但同一个学生每次看到的都一样。如果选项顺序有意义（如程度量表、“以上皆是”），请取消勾选。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/kinds.py" line="284"/>
        <location filename="../../src/closeread/ui/editor/kinds.py" line="298"/>
        <source>New question</source>
        <translation>新题目</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/kinds.py" line="287"/>
        <source>The right answer</source>
        <translation>正确答案</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/kinds.py" line="288"/>
        <source>A wrong answer</source>
        <translation>错误答案</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/kinds.py" line="294"/>
        <source>Short answer</source>
        <translation>简答题</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/kinds.py" line="299"/>
        <source>Answer in a sentence.</source>
        <translation>用一句话回答。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/kinds.py" line="303"/>
        <source>Matching</source>
        <translation>配对题</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/kinds.py" line="307"/>
        <source>Match each item</source>
        <translation>为每一项配对</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/kinds.py" line="311"/>
        <source>first item</source>
        <translation>第一项</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/kinds.py" line="312"/>
        <source>what it matches</source>
        <translation>与它配对的内容</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/kinds.py" line="315"/>
        <source>second item</source>
        <translation>第二项</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/kinds.py" line="316"/>
        <source>what it matches, too</source>
        <translation>同样，与它配对的内容</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/kinds.py" line="323"/>
        <source>Analogy</source>
        <translation>类比</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/kinds.py" line="326"/>
        <source>Writing task</source>
        <translation>写作任务</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/kinds.py" line="330"/>
        <source>&amp;Word guide</source>
        <translation>词数要求(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/kinds.py" line="332"/>
        <source>The length you ask for; students see their count against it, and are asked before handing in an answer outside it.</source>
        <translation>你要求的长度；学生能看到自己的词数与要求的对比，答案超出范围时，提交前会先询问学生。</translation>
    </message>
</context>
<context>
    <name>language_menu</name>
    <message>
        <source>&amp;Language</source>
        <translation type="vanished">语言(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/language_menu.py" line="61"/>
        <source>Lan&amp;guage</source>
        <translation>语言(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/language_menu.py" line="64"/>
        <source>&amp;System</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/language_menu.py" line="68"/>
        <source>Language follows the system</source>
        <translation>语言跟随系统</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/language_menu.py" line="88"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/language_menu.py" line="90"/>
        <source>CloseRead will speak {language} from its next start.</source>
        <translation>CloseRead 下次启动时将改用 {language}。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/language_menu.py" line="95"/>
        <source>Start it again now? Your place and your answers are saved; nothing is lost.</source>
        <translation>现在就重新启动吗？你的进度和答案都已保存，不会丢失任何内容。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/language_menu.py" line="101"/>
        <source>&amp;Restart Now</source>
        <translation>立即重启(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/language_menu.py" line="104"/>
        <source>At the &amp;Next Start</source>
        <translation>下次启动时(&amp;N)</translation>
    </message>
</context>
<context>
    <name>lessons</name>
    <message>
        <location filename="../../src/closeread/ui/editor/lessons.py" line="27"/>
        <source>pack.toml cannot be opened, so no lesson can be added.</source>
        <translation>无法打开课程包的 pack.toml 文件，因此无法添加课。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/lessons.py" line="30"/>
        <source>New lesson</source>
        <translation>新课</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/lessons.py" line="50"/>
        <source>Add a lesson</source>
        <translation>添加一课</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/lessons.py" line="67"/>
        <source>Delete the lesson “{title}”</source>
        <translation>删除课“{title}”</translation>
    </message>
</context>
<context>
    <name>lrs</name>
    <message>
        <location filename="../../src/closeread/ui/teacher/lrs_dialog.py" line="209"/>
        <source>Send to a &amp;Learning Record Store…</source>
        <translation>发送到 LRS 学习记录库(&amp;L)…</translation>
    </message>
</context>
<context>
    <name>menus</name>
    <message>
        <location filename="../../src/closeread/ui/shell/shortcut_list.py" line="40"/>
        <source>Shift+Arrows</source>
        <translation>Shift+方向键</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/shortcut_list.py" line="40"/>
        <source>Select words in the article</source>
        <translation>在文章中选择文字</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/shortcut_list.py" line="41"/>
        <source>Ctrl+Shift+Arrows</source>
        <translation>Ctrl+Shift+方向键</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/shortcut_list.py" line="41"/>
        <source>Select word by word</source>
        <translation>逐词选择</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/shortcut_list.py" line="42"/>
        <source>Ctrl+Click</source>
        <translation>Ctrl+单击</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/shortcut_list.py" line="42"/>
        <source>Select a whole sentence</source>
        <translation>选择整句</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/shortcut_list.py" line="44"/>
        <source>1 … 9</source>
        <translation>1 … 9</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/shortcut_list.py" line="45"/>
        <source>Label the selection (each label&apos;s number, the same in every exercise)</source>
        <translation>给选中的文字加标签（用标签的编号，在所有练习中都相同）</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/shortcut_list.py" line="49"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/shortcut_list.py" line="49"/>
        <source>Remove the mark at the cursor</source>
        <translation>删除光标处的标记</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/shortcut_list.py" line="50"/>
        <source>Ctrl+Z</source>
        <translation>Ctrl+Z</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/shortcut_list.py" line="50"/>
        <source>Undo the last change to your marks</source>
        <translation>撤销对标记的上一次修改</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/shortcut_list.py" line="52"/>
        <source>Ctrl+Shift+Z, Ctrl+Y</source>
        <translation>Ctrl+Shift+Z, Ctrl+Y</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/shortcut_list.py" line="53"/>
        <source>Redo the change you undid</source>
        <translation>重做刚才撤销的修改</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/shortcut_list.py" line="55"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/shortcut_list.py" line="55"/>
        <source>Check your answer</source>
        <translation>检查答案</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/shortcut_list.py" line="57"/>
        <source>Up, Down, Space</source>
        <translation>上/下方向键、空格键</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/shortcut_list.py" line="58"/>
        <source>In the checked marks: show each in the article; open Why</source>
        <translation>在已检查的标记中：逐个在文章中显示；展开“为什么”</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/shortcut_list.py" line="60"/>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Shift+Tab</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/shortcut_list.py" line="60"/>
        <source>Move between controls</source>
        <translation>在控件之间移动</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/menus.py" line="80"/>
        <source>Menu bar</source>
        <translation>菜单栏</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/menus.py" line="82"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/menus.py" line="86"/>
        <source>&amp;Open Pack…</source>
        <translation>打开课程包(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/menus.py" line="89"/>
        <source>Open a lesson pack</source>
        <translation>打开课程包</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/menus.py" line="94"/>
        <source>Open Pack &amp;Folder…</source>
        <translation>打开课程包文件夹(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/menus.py" line="97"/>
        <source>Open a lesson pack folder</source>
        <translation>打开课程包文件夹</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/menus.py" line="103"/>
        <source>&amp;Export My Results…</source>
        <translation>导出我的成绩(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/menus.py" line="105"/>
        <source>Export my results to hand in</source>
        <translation>导出我的成绩文件，用于提交</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/menus.py" line="111"/>
        <source>&amp;Switch Profile…</source>
        <translation>切换学生档案(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/menus.py" line="117"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/menus.py" line="122"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/menus.py" line="126"/>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/menus.py" line="129"/>
        <source>Make the text bigger</source>
        <translation>放大文字</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/menus.py" line="134"/>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/menus.py" line="137"/>
        <source>Make the text smaller</source>
        <translation>缩小文字</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/menus.py" line="142"/>
        <source>&amp;Actual Size</source>
        <translation>实际大小(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/menus.py" line="145"/>
        <source>Text at its normal size</source>
        <translation>文字恢复正常大小</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/menus.py" line="151"/>
        <source>&amp;Library Panel</source>
        <translation>课程库面板(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/menus.py" line="153"/>
        <source>Show library</source>
        <translation>显示课程库</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/menus.py" line="161"/>
        <source>Source &amp;Cards</source>
        <translation>来源卡片(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/menus.py" line="163"/>
        <source>Show the source cards</source>
        <translation>显示来源卡片</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/menus.py" line="169"/>
        <source>Define &amp;Word at Cursor</source>
        <translation>解释光标处的词(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/menus.py" line="189"/>
        <source>&amp;Off (Light)</source>
        <translation>关闭（浅色）(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/menus.py" line="238"/>
        <source>Li&amp;brary</source>
        <translation>课程库(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/menus.py" line="273"/>
        <source>Nex&amp;t Pane</source>
        <translation>下一个窗格(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/menus.py" line="278"/>
        <source>P&amp;revious Pane</source>
        <translation>上一个窗格(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Define Word at Cursor</source>
        <translation type="vanished">解释光标处的词(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/menus.py" line="172"/>
        <source>Define the glossary word at the cursor</source>
        <translation>解释光标处的词汇表词语</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/menus.py" line="177"/>
        <source>My &amp;Progress…</source>
        <translation>我的进度(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/menus.py" line="180"/>
        <source>Show my progress: each lesson&apos;s points, what is left and the attempts used</source>
        <translation>显示我的进度：每课的得分、完成情况以及已用的尝试次数</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/menus.py" line="184"/>
        <source>&amp;Dark Mode</source>
        <translation>深色模式(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/menus.py" line="188"/>
        <source>&amp;Follow the System</source>
        <translation>跟随系统(&amp;F)</translation>
    </message>
    <message>
        <source>O&amp;ff (Light)</source>
        <translation type="vanished">关闭（浅色）(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/menus.py" line="190"/>
        <source>O&amp;n (Dark)</source>
        <translation>开启（深色）(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/menus.py" line="193"/>
        <source>Dark mode follows the system</source>
        <translation>深色模式跟随系统</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/menus.py" line="194"/>
        <source>Dark mode off</source>
        <translation>深色模式已关闭</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/menus.py" line="195"/>
        <source>Dark mode on</source>
        <translation>深色模式已开启</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/menus.py" line="209"/>
        <source>&amp;Switch Light/Dark</source>
        <translation>切换浅色/深色(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/menus.py" line="212"/>
        <source>Switch between light and dark</source>
        <translation>在浅色和深色之间切换</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/menus.py" line="216"/>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/menus.py" line="218"/>
        <source>&amp;Previous Exercise</source>
        <translation>上一个练习(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/menus.py" line="221"/>
        <source>&amp;Next Exercise</source>
        <translation>下一个练习(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/menus.py" line="227"/>
        <source>Previous &amp;Lesson</source>
        <translation>上一课(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/menus.py" line="232"/>
        <source>Next L&amp;esson</source>
        <translation>下一课(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation type="vanished">课程库(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/menus.py" line="241"/>
        <source>Go to the library</source>
        <translation>转到课程库</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/menus.py" line="246"/>
        <source>&amp;Article</source>
        <translation>文章(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/menus.py" line="249"/>
        <source>Go to the article</source>
        <translation>转到文章</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/menus.py" line="253"/>
        <source>&amp;Find in the Article…</source>
        <translation>在文章中查找(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/menus.py" line="258"/>
        <source>Find Ne&amp;xt</source>
        <translation>查找下一个(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/menus.py" line="261"/>
        <source>Go to the next place found</source>
        <translation>转到下一个找到的位置</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/menus.py" line="266"/>
        <source>Find Pre&amp;vious</source>
        <translation>查找上一个(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/menus.py" line="269"/>
        <source>Go to the previous place found</source>
        <translation>转到上一个找到的位置</translation>
    </message>
    <message>
        <source>Next Pa&amp;ne</source>
        <translation type="vanished">下一个窗格(&amp;T)</translation>
    </message>
    <message>
        <source>Previous Pan&amp;e</source>
        <translation type="vanished">上一个窗格(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/menus.py" line="287"/>
        <source>&amp;Teacher</source>
        <translation>教师(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/menus.py" line="289"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/menus.py" line="291"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/menus.py" line="294"/>
        <source>&amp;About CloseRead</source>
        <translation>关于 CloseRead(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/menus.py" line="300"/>
        <source>Why Today&apos;s &amp;Backup Failed…</source>
        <translation>今天的备份为何失败(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/menus.py" line="301"/>
        <source>Why today&apos;s backup of your progress failed</source>
        <translation>今天的进度备份为何失败</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/teacher_menu.py" line="41"/>
        <source>&amp;Dashboard…</source>
        <translation>教师面板(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/teacher_menu.py" line="44"/>
        <source>Open the teacher dashboard</source>
        <translation>打开教师面板</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/teacher_menu.py" line="50"/>
        <source>&amp;Edit This Pack…</source>
        <translation>编辑此课程包(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/teacher_menu.py" line="53"/>
        <source>Edit the pack that is open</source>
        <translation>编辑当前打开的课程包</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/teacher_menu.py" line="58"/>
        <source>&amp;New Pack…</source>
        <translation>新建课程包(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/teacher_menu.py" line="61"/>
        <source>Make a new lesson pack around an article</source>
        <translation>围绕一篇文章新建课程包</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/teacher_menu.py" line="66"/>
        <source>Edit a Pack &amp;Folder…</source>
        <translation>编辑课程包文件夹(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/teacher_menu.py" line="69"/>
        <source>Edit the lesson pack in a folder you choose</source>
        <translation>编辑你所选文件夹中的课程包</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/teacher_menu.py" line="75"/>
        <source>Export Teacher N&amp;otes…</source>
        <translation>导出教师备注(&amp;O)…</translation>
    </message>
    <message>
        <source>Export Teacher &amp;Notes…</source>
        <translation type="vanished">导出教师备注(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/teacher_menu.py" line="78"/>
        <source>Export the teacher notes with the answers</source>
        <translation>导出附有答案的教师备注</translation>
    </message>
</context>
<context>
    <name>newPack</name>
    <message>
        <location filename="../../src/closeread/ui/editor/new_pack_dialog.py" line="42"/>
        <source>CloseRead — New Pack</source>
        <translation>CloseRead — 新建课程包</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/new_pack_dialog.py" line="47"/>
        <source>Make a new lesson pack</source>
        <translation>新建课程包</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/new_pack_dialog.py" line="48"/>
        <source>CloseRead makes a pack around an article: the article, notes for teachers, and a first lesson with a marking exercise whose answer key you then mark in the editor. A first line that reads as a title becomes the article&apos;s heading.</source>
        <translation>CloseRead 会围绕一篇文章制作课程包：包括文章、教师备注和第一课，第一课含一个标记练习，其参考答案由你随后在编辑器中标出。如果第一行看起来像标题，它会成为文章的标题。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/new_pack_dialog.py" line="55"/>
        <source>From a &amp;file (plain text or Markdown, UTF-8)</source>
        <translation>来自文件（纯文本或 Markdown，UTF-8）(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/new_pack_dialog.py" line="57"/>
        <source>From &amp;pasted text</source>
        <translation>来自粘贴的文本(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/new_pack_dialog.py" line="68"/>
        <source>The article&apos;s file</source>
        <translation>文章文件</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/new_pack_dialog.py" line="69"/>
        <source>B&amp;rowse…</source>
        <translation>浏览(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/new_pack_dialog.py" line="70"/>
        <source>Choose the article&apos;s file</source>
        <translation>选择文章文件</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/new_pack_dialog.py" line="74"/>
        <source>&amp;Article:</source>
        <translation>文章(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/new_pack_dialog.py" line="78"/>
        <source>The article&apos;s text</source>
        <translation>文章文本</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/new_pack_dialog.py" line="80"/>
        <source>Paste the article here: its title, then its text.</source>
        <translation>把文章粘贴到这里：先是标题，然后是正文。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/new_pack_dialog.py" line="85"/>
        <source>The pasted text is Mark&amp;down</source>
        <translation>粘贴的文本是 Markdown 格式(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/new_pack_dialog.py" line="88"/>
        <source>Title of the pack</source>
        <translation>课程包标题</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/new_pack_dialog.py" line="89"/>
        <source>From the article&apos;s title</source>
        <translation>取自文章标题</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/new_pack_dialog.py" line="90"/>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/new_pack_dialog.py" line="98"/>
        <source>&amp;Make the Pack</source>
        <translation>制作课程包(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/new_pack_dialog.py" line="113"/>
        <source>CloseRead — Choose the Article</source>
        <translation>CloseRead — 选择文章</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/new_pack_dialog.py" line="114"/>
        <source>Text and Markdown (*.txt *.md *.markdown);;All files (*)</source>
        <translation>文本和 Markdown 文件 (*.txt *.md *.markdown);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/new_pack_dialog.py" line="130"/>
        <source>new pack</source>
        <translation>新课程包</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/new_pack_dialog.py" line="136"/>
        <source>choose the article&apos;s file.</source>
        <translation>请选择文章文件。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/new_pack_dialog.py" line="138"/>
        <source>paste the article&apos;s text.</source>
        <translation>请粘贴文章文本。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/new_pack_dialog.py" line="140"/>
        <source>choose where to save the pack, and name its folder.</source>
        <translation>请选择课程包的保存位置，并为其文件夹命名。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/new_pack_dialog.py" line="147"/>
        <source>Not yet:</source>
        <translation>还不行：</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/new_pack_dialog.py" line="160"/>
        <source>No pack was made.</source>
        <translation>未制作课程包。</translation>
    </message>
</context>
<context>
    <name>opening</name>
    <message>
        <location filename="../../src/closeread/ui/shell/edit_pack.py" line="68"/>
        <source>Enter the teacher PIN to edit this pack.</source>
        <translation>输入教师 PIN 以编辑此课程包。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/edit_pack.py" line="75"/>
        <source>No pack is open</source>
        <translation>没有打开的课程包</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/edit_pack.py" line="76"/>
        <source>Open a pack, then edit it.</source>
        <translation>请先打开课程包，再编辑它。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/edit_pack.py" line="90"/>
        <source>Editing {folder}. Students see your changes once you open that folder again with File ▸ Open Pack Folder.</source>
        <translation>正在编辑 {folder}。用“文件 ▸ 打开课程包文件夹”重新打开该文件夹后，学生就能看到你的修改。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/edit_pack.py" line="105"/>
        <source>You made an editable copy of this pack before, in {folder}.</source>
        <translation>你之前已为此课程包制作过可编辑副本，位于 {folder}。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/edit_pack.py" line="110"/>
        <source>CloseRead — Edit Your Copy?</source>
        <translation>CloseRead — 编辑你的副本？</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/edit_pack.py" line="113"/>
        <source>&amp;Edit That Copy</source>
        <translation>编辑那个副本(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/edit_pack.py" line="114"/>
        <source>Make &amp;Another Copy…</source>
        <translation>再制作一个副本(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/edit_pack.py" line="138"/>
        <source>Copied to {folder}. Students see the pack as it was until you hand the copy out.</source>
        <translation>已复制到 {folder}。在你把副本发给学生之前，学生看到的仍是原来的课程包。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/edit_pack.py" line="152"/>
        <source>Enter the teacher PIN to make a new pack.</source>
        <translation>输入教师 PIN 以新建课程包。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/edit_pack.py" line="174"/>
        <source>Enter the teacher PIN to edit a lesson pack.</source>
        <translation>输入教师 PIN 以编辑课程包。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/edit_pack.py" line="182"/>
        <source>CloseRead — Choose the Folder of a Pack to Edit</source>
        <translation>CloseRead — 选择要编辑的课程包文件夹</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/edit_pack.py" line="193"/>
        <source>Not a pack folder</source>
        <translation>不是课程包文件夹</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/edit_pack.py" line="194"/>
        <source>{folder} has no pack.toml. Choose the folder of a lesson pack, or make one with Teacher ▸ New Pack.</source>
        <translation>{folder} 中没有 pack.toml。请选择一个课程包的文件夹，或用“教师 ▸ 新建课程包”制作一个。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/edit_pack.py" line="206"/>
        <source>This folder cannot be edited</source>
        <translation>无法编辑此文件夹</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/edit_pack.py" line="209"/>
        <source>Open the pack, then use Teacher ▸ Edit This Pack to make an editable copy.</source>
        <translation>请先打开此课程包，再用“教师 ▸ 编辑此课程包”制作可编辑副本。</translation>
    </message>
</context>
<context>
    <name>outline</name>
    <message>
        <location filename="../../src/closeread/ui/editor/outline.py" line="138"/>
        <source>Pack</source>
        <translation>课程包</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/outline.py" line="141"/>
        <source>Article</source>
        <translation>文章</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/outline.py" line="147"/>
        <source>{file} (cannot be opened)</source>
        <translation>{file}（无法打开）</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/outline.py" line="153"/>
        <source>Lesson</source>
        <translation>课</translation>
    </message>
</context>
<context>
    <name>packForm</name>
    <message>
        <location filename="../../src/closeread/ui/editor/pack_form.py" line="26"/>
        <source>Pack &amp;title</source>
        <translation>课程包标题(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/pack_form.py" line="29"/>
        <source>Shown in the library.</source>
        <translation>显示在课程库中。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/pack_form.py" line="33"/>
        <source>&amp;Version</source>
        <translation>版本(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/pack_form.py" line="36"/>
        <source>Raise it (&quot;1.1&quot;, &quot;2.0&quot;) for each changed copy you hand out.</source>
        <translation>每次发出修改过的副本时，都要调高版本号（如“1.1”“2.0”）。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/pack_form.py" line="42"/>
        <source>Pack &amp;id</source>
        <translation>课程包 ID(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/pack_form.py" line="45"/>
        <source>The pack&apos;s permanent name: saved work finds the pack by it. Never change it once students have used the pack.</source>
        <translation>课程包的永久名称：保存的作业靠它找到课程包。学生用过此课程包后，切勿再修改。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/pack_form.py" line="53"/>
        <source>&amp;Description</source>
        <translation>简介(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/pack_form.py" line="55"/>
        <source>A few sentences for the library (Markdown).</source>
        <translation>在课程库中显示的几句介绍（Markdown）。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/pack_form.py" line="62"/>
        <source>Original t&amp;itle</source>
        <translation>原标题(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/pack_form.py" line="63"/>
        <source>&amp;Author</source>
        <translation>作者(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/pack_form.py" line="64"/>
        <source>&amp;Publisher</source>
        <translation>出版方(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/pack_form.py" line="67"/>
        <source>Publis&amp;hed on</source>
        <translation>发表日期(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/pack_form.py" line="69"/>
        <source>As you write dates: &quot;2015-12-16&quot;.</source>
        <translation>按日期的标准写法：“2015-12-16”。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/pack_form.py" line="73"/>
        <source>&amp;Web address</source>
        <translation>网址(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/pack_form.py" line="75"/>
        <source>Kept as text: CloseRead never opens it.</source>
        <translation>仅作为文本保存：CloseRead 从不打开它。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/pack_form.py" line="77"/>
        <source>Dis&amp;claimer</source>
        <translation>免责声明(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/pack_form.py" line="87"/>
        <source>Pack fields</source>
        <translation>课程包信息</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/pack_form.py" line="91"/>
        <source>The pack</source>
        <translation>课程包</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/pack_form.py" line="97"/>
        <source>Where the article comes from</source>
        <translation>文章出处</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/pack_form.py" line="121"/>
        <source>&lt;b&gt;Labels:&lt;/b&gt; {labels}.</source>
        <translation>&lt;b&gt;标签：&lt;/b&gt;{labels}。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/pack_form.py" line="122"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/pack_form.py" line="125"/>
        <source>The labels, the scoring and the source cards are changed in {file} with a text editor; CloseRead reads them again when you save it there.</source>
        <translation>标签、评分方式和来源卡片需用文本编辑器在 {file} 中修改；在那里保存后，CloseRead 会重新读取它们。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/pack_form.py" line="141"/>
        <source>Edit the {field}</source>
        <translation>编辑{field}</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/pack_form.py" line="151"/>
        <source>Edit the source&apos;s {field}</source>
        <translation>编辑出处的{field}</translation>
    </message>
</context>
<context>
    <name>packs</name>
    <message>
        <location filename="../../src/closeread/ui/shell/pack_opener.py" line="58"/>
        <source>no author given</source>
        <translation>未注明作者</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/pack_opener.py" line="60"/>
        <source>{who}, {source}</source>
        <translation>{who}，{source}</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/pack_opener.py" line="216"/>
        <source>The pack cannot be opened</source>
        <translation>无法打开课程包</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/pack_opener.py" line="217"/>
        <source>CloseRead cannot open “{title}”: it has the problems listed below. Show this list to your teacher.</source>
        <translation>CloseRead 无法打开“{title}”：它有下列问题。请把这份列表拿给教师看。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/pack_opener.py" line="233"/>
        <source>Open a Lesson Pack</source>
        <translation>打开课程包</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/pack_opener.py" line="235"/>
        <source>Lesson packs (*.zip pack.toml);;All files (*)</source>
        <translation>课程包 (*.zip pack.toml);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/pack_opener.py" line="245"/>
        <source>Open a Lesson Pack Folder</source>
        <translation>打开课程包文件夹</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/pack_opener.py" line="257"/>
        <source>Checking {name}…</source>
        <translation>正在检查 {name}…</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/pack_opener.py" line="263"/>
        <source>Checking the lesson pack “{name}”…</source>
        <translation>正在检查课程包“{name}”…</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/pack_opener.py" line="289"/>
        <source>Nothing was installed.</source>
        <translation>没有安装任何内容。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/pack_opener.py" line="306"/>
        <source>Installed “{title}”.</source>
        <translation>已安装“{title}”。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/pack_opener.py" line="323"/>
        <source>the pack that comes with CloseRead</source>
        <translation>CloseRead 自带的课程包</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/pack_opener.py" line="325"/>
        <source>the pack</source>
        <translation>课程包</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/pack_opener.py" line="327"/>
        <source>“{new}” ({new_id} {new_version}) has the same id as {which} “{old}” ({old_id} {old_version}), but comes from {new_from}, not {old_from}.

Replace “{old}” with it in the library?</source>
        <translation>“{new}”（{new_id} {new_version}）与{which}“{old}”（{old_id} {old_version}）的 ID 相同，但它来自 {new_from}，而不是 {old_from}。

要在课程库中用它替换“{old}”吗？</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/pack_opener.py" line="346"/>
        <source>Replace a pack?</source>
        <translation>替换课程包？</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/pack_opener.py" line="365"/>
        <source>The pack has problems</source>
        <translation>课程包有问题</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/pack_opener.py" line="366"/>
        <source>“{name}” was not installed: the pack checker found the problems below. Nothing was changed. Show this list to the person who made the pack.</source>
        <translation>“{name}”未安装：课程包检查器发现了下列问题。没有做任何更改。请把这份列表拿给课程包的制作者看。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/pack_opener.py" line="376"/>
        <source>The pack was not installed</source>
        <translation>课程包未安装</translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <location filename="../../src/closeread/ui/editor/pages.py" line="22"/>
        <source>The article cannot be shown: see the problems.</source>
        <translation>无法显示文章：请查看问题列表。</translation>
    </message>
    <message>
        <source>{words} words in {blocks} blocks.</source>
        <translation type="vanished">{words} 个词，分为 {blocks} 块。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/pages.py" line="28"/>
        <source>Edit the article in a text editor. Answer keys quote its words: when you change them, the problems below say which quotes no longer match.</source>
        <translation>请在文本编辑器中编辑文章。参考答案引用了文章中的文字：修改文章后，下方的问题列表会指出哪些引文不再匹配。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/pages.py" line="40"/>
        <source>This lesson file cannot be opened for editing:</source>
        <translation>无法打开这一课的文件进行编辑：</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/pages.py" line="42"/>
        <source>Fix it in a text editor; CloseRead opens it as soon as it is saved.</source>
        <translation>请在文本编辑器中修正它；一保存，CloseRead 就会打开它。</translation>
    </message>
</context>
<context>
    <name>pinSetup</name>
    <message>
        <location filename="../../src/closeread/ui/teacher/pin_setup.py" line="31"/>
        <source>&lt;b&gt;If the PIN is forgotten:&lt;/b&gt; quit CloseRead, put an empty file named &lt;code style=&apos;white-space:pre&apos;&gt;{file}&lt;/code&gt; in the data folder, then open teacher mode again at once: CloseRead removes the PIN and asks for a new one. Anyone who can write in that folder can do this, and so unlock the dashboard.</source>
        <translation>&lt;b&gt;如果忘记了 PIN：&lt;/b&gt;退出 CloseRead，在数据文件夹中放一个名为 &lt;code style=&apos;white-space:pre&apos;&gt;{file}&lt;/code&gt; 的空文件，然后立即重新打开教师模式：CloseRead 会删除 PIN，并请你设置新的 PIN。任何能在该文件夹中写入文件的人都能这样做，从而解锁教师面板。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/pin_setup.py" line="47"/>
        <source>CloseRead — Set Up Teacher Mode</source>
        <translation>CloseRead — 设置教师模式</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/pin_setup.py" line="48"/>
        <source>Set up teacher mode on this computer</source>
        <translation>在这台电脑上设置教师模式</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/pin_setup.py" line="53"/>
        <source>Teacher mode shows every student&apos;s work and the answer keys, and lets you change scores and edit packs. A teacher PIN locks it.</source>
        <translation>教师模式会显示每个学生的作业和参考答案，还可以修改得分、编辑课程包。教师 PIN 用来锁定它。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/pin_setup.py" line="59"/>
        <source>The PIN locks teacher mode for this computer&apos;s data folder, where CloseRead keeps the students&apos; work:</source>
        <translation>PIN 为这台电脑的数据文件夹锁定教师模式，CloseRead 把学生的作业保存在这个文件夹里：</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/pin_setup.py" line="65"/>
        <source>&lt;b&gt;Set it now, before a student does:&lt;/b&gt; until a PIN is set, whoever opens teacher mode first chooses it. Use at least 6 characters your students do not know; 8 or more with letters is much safer.</source>
        <translation>&lt;b&gt;请现在就设置，别让学生抢先：&lt;/b&gt;在设置 PIN 之前，谁先打开教师模式，谁就能设定 PIN。请至少使用 6 个学生不知道的字符；8 个或更多并包含字母会安全得多。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/pin_setup.py" line="76"/>
        <source>&lt;b&gt;What it protects:&lt;/b&gt; a student at this keyboard cannot open the dashboard, see other students&apos; work, change scores or edit packs in CloseRead. &lt;b&gt;What it cannot:&lt;/b&gt; anyone who can open the data folder&apos;s files (the same computer login, a copy on a USB stick) can read the answer keys and copy or change the progress file, and the &lt;code&gt;closeread&lt;/code&gt; command reads that folder without a PIN. For a graded test, hand out the assessment edition of the pack.</source>
        <translation>&lt;b&gt;它能防住什么：&lt;/b&gt;坐在这台电脑前的学生无法在 CloseRead 中打开教师面板、查看其他学生的作业、修改得分或编辑课程包。&lt;b&gt;它防不住什么：&lt;/b&gt;任何能打开数据文件夹中文件的人（用同一个电脑账户登录，或拿到 U 盘上的副本）都能读取参考答案，复制或修改进度文件；而且 &lt;code&gt;closeread&lt;/code&gt; 命令读取该文件夹时不需要 PIN。如果是计分的测验，请分发课程包的测评版。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/pin_setup.py" line="93"/>
        <source>&amp;Not Now</source>
        <translation>以后再说(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/pin_setup.py" line="94"/>
        <source>Not now: leave teacher mode locked</source>
        <translation>以后再说：教师模式保持锁定</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/pin_setup.py" line="119"/>
        <source>CloseRead — Reset the Teacher PIN?</source>
        <translation>CloseRead — 重置教师 PIN？</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/pin_setup.py" line="126"/>
        <source>The file {file} in the data folder asks to reset the teacher PIN.</source>
        <translation>数据文件夹中的文件 {file} 请求重置教师 PIN。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/pin_setup.py" line="131"/>
        <source>Resetting removes the PIN and the file. Teacher mode is then unlocked: whoever opens it next chooses the new PIN, so choose it now, at this keyboard. The scores you set by hand stay, and count under the new PIN.

If you did not put the file there, keep the PIN: someone who can change this computer&apos;s data folder did, and can change your students&apos; work too.</source>
        <translation>重置会删除 PIN 和这个文件。之后教师模式将不再锁定：下一个打开它的人会设定新的 PIN，所以请现在就在这台电脑上设定。你人工修改的得分会保留，并在新的 PIN 下继续有效。

如果这个文件不是你放的，请保留 PIN：这说明有人能修改这台电脑的数据文件夹，他也能修改你学生的作业。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/pin_setup.py" line="141"/>
        <source>&amp;Reset the PIN</source>
        <translation>重置 PIN(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/pin_setup.py" line="143"/>
        <source>&amp;Keep the PIN</source>
        <translation>保留 PIN(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/pin_setup.py" line="153"/>
        <source>The PIN was not reset</source>
        <translation>PIN 未重置</translation>
    </message>
</context>
<context>
    <name>questions</name>
    <message>
        <location filename="../../src/closeread/ui/editor/questions.py" line="26"/>
        <source>CloseRead — Files changed on disk</source>
        <translation>CloseRead — 磁盘上的文件已更改</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/questions.py" line="27"/>
        <source>These files changed on disk since CloseRead read them:
{files}

Replace them with your version? The changes made on disk would be lost.</source>
        <translation>自 CloseRead 读取以来，这些文件已在磁盘上被更改：
{files}

要用你的版本替换它们吗？磁盘上的更改将会丢失。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/questions.py" line="42"/>
        <source>CloseRead — Reload the pack?</source>
        <translation>CloseRead — 重新加载课程包？</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/questions.py" line="43"/>
        <source>The pack&apos;s files changed on disk. Read them again? Your unsaved edits to {files} would be lost.</source>
        <translation>课程包的文件已在磁盘上被更改。要重新读取吗？你对 {files} 未保存的修改将会丢失。</translation>
    </message>
</context>
<context>
    <name>structure</name>
    <message>
        <location filename="../../src/closeread/ui/editor/structure.py" line="58"/>
        <source>There is no lesson file open to add the exercise to.</source>
        <translation>没有打开任何课的文件，无法添加练习。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/structure.py" line="68"/>
        <source>Add a {kind} exercise</source>
        <translation>添加练习：{kind}</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/structure.py" line="83"/>
        <source>Parts belong to an analogy: select one first.</source>
        <translation>小题只能加在类比练习中：请先选中一个类比练习。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/structure.py" line="93"/>
        <source>Add a part to “{title}”</source>
        <translation>为“{title}”添加小题</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/structure.py" line="130"/>
        <source>Delete “{title}”</source>
        <translation>删除“{title}”</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/structure.py" line="154"/>
        <source>Move “{title}” up</source>
        <translation>上移“{title}”</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/structure.py" line="156"/>
        <source>Move “{title}” down</source>
        <translation>下移“{title}”</translation>
    </message>
</context>
<context>
    <name>teacher</name>
    <message>
        <location filename="../../src/closeread/ui/teacher/__init__.py" line="53"/>
        <source>Enter the teacher PIN to open the dashboard.</source>
        <translation>输入教师 PIN 以打开教师面板。</translation>
    </message>
</context>
<context>
    <name>trying</name>
    <message>
        <location filename="../../src/closeread/ui/editor/trying.py" line="37"/>
        <source>The pack has errors: fix the problems listed below first.</source>
        <translation>课程包有错误：请先修正下面列出的问题。</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/trying.py" line="44"/>
        <source>This exercise is not in the pack as saved: save it first.</source>
        <translation>已保存的课程包中还没有这个练习：请先保存。</translation>
    </message>
</context>
</TS>
