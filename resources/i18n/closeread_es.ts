<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>ActionBar</name>
    <message>
        <location filename="../../src/closeread/ui/exercises/actions.py" line="71"/>
        <source>Hand in your answer</source>
        <translation>Entregar tu respuesta</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/actions.py" line="71"/>
        <source>Check your answer</source>
        <translation>Comprobar tu respuesta</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/actions.py" line="72"/>
        <source>Hand &amp;in</source>
        <translation>&amp;Entregar</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/actions.py" line="72"/>
        <source>&amp;Check</source>
        <translation>&amp;Comprobar</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/actions.py" line="75"/>
        <source>{action} (Ctrl+Enter)</source>
        <translation>{action} (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/actions.py" line="77"/>
        <source>&amp;Change my answer</source>
        <translation>&amp;Cambiar mi respuesta</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/actions.py" line="77"/>
        <source>T&amp;ry again</source>
        <translation>Intentar de &amp;nuevo</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/actions.py" line="80"/>
        <source>Change the answer and hand it in again</source>
        <translation>Cambiar la respuesta y volver a entregarla</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/actions.py" line="82"/>
        <source>Try again with a new attempt</source>
        <translation>Empezar un nuevo intento</translation>
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message>
        <location filename="../../src/closeread/ui/reading/reader.py" line="58"/>
        <source>Article</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/reading/reader.py" line="60"/>
        <source>Select words with Shift and the arrow keys, then press a label&apos;s number to mark them. Ctrl+click selects a sentence.</source>
        <translation>Selecciona palabras con Shift y las teclas de flecha, y luego pulsa el número de una etiqueta para marcarlas. Ctrl+clic selecciona una oración.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/reading/reader.py" line="129"/>
        <source> Words with a dotted underline are in the glossary: Ctrl+D defines the one at the cursor.</source>
        <translation> Las palabras con subrayado de puntos están en el glosario: Ctrl+D define la que está en el cursor.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/reading/overlay.py" line="206"/>
        <source>Your mark: &lt;b&gt;{label}&lt;/b&gt;</source>
        <translation>Tu marca: &lt;b&gt;{label}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/reading/overlay.py" line="225"/>
        <source>Last attempt: {verdict}</source>
        <translation>Último intento: {verdict}</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/reading/overlay.py" line="228"/>
        <source>it matches the key</source>
        <translation>coincide con la clave</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/reading/overlay.py" line="232"/>
        <source>the key says {label}</source>
        <translation>la clave dice {label}</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/reading/overlay.py" line="234"/>
        <source>the key marks this as {label}</source>
        <translation>la clave marca esto como {label}</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/reading/overlay.py" line="240"/>
        <source>the key has nothing here</source>
        <translation>la clave no tiene nada aquí</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/reading/overlay.py" line="262"/>
        <source>and</source>
        <translation>y</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/reading/overlay.py" line="267"/>
        <source>extra words: {words}</source>
        <translation>palabras de más: {words}</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/reading/overlay.py" line="271"/>
        <source>missing words: {words}</source>
        <translation>palabras que faltan: {words}</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/reading/overlay.py" line="273"/>
        <source>adjust where it begins or ends</source>
        <translation>ajusta dónde empieza o termina</translation>
    </message>
</context>
<context>
    <name>AttemptView</name>
    <message>
        <location filename="../../src/closeread/ui/teacher/attempt_view.py" line="126"/>
        <source>&amp;Lesson:</source>
        <translation>&amp;Lección:</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/attempt_view.py" line="129"/>
        <source>Lesson</source>
        <translation>Lección</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/attempt_view.py" line="141"/>
        <source>Exercises</source>
        <translation>Ejercicios</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/attempt_view.py" line="149"/>
        <source>Article with the student&apos;s marks</source>
        <translation>Artículo con las marcas del estudiante</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/attempt_view.py" line="191"/>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/attempt_view.py" line="194"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/attempt_view.py" line="195"/>
        <source>Handed in</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/attempt_view.py" line="196"/>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/attempt_view.py" line="197"/>
        <source>Teacher</source>
        <translation>Profesor</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/attempt_view.py" line="198"/>
        <source>Counts</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/attempt_view.py" line="214"/>
        <source>The answer, its feedback and your score</source>
        <translation>La respuesta, sus comentarios y tu puntuación</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/attempt_view.py" line="226"/>
        <source>Feedback</source>
        <translation>Comentarios</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/attempt_view.py" line="239"/>
        <source>Shaded: the student&apos;s marks. Outlined: key spans they missed. Badges: {kinds}.</source>
        <translation>Sombreado: las marcas del estudiante. Con contorno: pasajes de la clave que no encontró. Distintivos: {kinds}.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/attempt_view.py" line="251"/>
        <source>CloseRead — {name}: {lesson}</source>
        <translation>CloseRead — {name}: lección “{lesson}”</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/attempt_view.py" line="284"/>
        <source>not tried</source>
        <translation>sin intentar</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/attempt_view.py" line="287"/>
        <source>the answer no longer fits</source>
        <translation>la respuesta ya no encaja</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/attempt_view.py" line="336"/>
        <source>From a results file the student handed in</source>
        <translation>De un archivo de resultados que entregó el estudiante</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/attempt_view.py" line="337"/>
        <source>Made in CloseRead on this computer</source>
        <translation>Hecho en CloseRead en este equipo</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/attempt_view.py" line="348"/>
        <source>Not tried yet.</source>
        <translation>Sin intentar todavía.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/attempt_view.py" line="362"/>
        <source>Answer:</source>
        <translation>Respuesta:</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/attempt_view.py" line="366"/>
        <source>Does not fit</source>
        <translation>No encaja</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/attempt_view.py" line="368"/>
        <source>The saved answer no longer fits this exercise.</source>
        <translation>La respuesta guardada ya no encaja con este ejercicio.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/attempt_view.py" line="384"/>
        <source>worth {points}</source>
        <translation>vale {points}</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/attempt_view.py" line="385"/>
        <source>To score</source>
        <translation>Por puntuar</translation>
    </message>
    <message>
        <source>worth {n} points</source>
        <translation type="vanished">vale {n} puntos</translation>
    </message>
</context>
<context>
    <name>BackupWatch</name>
    <message>
        <location filename="../../src/closeread/ui/shell/backup_watch.py" line="119"/>
        <source>Your work is saved, but today&apos;s backup copy of it could not be made: </source>
        <translation>Tu trabajo está guardado, pero no se pudo hacer la copia de seguridad de hoy: </translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/backup_watch.py" line="135"/>
        <source>Your answers are still saved as you work; only today&apos;s spare copy of them is missing. CloseRead tries again every hour. Backups are kept in {folder}.</source>
        <translation>Tus respuestas se siguen guardando mientras trabajas; solo falta la copia de reserva de hoy. CloseRead lo vuelve a intentar cada hora. Las copias de seguridad se guardan en {folder}.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/backup_watch.py" line="141"/>
        <source>Today&apos;s backup failed</source>
        <translation>La copia de seguridad de hoy falló</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/backup_watch.py" line="163"/>
        <source>Your progress file was updated for this version of CloseRead; a copy of the old one is in {where}.</source>
        <translation>Tu archivo de progreso se actualizó para esta versión de CloseRead; hay una copia del antiguo en {where}.</translation>
    </message>
</context>
<context>
    <name>BlankGuard</name>
    <message>
        <source>1 item has no answer yet.</source>
        <translation type="vanished">1 elemento aún no tiene respuesta.</translation>
    </message>
    <message>
        <source>{n} items have no answer yet.</source>
        <translation type="vanished">{n} elementos aún no tienen respuesta.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/exercises/blanks.py" line="42"/>
        <source>%n items have no answer yet.</source>
        <translation>
            <numerusform>%n elemento aún no tiene respuesta.</numerusform>
            <numerusform>%n elementos aún no tienen respuesta.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/blanks.py" line="43"/>
        <source>Checking now uses one of your attempts.</source>
        <translation>Si compruebas ahora, gastas uno de tus intentos.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/blanks.py" line="44"/>
        <source>Not finished</source>
        <translation>Sin terminar</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/blanks.py" line="45"/>
        <source>&amp;Check anyway</source>
        <translation>&amp;Comprobar de todos modos</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/blanks.py" line="46"/>
        <source>Check anyway, with items left blank</source>
        <translation>Comprobar de todos modos, con elementos en blanco</translation>
    </message>
</context>
<context>
    <name>BusyDialog</name>
    <message>
        <location filename="../../src/closeread/ui/common/loading.py" line="140"/>
        <source>CloseRead — Please wait</source>
        <translation>CloseRead — Espera, por favor</translation>
    </message>
</context>
<context>
    <name>CardsPane</name>
    <message>
        <location filename="../../src/closeread/ui/reading/cards_pane.py" line="55"/>
        <location filename="../../src/closeread/ui/reading/cards_pane.py" line="66"/>
        <location filename="../../src/closeread/ui/reading/cards_pane.py" line="84"/>
        <source>Source cards</source>
        <translation>Fichas de fuentes</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/reading/cards_pane.py" line="75"/>
        <source>Close the source cards</source>
        <translation>Cerrar las fichas de fuentes</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/reading/cards_pane.py" line="76"/>
        <source>Close the source cards (Esc)</source>
        <translation>Cerrar las fichas de fuentes (Esc)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/reading/cards_pane.py" line="115"/>
        <source>Card</source>
        <translation>Ficha</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/reading/cards_pane.py" line="120"/>
        <location filename="../../src/closeread/ui/reading/cards_pane.py" line="214"/>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/reading/cards_pane.py" line="131"/>
        <source>This pack has no source cards.</source>
        <translation>Este paquete no tiene fichas de fuentes.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/reading/cards_pane.py" line="213"/>
        <source>No source is given.</source>
        <translation>No se indica ninguna fuente.</translation>
    </message>
</context>
<context>
    <name>ChoiceWidget</name>
    <message>
        <location filename="../../src/closeread/ui/exercises/choice.py" line="101"/>
        <source>Choose any that apply</source>
        <translation>Elige todas las que correspondan</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/choice.py" line="101"/>
        <source>Choose one</source>
        <translation>Elige una</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/choice.py" line="115"/>
        <source>Options: choose any that apply</source>
        <translation>Opciones: elige todas las que correspondan</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/choice.py" line="117"/>
        <source>Options: choose one</source>
        <translation>Opciones: elige una</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/choice.py" line="207"/>
        <source>Feedback on this option</source>
        <translation>Comentarios sobre esta opción</translation>
    </message>
</context>
<context>
    <name>CriterionRow</name>
    <message>
        <location filename="../../src/closeread/ui/teacher/writing_score.py" line="61"/>
        <source>&lt;b&gt;{name}&lt;/b&gt; ({weight}%)</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; ({weight}%)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/writing_score.py" line="72"/>
        <location filename="../../src/closeread/ui/teacher/writing_score.py" line="129"/>
        <source>Level {n}: {text}</source>
        <translation>Nivel {n}: {text}</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/writing_score.py" line="75"/>
        <source>{name}: level {n}</source>
        <translation>{name}: nivel {n}</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/writing_score.py" line="126"/>
        <source>Pick a level from 0 to 3 (the keys 0–3 do too).</source>
        <translation>Elige un nivel de 0 a 3 (también sirven las teclas 0–3).</translation>
    </message>
</context>
<context>
    <name>DashboardWindow</name>
    <message>
        <location filename="../../src/closeread/ui/teacher/dashboard.py" line="78"/>
        <source>CloseRead — Dashboard</source>
        <translation>CloseRead — Panel del profesor</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/dashboard.py" line="79"/>
        <source>Teacher dashboard</source>
        <translation>Panel del profesor</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/dashboard.py" line="94"/>
        <source>Students, review and item analysis</source>
        <translation>Estudiantes, revisión y análisis de ítems</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/dashboard.py" line="95"/>
        <source>Dashboard pages</source>
        <translation>Páginas del panel</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/dashboard.py" line="97"/>
        <source>&amp;Students</source>
        <translation>E&amp;studiantes</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/dashboard.py" line="99"/>
        <location filename="../../src/closeread/ui/teacher/dashboard.py" line="325"/>
        <source>&amp;Review</source>
        <translation>&amp;Revisión</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/dashboard.py" line="101"/>
        <source>Item &amp;Analysis</source>
        <translation>A&amp;nálisis de ítems</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/dashboard.py" line="117"/>
        <source>Pack</source>
        <translation>Paquete</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/dashboard.py" line="118"/>
        <source>Class</source>
        <translation>Clase</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/dashboard.py" line="121"/>
        <source>Search students by name</source>
        <translation>Buscar estudiantes por nombre</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/dashboard.py" line="122"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/dashboard.py" line="126"/>
        <source>&amp;Pack:</source>
        <translation>&amp;Paquete:</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/dashboard.py" line="127"/>
        <source>&amp;Class:</source>
        <translation>&amp;Clase:</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/dashboard.py" line="128"/>
        <source>Searc&amp;h:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/dashboard.py" line="137"/>
        <source>&amp;Import Results…</source>
        <translation>&amp;Importar resultados…</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/dashboard.py" line="138"/>
        <source>Import results files students handed in</source>
        <translation>Importar los archivos de resultados que entregaron los estudiantes</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/dashboard.py" line="142"/>
        <source>Re-s&amp;core…</source>
        <translation>&amp;Volver a puntuar…</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/dashboard.py" line="143"/>
        <source>Score every answer again with a fixed key</source>
        <translation>Volver a puntuar todas las respuestas con una clave corregida</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/dashboard.py" line="147"/>
        <location filename="../../src/closeread/ui/teacher/dashboard.py" line="207"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/dashboard.py" line="148"/>
        <source>Export a grade report</source>
        <translation>Exportar un informe de calificaciones</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/dashboard.py" line="190"/>
        <source>Double-click a score, or press Enter on it, to see the student&apos;s answers.</source>
        <translation>Haz doble clic en una puntuación, o pulsa Enter sobre ella, para ver las respuestas del estudiante.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/dashboard.py" line="204"/>
        <source>Dashboard menu bar</source>
        <translation>Barra de menús del panel</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/dashboard.py" line="205"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/dashboard.py" line="206"/>
        <source>&amp;Import Results Files…</source>
        <translation>&amp;Importar archivos de resultados…</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/dashboard.py" line="212"/>
        <source>Change Teacher &amp;PIN…</source>
        <translation>Cambiar el &amp;PIN de profesor…</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/dashboard.py" line="215"/>
        <source>&amp;Close Dashboard</source>
        <translation>&amp;Cerrar el panel</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/dashboard.py" line="217"/>
        <source>&amp;Pack</source>
        <translation>&amp;Paquete</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/dashboard.py" line="218"/>
        <source>&amp;Re-score…</source>
        <translation>&amp;Volver a puntuar…</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/dashboard.py" line="219"/>
        <source>Re&amp;load</source>
        <translation>Re&amp;cargar</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/dashboard.py" line="222"/>
        <source>&amp;Find Student</source>
        <translation>&amp;Buscar estudiante</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/dashboard.py" line="271"/>
        <source>⚠ Only the assessment edition of this pack is here: it has no key, so answers cannot be scored, reviewed or analysed. Open the full pack (File &gt; Open Pack… in the main window) to score them.</source>
        <translation>⚠ Aquí solo está la edición de evaluación de este paquete: no tiene clave, así que las respuestas no se pueden puntuar, revisar ni analizar. Abre el paquete completo (Archivo &gt; Abrir paquete… en la ventana principal) para puntuarlas.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/dashboard.py" line="303"/>
        <source>All classes</source>
        <translation>Todas las clases</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/dashboard.py" line="325"/>
        <source>&amp;Review ({n})</source>
        <translation>&amp;Revisión ({n})</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/teacher/dashboard.py" line="327"/>
        <source>{shown} of %n student(s)</source>
        <translation>
            <numerusform>{shown} de %n estudiante</numerusform>
            <numerusform>{shown} de %n estudiantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/teacher/dashboard.py" line="334"/>
        <source>%n answers wait for review</source>
        <translation>
            <numerusform>%n respuesta espera revisión</numerusform>
            <numerusform>%n respuestas esperan revisión</numerusform>
        </translation>
    </message>
    <message>
        <source>{shown} of {total} students</source>
        <translation type="vanished">{shown} de {total} estudiantes</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/dashboard.py" line="330"/>
        <source> · mean total {mean}%</source>
        <translation> · media total {mean}%</translation>
    </message>
    <message>
        <source> · {n} answers wait for review</source>
        <translation type="vanished"> · {n} respuestas esperan revisión</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/dashboard.py" line="394"/>
        <source>The teacher PIN was changed.</source>
        <translation>Se cambió el PIN de profesor.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/dashboard.py" line="397"/>
        <source>Saved {path}</source>
        <translation>Se guardó {path}</translation>
    </message>
</context>
<context>
    <name>DefinitionPopup</name>
    <message>
        <location filename="../../src/closeread/ui/reading/glossary.py" line="109"/>
        <source>Definition of {term}</source>
        <translation>Definición de {term}</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/reading/glossary.py" line="121"/>
        <source>Esc closes</source>
        <translation>Esc cierra</translation>
    </message>
</context>
<context>
    <name>EditNotice</name>
    <message>
        <location filename="../../src/closeread/ui/editor/notice.py" line="27"/>
        <source>Edit not made</source>
        <translation>Edición no realizada</translation>
    </message>
</context>
<context>
    <name>EditSession</name>
    <message>
        <location filename="../../src/closeread/ui/editor/session.py" line="209"/>
        <source>This change could not be written into {file} ({error}), so it was not made.</source>
        <translation>Este cambio no se pudo escribir en {file} ({error}), así que no se hizo.</translation>
    </message>
</context>
<context>
    <name>EditorCommands</name>
    <message>
        <location filename="../../src/closeread/ui/editor/commands.py" line="61"/>
        <source>Added a lesson with a first exercise. Ctrl+Z takes it back.</source>
        <translation>Se añadió una lección con un primer ejercicio. Ctrl+Z lo deshace.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/commands.py" line="92"/>
        <source>Deleted the lesson “{title}”; its file goes when you save. Ctrl+Z brings it back.</source>
        <translation>Se eliminó la lección “{title}”; su archivo desaparece al guardar. Ctrl+Z la recupera.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/commands.py" line="103"/>
        <source>Deleted “{title}”. Ctrl+Z brings it back.</source>
        <translation>Se eliminó “{title}”. Ctrl+Z lo deshace.</translation>
    </message>
</context>
<context>
    <name>EntryList</name>
    <message>
        <location filename="../../src/closeread/ui/editor/entries.py" line="57"/>
        <source>{title}: list</source>
        <translation>{title}: lista</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/entries.py" line="59"/>
        <source>Insert adds, Delete removes, Ctrl+Up and Ctrl+Down move the entry.</source>
        <translation>Insert añade, Delete quita, Ctrl+Arriba y Ctrl+Abajo mueven la entrada.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/entries.py" line="66"/>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/entries.py" line="66"/>
        <source>Add an entry</source>
        <translation>Añadir una entrada</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/entries.py" line="68"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/entries.py" line="68"/>
        <source>Remove the selected entry</source>
        <translation>Quitar la entrada seleccionada</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/entries.py" line="71"/>
        <source>Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/entries.py" line="71"/>
        <source>Move the selected entry up</source>
        <translation>Subir la entrada seleccionada</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/entries.py" line="74"/>
        <source>Down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/entries.py" line="74"/>
        <source>Move the selected entry down</source>
        <translation>Bajar la entrada seleccionada</translation>
    </message>
</context>
<context>
    <name>ExercisePanel</name>
    <message>
        <source>1 attempt</source>
        <translation type="vanished">1 intento</translation>
    </message>
    <message>
        <source>{n} attempts</source>
        <translation type="vanished">{n} intentos</translation>
    </message>
    <message>
        <source>1 point</source>
        <translation type="vanished">1 punto</translation>
    </message>
    <message>
        <source>{points} points</source>
        <translation type="vanished">{points} puntos</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/actions.py" line="32"/>
        <source>as many attempts as you like</source>
        <translation>todos los intentos que quieras</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/actions.py" line="37"/>
        <source>your best counts</source>
        <translation>cuenta el mejor</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/actions.py" line="39"/>
        <source>your last counts</source>
        <translation>cuenta el último</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/kinds.py" line="33"/>
        <source>Marking</source>
        <translation>Marcado</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/kinds.py" line="37"/>
        <source>Choose any that apply</source>
        <translation>Elige todas las que correspondan</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/kinds.py" line="39"/>
        <source>Choose one</source>
        <translation>Elige una</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/kinds.py" line="42"/>
        <source>Short answer</source>
        <translation>Respuesta corta</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/kinds.py" line="43"/>
        <source>Matching</source>
        <translation>Emparejamiento</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/kinds.py" line="46"/>
        <source>Analogy, step by step</source>
        <translation>Analogía, paso a paso</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/kinds.py" line="50"/>
        <source>Writing task</source>
        <translation>Tarea de escritura</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/panel.py" line="85"/>
        <source>Exercise: {title}</source>
        <translation>Ejercicio: {title}</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/panel.py" line="107"/>
        <source>Not loaded</source>
        <translation>No cargado</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/panel.py" line="133"/>
        <source>Instructions</source>
        <translation>Instrucciones</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/panel.py" line="198"/>
        <source>Your answer was saved; your teacher will score it and you will see the feedback then.</source>
        <translation>Tu respuesta se guardó; tu profesor la puntuará y entonces verás los comentarios.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/panel.py" line="221"/>
        <source>Your last attempt counts: {score}.</source>
        <translation>Cuenta tu último intento: {score}.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/panel.py" line="222"/>
        <source>Your best attempt counts: {score}.</source>
        <translation>Cuenta tu mejor intento: {score}.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/panel.py" line="233"/>
        <source>Attempt {n}</source>
        <translation>Intento {n}</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/panel.py" line="235"/>
        <source>No attempts left</source>
        <translation>No quedan intentos</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/exercises/panel.py" line="239"/>
        <source>%n attempt(s) left</source>
        <translation>
            <numerusform>Queda %n intento</numerusform>
            <numerusform>Quedan %n intentos</numerusform>
        </translation>
    </message>
    <message>
        <source>1 attempt left</source>
        <translation type="vanished">Queda 1 intento</translation>
    </message>
    <message>
        <source>{n} attempts left</source>
        <translation type="vanished">Quedan {n} intentos</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/panel.py" line="263"/>
        <source>This answer cannot be checked: {error}</source>
        <translation>Esta respuesta no se puede comprobar: {error}</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/panel.py" line="315"/>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
</context>
<context>
    <name>ExerciseStatus</name>
    <message>
        <source>{points} of 1 point</source>
        <translation type="vanished">{points} de 1 punto</translation>
    </message>
    <message>
        <source>{points} of {possible} points</source>
        <translation type="vanished">{points} de {possible} puntos</translation>
    </message>
</context>
<context>
    <name>Feedback</name>
    <message>
        <location filename="../../src/closeread/core/grading/feedback.py" line="22"/>
        <source>Your answer was saved; your teacher will score it.</source>
        <translation>Tu respuesta se guardó; tu profesor la puntuará.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/core/grading/feedback.py" line="24"/>
        <source>Handed in: your teacher will score it.</source>
        <translation>Entregado: tu profesor lo puntuará.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/core/grading/feedback.py" line="26"/>
        <source>provisional</source>
        <translation>provisional</translation>
    </message>
    <message>
        <location filename="../../src/closeread/core/grading/feedback.py" line="87"/>
        <source>The hints you opened cost {points}.</source>
        <translation>Las pistas que abriste costaron {points}.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/core/grading/feedback.py" line="90"/>
        <source>Your teacher: {comment}</source>
        <translation>Tu profesor: {comment}</translation>
    </message>
    <message>
        <location filename="../../src/closeread/core/grading/feedback.py" line="100"/>
        <source>Your teacher gave this {score}.</source>
        <translation>Tu profesor le puso {score}.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/core/grading/feedback.py" line="109"/>
        <source>**Your teacher scored this {score}.**</source>
        <translation>**Tu profesor lo puntuó con {score}.**</translation>
    </message>
    <message>
        <location filename="../../src/closeread/core/grading/feedback.py" line="116"/>
        <source>**{verdict}: {score}.** Your teacher will confirm it.</source>
        <translation>**{verdict}: {score}.** Tu profesor lo confirmará.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/core/grading/feedback.py" line="120"/>
        <source>**{verdict}: {score}.**</source>
        <translation>**{verdict}: {score}.**</translation>
    </message>
    <message>
        <location filename="../../src/closeread/core/grading/feedback.py" line="139"/>
        <source>characters {start}–{end}</source>
        <translation>caracteres {start}–{end}</translation>
    </message>
    <message>
        <location filename="../../src/closeread/core/kinds/analogy.py" line="35"/>
        <source>What is compared to what</source>
        <translation>Qué se compara con qué</translation>
    </message>
    <message>
        <location filename="../../src/closeread/core/kinds/analogy.py" line="36"/>
        <source>The principle it relies on</source>
        <translation>El principio en que se basa</translation>
    </message>
    <message>
        <location filename="../../src/closeread/core/kinds/analogy.py" line="37"/>
        <source>Where it breaks down</source>
        <translation>Dónde falla</translation>
    </message>
    <message>
        <location filename="../../src/closeread/core/kinds/choice.py" line="104"/>
        <source>You chose {option}</source>
        <translation>Elegiste {option}</translation>
    </message>
    <message>
        <location filename="../../src/closeread/core/kinds/choice.py" line="115"/>
        <source>You also needed: {options}</source>
        <translation>También había que elegir: {options}</translation>
    </message>
    <message>
        <location filename="../../src/closeread/core/kinds/choice.py" line="117"/>
        <source>The best answer: {options}</source>
        <translation>La mejor respuesta: {options}</translation>
    </message>
    <message>
        <location filename="../../src/closeread/core/kinds/choice.py" line="119"/>
        <source>, </source>
        <comment>joins the items of a list</comment>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../src/closeread/core/kinds/mark_notes.py" line="90"/>
        <source>{quote} ({label}): {advice}</source>
        <translation>{quote} ({label}): {advice}</translation>
    </message>
    <message>
        <location filename="../../src/closeread/core/kinds/mark_notes.py" line="95"/>
        <source>Missed: {quote}, {label}.</source>
        <translation>Sin encontrar: {quote}, {label}.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/core/kinds/mark_notes.py" line="97"/>
        <source>{quote}: {advice}</source>
        <translation>{quote}: {advice}</translation>
    </message>
    <message>
        <location filename="../../src/closeread/core/kinds/mark_notes.py" line="111"/>
        <source>right, {label}.</source>
        <translation>correcto, {label}.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/core/kinds/mark_notes.py" line="115"/>
        <source>matches nothing in the key, so it lowers the score.</source>
        <translation>no coincide con nada de la clave, así que baja la puntuación.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/core/kinds/mark_notes.py" line="120"/>
        <source>the right passage; {adjust}.</source>
        <translation>el pasaje correcto; {adjust}.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/core/kinds/mark_notes.py" line="122"/>
        <source>nearly right, {label} ({percent} credit).</source>
        <translation>casi bien, {label} (vale el {percent}).</translation>
    </message>
    <message>
        <location filename="../../src/closeread/core/kinds/mark_notes.py" line="127"/>
        <source>worth marking, but not as {label}.</source>
        <translation>vale la pena marcarlo, pero no como {label}.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/core/kinds/mark_notes.py" line="130"/>
        <source>this is {key}, not {label} ({percent} credit).</source>
        <translation>esto es {key}, no {label} (vale el {percent}).</translation>
    </message>
    <message>
        <location filename="../../src/closeread/core/kinds/mark_notes.py" line="132"/>
        <source>this is {key}, not {label}.</source>
        <translation>esto es {key}, no {label}.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/core/kinds/mark_notes.py" line="144"/>
        <source>The key marks {quote}.</source>
        <translation>La clave marca {quote}.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/core/kinds/mark_notes.py" line="147"/>
        <source> and </source>
        <comment>joins the quotes of a list</comment>
        <translation> y </translation>
    </message>
    <message>
        <location filename="../../src/closeread/core/kinds/mark_notes.py" line="150"/>
        <source>Extra words: {quotes}.</source>
        <translation>Palabras de más: {quotes}.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/core/kinds/mark_notes.py" line="153"/>
        <source>Missing words: {quotes}.</source>
        <translation>Palabras que faltan: {quotes}.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/core/kinds/mark_notes.py" line="159"/>
        <source>adjust where it begins or ends</source>
        <translation>ajusta dónde empieza o termina</translation>
    </message>
    <message>
        <location filename="../../src/closeread/core/kinds/mark_notes.py" line="164"/>
        <source>it begins too early</source>
        <translation>empieza demasiado pronto</translation>
    </message>
    <message>
        <location filename="../../src/closeread/core/kinds/mark_notes.py" line="165"/>
        <source>it begins too late</source>
        <translation>empieza demasiado tarde</translation>
    </message>
    <message>
        <location filename="../../src/closeread/core/kinds/mark_notes.py" line="168"/>
        <source>it ends too soon</source>
        <translation>termina demasiado pronto</translation>
    </message>
    <message>
        <location filename="../../src/closeread/core/kinds/mark_notes.py" line="169"/>
        <source>it ends too late</source>
        <translation>termina demasiado tarde</translation>
    </message>
    <message>
        <location filename="../../src/closeread/core/kinds/mark_notes.py" line="171"/>
        <source> and </source>
        <comment>joins two things to do</comment>
        <translation> y </translation>
    </message>
    <message>
        <location filename="../../src/closeread/core/kinds/match.py" line="92"/>
        <source>You matched {right} of {total} correctly.</source>
        <translation>Emparejaste bien {right} de {total}.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/core/kinds/match.py" line="108"/>
        <source>{left} goes with “{right}”</source>
        <translation>{left} va con “{right}”</translation>
    </message>
    <message>
        <location filename="../../src/closeread/core/kinds/short.py" line="68"/>
        <source>Your answer matches an accepted answer.</source>
        <translation>Tu respuesta coincide con una respuesta aceptada.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/core/kinds/short.py" line="74"/>
        <source>{criterion}: you wrote “{term}”, but denied it</source>
        <translation>{criterion}: escribiste “{term}”, pero lo negaste</translation>
    </message>
    <message>
        <location filename="../../src/closeread/core/kinds/short.py" line="80"/>
        <source>Say it in a sentence of your own: a list of key words earns at most half the points until your teacher reads it.</source>
        <translation>Dilo con una frase tuya: una lista de palabras clave vale como mucho la mitad de los puntos hasta que tu profesor la lea.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/core/kinds/short.py" line="86"/>
        <source>A model answer:</source>
        <translation>Una respuesta modelo:</translation>
    </message>
    <message>
        <location filename="../../src/closeread/core/kinds/writing.py" line="99"/>
        <source>Your teacher&apos;s levels, criterion by criterion:</source>
        <translation>Los niveles de tu profesor, criterio por criterio:</translation>
    </message>
    <message>
        <location filename="../../src/closeread/core/kinds/writing.py" line="100"/>
        <source>**{criterion}** ({weight}%): level {level} of {top}.</source>
        <translation>**{criterion}** ({weight}%): nivel {level} de {top}.</translation>
    </message>
</context>
<context>
    <name>FeedbackList</name>
    <message>
        <location filename="../../src/closeread/ui/exercises/feedback_list.py" line="286"/>
        <source>Your marks, checked</source>
        <translation>Tus marcas, comprobadas</translation>
    </message>
</context>
<context>
    <name>FeedbackRow</name>
    <message>
        <location filename="../../src/closeread/ui/exercises/feedback_list.py" line="177"/>
        <location filename="../../src/closeread/ui/exercises/feedback_list.py" line="231"/>
        <source>Why</source>
        <translation>¿Por qué?</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/feedback_list.py" line="178"/>
        <source>Why: show the explanation</source>
        <translation>Por qué: mostrar la explicación</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/feedback_list.py" line="194"/>
        <source>Enter shows it in the article.</source>
        <translation>Enter lo muestra en el artículo.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/feedback_list.py" line="195"/>
        <source> Space opens the explanation.</source>
        <translation> Espacio abre la explicación.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/feedback_list.py" line="207"/>
        <source>{verdict}: {advice}</source>
        <translation>{verdict}: {advice}</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/feedback_list.py" line="212"/>
        <source>, paragraph {n}</source>
        <translation>, párrafo {n}</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../src/closeread/ui/reading/find.py" line="52"/>
        <location filename="../../src/closeread/ui/reading/find.py" line="61"/>
        <source>Find in the article</source>
        <translation>Buscar en el artículo</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/reading/find.py" line="62"/>
        <source>Words to find in the article</source>
        <translation>Palabras que buscar en el artículo</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/reading/find.py" line="69"/>
        <source>Previous place (Shift+Enter)</source>
        <translation>Coincidencia anterior (Shift+Enter)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/reading/find.py" line="70"/>
        <source>Next place (Enter)</source>
        <translation>Coincidencia siguiente (Enter)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/reading/find.py" line="71"/>
        <source>Close (Esc)</source>
        <translation>Cerrar (Esc)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/reading/find.py" line="132"/>
        <source>No match</source>
        <translation>Sin coincidencias</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/reading/find.py" line="136"/>
        <source>{n} of {total}</source>
        <translation>{n} de {total}</translation>
    </message>
</context>
<context>
    <name>FolderRow</name>
    <message>
        <location filename="../../src/closeread/ui/editor/folder_row.py" line="46"/>
        <source>The folder to save it in</source>
        <translation>La carpeta donde guardarlo</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/folder_row.py" line="47"/>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/folder_row.py" line="48"/>
        <source>Choose the folder to save it in</source>
        <translation>Elige la carpeta donde guardarlo</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/folder_row.py" line="56"/>
        <source>Name of the new folder</source>
        <translation>Nombre de la carpeta nueva</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/folder_row.py" line="60"/>
        <source>Save it &amp;in:</source>
        <translation>Guardar &amp;en:</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/folder_row.py" line="61"/>
        <source>Folder &amp;name:</source>
        <translation>&amp;Nombre de la carpeta:</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/folder_row.py" line="74"/>
        <source>CloseRead — Choose Where to Save the Pack</source>
        <translation>CloseRead — Elegir dónde guardar el paquete</translation>
    </message>
</context>
<context>
    <name>GradebookModel</name>
    <message>
        <location filename="../../src/closeread/ui/teacher/gradebook_model.py" line="139"/>
        <source>Lesson {n}</source>
        <translation>Lección {n}</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/gradebook_model.py" line="141"/>
        <source>Student</source>
        <translation>Estudiante</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/gradebook_model.py" line="142"/>
        <source>Class</source>
        <translation>Clase</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/gradebook_model.py" line="143"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/gradebook_model.py" line="144"/>
        <source>Done</source>
        <translation>Hechos</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/gradebook_model.py" line="150"/>
        <source>Lesson {n}: {title}</source>
        <translation>Lección {n}: {title}</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/gradebook_model.py" line="153"/>
        <source>Percent of all the pack&apos;s points</source>
        <translation>Porcentaje de todos los puntos del paquete</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/gradebook_model.py" line="155"/>
        <source>Exercises tried, of all the pack&apos;s exercises</source>
        <translation>Ejercicios intentados, de todos los ejercicios del paquete</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/gradebook_model.py" line="227"/>
        <source>Not started. Double-click to see the lesson.</source>
        <translation>Sin empezar. Haz doble clic para ver la lección.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/teacher/gradebook_model.py" line="229"/>
        <source>{points} of {possible} points; {done} of %n exercise(s) tried</source>
        <translation>
            <numerusform>{points} de {possible} puntos; {done} de %n ejercicio intentado</numerusform>
            <numerusform>{points} de {possible} puntos; {done} de %n ejercicios intentados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/teacher/gradebook_model.py" line="240"/>
        <source>; %n waiting to be scored</source>
        <translation>
            <numerusform>; %n por puntuar</numerusform>
            <numerusform>; %n por puntuar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/teacher/gradebook_model.py" line="247"/>
        <source>{done} of %n exercise(s) tried</source>
        <translation>
            <numerusform>{done} de %n ejercicio intentado</numerusform>
            <numerusform>{done} de %n ejercicios intentados</numerusform>
        </translation>
    </message>
    <message>
        <source>{points} of {possible} points; {done} of {total} exercises tried</source>
        <translation type="vanished">{points} de {possible} puntos; {done} de {total} ejercicios intentados</translation>
    </message>
    <message>
        <source>; {n} waiting to be scored</source>
        <translation type="vanished">; {n} por puntuar</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/gradebook_model.py" line="241"/>
        <source>. Double-click to see the answers.</source>
        <translation>. Haz doble clic para ver las respuestas.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/gradebook_model.py" line="243"/>
        <source>{points} of {possible} points</source>
        <translation>{points} de {possible} puntos</translation>
    </message>
    <message>
        <source>{done} of {total} exercises tried</source>
        <translation type="vanished">{done} de {total} ejercicios intentados</translation>
    </message>
</context>
<context>
    <name>GradebookTable</name>
    <message>
        <location filename="../../src/closeread/ui/teacher/gradebook_table.py" line="28"/>
        <source>Students and their scores</source>
        <translation>Estudiantes y sus puntuaciones</translation>
    </message>
</context>
<context>
    <name>HintsBox</name>
    <message>
        <location filename="../../src/closeread/ui/exercises/hints.py" line="79"/>
        <location filename="../../src/closeread/ui/exercises/hints.py" line="83"/>
        <source>Hints</source>
        <translation>Pistas</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/hints.py" line="123"/>
        <source>Hint {number}</source>
        <translation>Pista {number}</translation>
    </message>
    <message>
        <source>cost 1 point</source>
        <translation type="vanished">costó 1 punto</translation>
    </message>
    <message>
        <source>cost {points} points</source>
        <translation type="vanished">costó {points} puntos</translation>
    </message>
    <message>
        <source>Sh&amp;ow hint {number} (costs 1 point)</source>
        <translation type="vanished">M&amp;ostrar pista {number} (cuesta 1 punto)</translation>
    </message>
    <message>
        <source>Sh&amp;ow hint {number} (costs {points} points)</source>
        <translation type="vanished">M&amp;ostrar pista {number} (cuesta {points} puntos)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/exercises/hints.py" line="126"/>
        <source>cost {points} point(s)</source>
        <translation>
            <numerusform>costó {points} punto</numerusform>
            <numerusform>costó {points} puntos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/exercises/hints.py" line="141"/>
        <source>Sh&amp;ow hint {number} (costs {points} point(s))</source>
        <translation>
            <numerusform>M&amp;ostrar pista {number} (cuesta {points} punto)</numerusform>
            <numerusform>M&amp;ostrar pista {number} (cuesta {points} puntos)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/hints.py" line="144"/>
        <source>Sh&amp;ow hint {number} (free)</source>
        <translation>M&amp;ostrar pista {number} (gratis)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/hints.py" line="148"/>
        <source>Opening a hint takes its cost off this exercise&apos;s points.</source>
        <translation>Abrir una pista resta su coste de los puntos de este ejercicio.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/hints.py" line="150"/>
        <source>This hint costs nothing.</source>
        <translation>Esta pista no cuesta nada.</translation>
    </message>
</context>
<context>
    <name>ItemAnalysisPanel</name>
    <message>
        <location filename="../../src/closeread/ui/teacher/item_analysis.py" line="63"/>
        <source>For each exercise, from each student&apos;s answer that counts: what was missed, confused or chosen wrongly, most often first.</source>
        <translation>Para cada ejercicio, a partir de la respuesta que cuenta de cada estudiante: lo que se pasó por alto, se confundió o se eligió mal, de lo más frecuente a lo menos.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/item_analysis.py" line="71"/>
        <source>Item analysis</source>
        <translation>Análisis de ítems</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/item_analysis.py" line="74"/>
        <source>Exercise and item</source>
        <translation>Ejercicio e ítem</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/item_analysis.py" line="74"/>
        <source>Students</source>
        <translation>Estudiantes</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/item_analysis.py" line="74"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/item_analysis.py" line="113"/>
        <source>Analysing the class&apos;s answers…</source>
        <translation>Analizando las respuestas de la clase…</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/item_analysis.py" line="132"/>
        <source>The analysis failed: {error}</source>
        <translation>El análisis falló: {error}</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/item_analysis.py" line="144"/>
        <source>Lesson {n}: {title}</source>
        <translation>Lección {n}: {title}</translation>
    </message>
    <message>
        <source>{n} exercises, {tried} of them tried by someone.</source>
        <translation type="vanished">{n} ejercicios; alguien intentó {tried} de ellos.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/teacher/item_analysis.py" line="158"/>
        <source>%n exercise(s), {tried} of them tried by someone.</source>
        <translation>
            <numerusform>%n ejercicio; intentado por alguien: {tried}.</numerusform>
            <numerusform>%n ejercicios; alguien intentó {tried} de ellos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/item_analysis.py" line="169"/>
        <source>{n} of {total}</source>
        <translation>{n} de {total}</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/item_analysis.py" line="170"/>
        <source>tried it · mean {mean}</source>
        <translation>lo intentaron · media {mean}</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/item_analysis.py" line="178"/>
        <source>Options picked wrongly</source>
        <translation>Opciones elegidas por error</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/item_analysis.py" line="184"/>
        <source>worth {w}%</source>
        <translation>vale {w}%</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/item_analysis.py" line="188"/>
        <source>Pairs matched wrongly</source>
        <translation>Parejas mal emparejadas</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/item_analysis.py" line="190"/>
        <source>right: “{right}”</source>
        <translation>correcta: “{right}”</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/item_analysis.py" line="192"/>
        <source>; most chose “{wrong}”</source>
        <translation>; la mayoría eligió “{wrong}”</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/item_analysis.py" line="197"/>
        <source>Waiting for your review</source>
        <translation>Esperan tu revisión</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/item_analysis.py" line="199"/>
        <source>Rubric criteria not met</source>
        <translation>Criterios de la rúbrica no cumplidos</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/teacher/item_analysis.py" line="204"/>
        <source>Levels you gave (%n scored): the mean level</source>
        <translation>
            <numerusform>Niveles que diste (%n puntuada): el nivel medio</numerusform>
            <numerusform>Niveles que diste (%n puntuadas): el nivel medio</numerusform>
        </translation>
    </message>
    <message>
        <source>Levels you gave ({n} scored): the mean level</source>
        <translation type="vanished">Niveles que diste ({n} puntuadas): el nivel medio</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/item_analysis.py" line="209"/>
        <source>{n} at {level}</source>
        <translation>nivel {level}: {n}</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/item_analysis.py" line="222"/>
        <source>Key spans most missed</source>
        <translation>Pasajes de la clave más omitidos</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/item_analysis.py" line="225"/>
        <source>missed by {missed}; found by {found}</source>
        <translation>no encontrado por {missed}; encontrado por {found}</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/item_analysis.py" line="229"/>
        <source>; under another label by {n}</source>
        <translation>; con otra etiqueta por {n}</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/item_analysis.py" line="232"/>
        <source>Labels confused</source>
        <translation>Etiquetas confundidas</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/item_analysis.py" line="234"/>
        <source>{expected} marked as {marked}</source>
        <translation>{marked} en lugar de {expected}</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/item_analysis.py" line="239"/>
        <source>Marks matching no key span</source>
        <translation>Marcas que no coinciden con ningún pasaje de la clave</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/item_analysis.py" line="242"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
</context>
<context>
    <name>LabelBar</name>
    <message>
        <location filename="../../src/closeread/ui/reading/labelbar.py" line="67"/>
        <source>Labels</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/reading/labelbar.py" line="73"/>
        <source>Label the selection:</source>
        <translation>Etiqueta la selección:</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/reading/labelbar.py" line="74"/>
        <source>Label the selection</source>
        <translation>Etiquetar la selección</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/reading/labelbar.py" line="77"/>
        <source>Select words in the article (drag, or Shift+arrow keys; Ctrl+click selects a sentence), then press a label&apos;s number or click its button.</source>
        <translation>Selecciona palabras en el artículo (arrastra, o Shift+flechas; Ctrl+clic selecciona una oración) y luego pulsa el número de una etiqueta o haz clic en su botón.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/reading/labelbar.py" line="89"/>
        <source>Remove mark</source>
        <translation>Quitar marca</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/reading/labelbar.py" line="90"/>
        <source>Remove the mark at the cursor</source>
        <translation>Quitar la marca donde está el cursor</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/reading/labelbar.py" line="91"/>
        <source>Remove the mark at the cursor (Delete)</source>
        <translation>Quitar la marca donde está el cursor (Delete)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/reading/labelbar.py" line="118"/>
        <source>Label as {label} (key {number})</source>
        <translation>Etiquetar como {label} (tecla {number})</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/reading/labelbar.py" line="124"/>
        <source>Mark the selected words as {label} (press {number})</source>
        <translation>Marcar las palabras seleccionadas como {label} (pulsa {number})</translation>
    </message>
</context>
<context>
    <name>LessonPane</name>
    <message>
        <location filename="../../src/closeread/ui/exercises/lesson_pane.py" line="47"/>
        <source>Exercise</source>
        <translation>Ejercicio</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/lesson_pane.py" line="85"/>
        <source>◀  &amp;Previous</source>
        <translation>◀  Ante&amp;rior</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/lesson_pane.py" line="87"/>
        <source>Previous exercise</source>
        <translation>Ejercicio anterior</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/lesson_pane.py" line="88"/>
        <source>Previous exercise (Alt+Left)</source>
        <translation>Ejercicio anterior (Alt+Izquierda)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/lesson_pane.py" line="90"/>
        <location filename="../../src/closeread/ui/exercises/lesson_pane.py" line="230"/>
        <source>&amp;Next  ▶</source>
        <translation>&amp;Siguiente  ▶</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/lesson_pane.py" line="92"/>
        <source>Next exercise</source>
        <translation>Ejercicio siguiente</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/lesson_pane.py" line="93"/>
        <source>Next exercise (Alt+Right)</source>
        <translation>Ejercicio siguiente (Alt+Derecha)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/lesson_pane.py" line="124"/>
        <source>&amp;Start the First Exercise  ▶</source>
        <translation>&amp;Empezar el primer ejercicio  ▶</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/lesson_pane.py" line="126"/>
        <source>Start the first exercise</source>
        <translation>Empezar el primer ejercicio</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/lesson_pane.py" line="144"/>
        <source>Lesson introduction</source>
        <translation>Introducción de la lección</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/lesson_pane.py" line="161"/>
        <source>Lesson {n} of {count} · Introduction</source>
        <translation>Lección {n} de {count} · Introducción</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/exercises/lesson_pane.py" line="168"/>
        <source>This lesson has %n exercise(s). Read the article, then start.</source>
        <translation>
            <numerusform>Esta lección tiene %n ejercicio. Lee el artículo y luego empieza.</numerusform>
            <numerusform>Esta lección tiene %n ejercicios. Lee el artículo y luego empieza.</numerusform>
        </translation>
    </message>
    <message>
        <source>This lesson has {count} exercises. Read the article, then start.</source>
        <translation type="vanished">Esta lección tiene {count} ejercicios. Lee el artículo y luego empieza.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/lesson_pane.py" line="213"/>
        <source>Lesson {n} of {lessons} · Exercise {number} of {count}</source>
        <translation>Lección {n} de {lessons} · Ejercicio {number} de {count}</translation>
    </message>
</context>
<context>
    <name>LevelLines</name>
    <message>
        <location filename="../../src/closeread/ui/editor/compound.py" line="79"/>
        <source>Level {n}</source>
        <translation>Nivel {n}</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/compound.py" line="81"/>
        <source>What an answer at level {n} looks like</source>
        <translation>Cómo es una respuesta de nivel {n}</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/compound.py" line="84"/>
        <source>Level {n}:</source>
        <translation>Nivel {n}:</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <location filename="../../src/closeread/ui/library/panel.py" line="90"/>
        <location filename="../../src/closeread/ui/library/panel.py" line="96"/>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/library/panel.py" line="102"/>
        <source>Packs, lessons and exercises</source>
        <translation>Paquetes, lecciones y ejercicios</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/library/panel.py" line="104"/>
        <source>Press Enter to open the selected lesson or exercise.</source>
        <translation>Pulsa Enter para abrir la lección o el ejercicio seleccionado.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/library/panel.py" line="125"/>
        <source>Open Pack…</source>
        <translation>Abrir paquete…</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/library/panel.py" line="127"/>
        <source>Open a lesson pack folder or archive</source>
        <translation>Abrir la carpeta o el archivo comprimido de un paquete de lecciones</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/library/panel.py" line="176"/>
        <source>cannot open</source>
        <translation>no se puede abrir</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/library/panel.py" line="182"/>
        <source>Bundled with CloseRead</source>
        <translation>Incluido con CloseRead</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/library/panel.py" line="185"/>
        <source>loading…</source>
        <translation>cargando…</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/library/panel.py" line="195"/>
        <source>Introduction</source>
        <translation>Introducción</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/library/panel.py" line="208"/>
        <source>{done}/{total} done</source>
        <translation>{done}/{total} hechos</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/library/panel.py" line="209"/>
        <source>{done} of %n exercise(s) done</source>
        <translation>
            <numerusform>{done} de %n ejercicio hecho</numerusform>
            <numerusform>{done} de %n ejercicios hechos</numerusform>
        </translation>
    </message>
    <message>
        <source>{done} of {total} exercises done</source>
        <translation type="vanished">{done} de {total} ejercicios hechos</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/library/panel.py" line="212"/>
        <source> · {percent}%</source>
        <translation> · {percent}%</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/library/panel.py" line="213"/>
        <source>, {percent} percent of the lesson&apos;s points</source>
        <translation>, {percent} por ciento de los puntos de la lección</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/library/panel.py" line="230"/>
        <source>done, {percent} percent</source>
        <translation>hecho, {percent} por ciento</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/library/panel.py" line="233"/>
        <source>checked</source>
        <translation>comprobado</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/library/panel.py" line="235"/>
        <source>started</source>
        <translation>empezado</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/closeread/ui/shell/main_window.py" line="122"/>
        <source>Loading</source>
        <translation>Cargando</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/main_window.py" line="162"/>
        <source>Opening your work…</source>
        <translation>Abriendo tu trabajo…</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/main_window.py" line="165"/>
        <source>Opening…</source>
        <translation>Abriendo…</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/main_window.py" line="216"/>
        <source>No lesson pack</source>
        <translation>Sin paquete de lecciones</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/main_window.py" line="217"/>
        <source>Open a pack with File &gt; Open Pack…</source>
        <translation>Abre un paquete con Archivo &gt; Abrir paquete…</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/main_window.py" line="345"/>
        <source>Next &amp;Lesson  ▶</source>
        <translation>Siguiente &amp;lección  ▶</translation>
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
        <translation>Selecciona palabras en el artículo y luego pulsa el número de una etiqueta ({keys}) o haz clic en su botón. Ctrl+clic selecciona una oración entera; Delete quita la marca donde está el cursor.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/mark.py" line="89"/>
        <source>Labels</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/mark.py" line="94"/>
        <source>&amp;Mark on the article</source>
        <translation>&amp;Marcar en el artículo</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/mark.py" line="95"/>
        <source>Mark these on the article</source>
        <translation>Marcarlas en el artículo</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/mark.py" line="113"/>
        <source>Open the article to mark it.</source>
        <translation>Abre el artículo para marcarlo.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/mark.py" line="257"/>
        <source>Your marks ({count}):</source>
        <translation>Tus marcas ({count}):</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/mark.py" line="259"/>
        <source>No marks yet.</source>
        <translation>Aún no hay marcas.</translation>
    </message>
</context>
<context>
    <name>MarkdownField</name>
    <message>
        <location filename="../../src/closeread/ui/editor/markdown_field.py" line="41"/>
        <source>the text</source>
        <translation>el texto</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/markdown_field.py" line="42"/>
        <source>Preview of {name}</source>
        <translation>Vista previa de {name}</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/markdown_field.py" line="43"/>
        <source>What students see</source>
        <translation>Lo que ven los estudiantes</translation>
    </message>
</context>
<context>
    <name>MarkingController</name>
    <message>
        <location filename="../../src/closeread/ui/reading/marking.py" line="124"/>
        <source>Select some words first, then choose a label.</source>
        <translation>Primero selecciona algunas palabras y luego elige una etiqueta.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/reading/marking.py" line="147"/>
        <source>There is no mark at the cursor to remove.</source>
        <translation>Donde está el cursor no hay ninguna marca que quitar.</translation>
    </message>
</context>
<context>
    <name>MarksList</name>
    <message>
        <location filename="../../src/closeread/ui/exercises/mark_list.py" line="40"/>
        <source>Your marks</source>
        <translation>Tus marcas</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/mark_list.py" line="42"/>
        <source>Enter shows a mark in the article; Delete removes it; 1 to 9 relabel it.</source>
        <translation>Enter muestra una marca en el artículo; Delete la quita; de 1 a 9 le cambian la etiqueta.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/mark_list.py" line="76"/>
        <source>{glyph} {verdict} last time · {mark}</source>
        <translation>{glyph} {verdict} la última vez · {mark}</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/mark_list.py" line="108"/>
        <source>For comparison, your marks in “{title}”:</source>
        <translation>Para comparar, tus marcas en “{title}”:</translation>
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
        <translation>Elemento</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/match.py" line="59"/>
        <source>Match</source>
        <translation>Pareja</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/match.py" line="76"/>
        <source>Choose…</source>
        <translation>Elige…</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/match.py" line="86"/>
        <source>Match for {item}</source>
        <translation>Pareja de {item}</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/match.py" line="133"/>
        <source>Not matched</source>
        <translation>Sin emparejar</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/match.py" line="160"/>
        <source>It goes with “{right}”.</source>
        <translation>Va con “{right}”.</translation>
    </message>
</context>
<context>
    <name>Numbers</name>
    <message>
        <location filename="../../src/closeread/core/grading/verdicts.py" line="102"/>
        <source>.</source>
        <comment>the decimal point, as in 2.5 points</comment>
        <translation>,</translation>
    </message>
</context>
<context>
    <name>OutlineTree</name>
    <message>
        <location filename="../../src/closeread/ui/editor/outline.py" line="51"/>
        <source>Pack outline</source>
        <translation>Esquema del paquete</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/outline.py" line="54"/>
        <source>Lessons and their exercises. Ctrl+Up and Ctrl+Down move the exercise, Delete removes it, Ctrl+N adds one.</source>
        <translation>Lecciones y sus ejercicios. Ctrl+Arriba y Ctrl+Abajo mueven el ejercicio, Delete lo quita, Ctrl+N añade uno.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/outline.py" line="59"/>
        <source>Outline</source>
        <translation>Esquema</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/outline.py" line="59"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
</context>
<context>
    <name>OverrideEditor</name>
    <message>
        <location filename="../../src/closeread/ui/teacher/override_editor.py" line="36"/>
        <location filename="../../src/closeread/ui/teacher/override_editor.py" line="38"/>
        <source>Teacher&apos;s score</source>
        <translation>Puntuación del profesor</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/override_editor.py" line="48"/>
        <source>Points</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/override_editor.py" line="49"/>
        <source>&amp;Points:</source>
        <translation>&amp;Puntos:</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/override_editor.py" line="58"/>
        <source>A word to the student (optional)</source>
        <translation>Unas palabras para el estudiante (opcional)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/override_editor.py" line="59"/>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/override_editor.py" line="61"/>
        <source>&amp;Comment:</source>
        <translation>&amp;Comentario:</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/override_editor.py" line="65"/>
        <source>&amp;Save Score</source>
        <translation>&amp;Guardar puntuación</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/override_editor.py" line="67"/>
        <source>Save the teacher&apos;s score</source>
        <translation>Guardar la puntuación del profesor</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/override_editor.py" line="69"/>
        <source>Use the &amp;Rules&apos; Score</source>
        <translation>Usar la puntuación de las &amp;reglas</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/override_editor.py" line="71"/>
        <source>Withdraw the teacher&apos;s score</source>
        <translation>Retirar la puntuación del profesor</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/override_editor.py" line="91"/>
        <source>of {n}</source>
        <translation>de {n}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/teacher/override_editor.py" line="113"/>
        <source>Your score counts: {points} of {n} point(s).</source>
        <translation>
            <numerusform>Cuenta tu puntuación: {points} de {n} punto.</numerusform>
            <numerusform>Cuenta tu puntuación: {points} de {n} puntos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/teacher/override_editor.py" line="121"/>
        <source>The rules&apos; provisional score counts: {points} of {n} point(s). Save a score (the same or another) to decide it.</source>
        <translation>
            <numerusform>Cuenta la puntuación provisional de las reglas: {points} de {n} punto. Guarda una puntuación (la misma u otra) para resolverla.</numerusform>
            <numerusform>Cuenta la puntuación provisional de las reglas: {points} de {n} puntos. Guarda una puntuación (la misma u otra) para resolverla.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your score counts: {points} of {n} points.</source>
        <translation type="vanished">Cuenta tu puntuación: {points} de {n} puntos.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/override_editor.py" line="117"/>
        <source>Not scored yet: give a score to decide it.</source>
        <translation>Aún sin puntuar: pon una puntuación para resolverla.</translation>
    </message>
    <message>
        <source>The rules&apos; provisional score counts: {points} of {n} points. Save a score (the same or another) to decide it.</source>
        <translation type="vanished">Cuenta la puntuación provisional de las reglas: {points} de {n} puntos. Guarda una puntuación (la misma u otra) para resolverla.</translation>
    </message>
</context>
<context>
    <name>PackEditor</name>
    <message>
        <location filename="../../src/closeread/ui/editor/window.py" line="177"/>
        <source>The article</source>
        <translation>El artículo</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/window.py" line="198"/>
        <source>CloseRead — Editing {title}</source>
        <translation>CloseRead — Editando {title}</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/window.py" line="247"/>
        <source>{where}, answer key passage {n}</source>
        <translation>{where}, pasaje {n} de la clave de respuestas</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/window.py" line="248"/>
        <source>Showing {where}</source>
        <translation>Mostrando {where}</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/window.py" line="264"/>
        <source>Not saved</source>
        <translation>No se guardó</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/window.py" line="273"/>
        <source>Not saved: {files} changed on disk.</source>
        <translation>No se guardó: hay cambios en el disco ({files}).</translation>
    </message>
    <message>
        <source>Saved. The checker finds {n} errors: see Problems.</source>
        <translation type="vanished">Guardado. El comprobador encuentra {n} errores: mira Problemas.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/editor/window.py" line="276"/>
        <source>Saved. The checker finds %n error(s): see Problems.</source>
        <translation>
            <numerusform>Guardado. El comprobador encuentra %n error: mira Problemas.</numerusform>
            <numerusform>Guardado. El comprobador encuentra %n errores: mira Problemas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/window.py" line="278"/>
        <source>Nothing to save: the pack on disk is ready to hand out.</source>
        <translation>Nada que guardar: el paquete en el disco está listo para repartir.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/window.py" line="280"/>
        <source>Saved. The pack is ready to hand out.</source>
        <translation>Guardado. El paquete está listo para repartir.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/window.py" line="293"/>
        <source>{files} changed on disk; your edits are kept.</source>
        <translation>Hay cambios en el disco ({files}); tus ediciones se conservan.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/window.py" line="296"/>
        <source>Read again: {files} changed on disk.</source>
        <translation>Leído de nuevo: hubo cambios en el disco ({files}).</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/window.py" line="302"/>
        <source>Select an exercise to try.</source>
        <translation>Selecciona un ejercicio para probarlo.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/window.py" line="307"/>
        <source>CloseRead — Save first?</source>
        <translation>CloseRead — ¿Guardar primero?</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/window.py" line="308"/>
        <source>Students get the pack as saved. Save your edits before trying?</source>
        <translation>Los estudiantes reciben el paquete tal como está guardado. ¿Guardar tus ediciones antes de probar?</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/window.py" line="318"/>
        <source>Cannot try the exercise</source>
        <translation>No se puede probar el ejercicio</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/window.py" line="344"/>
        <source>CloseRead — Save the pack?</source>
        <translation>CloseRead — ¿Guardar el paquete?</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/window.py" line="345"/>
        <source>Save your edits to {files}?</source>
        <translation>¿Guardar tus ediciones en {files}?</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../../src/closeread/ui/teacher/pin_dialog.py" line="95"/>
        <source>CloseRead — Set the Teacher PIN</source>
        <translation>CloseRead — Establecer el PIN de profesor</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/pin_dialog.py" line="97"/>
        <source>CloseRead — Change the Teacher PIN</source>
        <translation>CloseRead — Cambiar el PIN de profesor</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/pin_dialog.py" line="100"/>
        <source>Set a teacher PIN</source>
        <translation>Establecer un PIN de profesor</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/pin_dialog.py" line="100"/>
        <source>Change the PIN</source>
        <translation>Cambiar el PIN</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/pin_dialog.py" line="104"/>
        <source>Teacher mode shows every student&apos;s work and the answer keys. Choose a PIN of at least {n} characters that your students do not know; CloseRead asks for it each time teacher mode is opened.</source>
        <translation>El modo profesor muestra el trabajo de todos los estudiantes y las claves de respuestas. Elige un PIN de al menos {n} caracteres que tus estudiantes no conozcan; CloseRead lo pide cada vez que se abre el modo profesor.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/pin_dialog.py" line="110"/>
        <source>&amp;Current PIN:</source>
        <translation>PIN &amp;actual:</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/pin_dialog.py" line="111"/>
        <source>Current PIN</source>
        <translation>PIN actual</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/pin_dialog.py" line="112"/>
        <source>&amp;New PIN:</source>
        <translation>PIN &amp;nuevo:</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/pin_dialog.py" line="113"/>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Repítelo:</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/pin_dialog.py" line="114"/>
        <source>New PIN</source>
        <translation>PIN nuevo</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/pin_dialog.py" line="115"/>
        <source>Repeat the new PIN</source>
        <translation>Repite el PIN nuevo</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/pin_dialog.py" line="116"/>
        <source>&amp;Set PIN</source>
        <translation>&amp;Establecer PIN</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/pin_dialog.py" line="118"/>
        <source>CloseRead — Teacher PIN</source>
        <translation>CloseRead — PIN de profesor</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/pin_dialog.py" line="119"/>
        <source>Teacher mode</source>
        <translation>Modo profesor</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/pin_dialog.py" line="121"/>
        <source>Enter the teacher PIN to open teacher mode.</source>
        <translation>Escribe el PIN de profesor para abrir el modo profesor.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/pin_dialog.py" line="123"/>
        <source>&amp;PIN:</source>
        <translation>&amp;PIN:</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/pin_dialog.py" line="125"/>
        <source>Teacher PIN</source>
        <translation>PIN de profesor</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/pin_dialog.py" line="126"/>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/pin_dialog.py" line="183"/>
        <location filename="../../src/closeread/ui/teacher/pin_dialog.py" line="195"/>
        <source>At least {n} characters.</source>
        <translation>Al menos {n} caracteres.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/pin_dialog.py" line="192"/>
        <source>The two PINs are not the same.</source>
        <translation>Los dos PIN no coinciden.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/pin_dialog.py" line="193"/>
        <source>A PIN cannot be only spaces.</source>
        <translation>Un PIN no puede ser solo espacios.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/teacher/pin_dialog.py" line="227"/>
        <source>Wrong PIN. %n more wrong tries make CloseRead wait.</source>
        <translation>
            <numerusform>PIN incorrecto. Con %n intento fallido más, CloseRead te hará esperar.</numerusform>
            <numerusform>PIN incorrecto. Con %n intentos fallidos más, CloseRead te hará esperar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/teacher/pin_dialog.py" line="246"/>
        <source>Wrong PIN. Wait %n second(s) before the next try.</source>
        <translation>
            <numerusform>PIN incorrecto. Espera %n segundo antes del siguiente intento.</numerusform>
            <numerusform>PIN incorrecto. Espera %n segundos antes del siguiente intento.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong PIN. {n} more wrong tries make CloseRead wait.</source>
        <translation type="vanished">PIN incorrecto. Con {n} intentos fallidos más, CloseRead te hará esperar.</translation>
    </message>
    <message>
        <source>Wrong PIN. One more wrong try makes CloseRead wait.</source>
        <translation type="vanished">PIN incorrecto. Con un intento fallido más, CloseRead te hará esperar.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/pin_dialog.py" line="240"/>
        <source>You can try the PIN again.</source>
        <translation>Ya puedes volver a probar el PIN.</translation>
    </message>
    <message>
        <source>Wrong PIN. Wait {n} seconds before the next try.</source>
        <translation type="vanished">PIN incorrecto. Espera {n} segundos antes del siguiente intento.</translation>
    </message>
    <message>
        <source>Wrong PIN. Wait 1 second before the next try.</source>
        <translation type="vanished">PIN incorrecto. Espera 1 segundo antes del siguiente intento.</translation>
    </message>
</context>
<context>
    <name>Plurals</name>
    <message numerus="yes">
        <location filename="../../src/closeread/core/grading/verdicts.py" line="116"/>
        <source>{points} point(s)</source>
        <translation>
            <numerusform>{points} punto</numerusform>
            <numerusform>{points} puntos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/core/grading/verdicts.py" line="123"/>
        <source>{earned} of {possible} point(s)</source>
        <translation>
            <numerusform>{earned} de {possible} punto</numerusform>
            <numerusform>{earned} de {possible} puntos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/core/kinds/mark.py" line="90"/>
        <source>You found {found} of %n passage(s) in the key.</source>
        <translation>
            <numerusform>Encontraste {found} de %n pasaje de la clave.</numerusform>
            <numerusform>Encontraste {found} de %n pasajes de la clave.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/core/kinds/mark.py" line="93"/>
        <source>%n passage(s) still to find.</source>
        <translation>
            <numerusform>Queda %n pasaje por encontrar.</numerusform>
            <numerusform>Quedan %n pasajes por encontrar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/editor/keyspans.py" line="211"/>
        <source>Answer key: %n passage(s)</source>
        <translation>
            <numerusform>Clave de respuestas: %n pasaje</numerusform>
            <numerusform>Clave de respuestas: %n pasajes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/editor/pages.py" line="26"/>
        <source>{words} words in %n block(s).</source>
        <translation>
            <numerusform>{words} palabras en %n bloque.</numerusform>
            <numerusform>{words} palabras en %n bloques.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/exercises/actions.py" line="19"/>
        <location filename="../../src/closeread/ui/shell/app.py" line="178"/>
        <source>%n attempt(s)</source>
        <translation>
            <numerusform>%n intento</numerusform>
            <numerusform>%n intentos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/shell/hand_in.py" line="104"/>
        <source>Saved your %n checked answer(s) to {path}.</source>
        <translation>
            <numerusform>Se guardó %n respuesta comprobada en {path}.</numerusform>
            <numerusform>Se guardaron tus %n respuestas comprobadas en {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/shell/hand_in.py" line="110"/>
        <source>%n answer(s) made with another version of this pack not in the file.</source>
        <translation>
            <numerusform>%n respuesta hecha con otra versión de este paquete no está en el archivo.</numerusform>
            <numerusform>%n respuestas hechas con otra versión de este paquete no están en el archivo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/teacher/import_dialog.py" line="64"/>
        <source>Nothing new for {student}: its %n attempts were here already</source>
        <translation>
            <numerusform>Nada nuevo de {student}: su %n intento ya estaba aquí</numerusform>
            <numerusform>Nada nuevo de {student}: sus %n intentos ya estaban aquí</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/teacher/import_dialog.py" line="69"/>
        <source>%n attempt(s) for {student}</source>
        <translation>
            <numerusform>%n intento de {student}</numerusform>
            <numerusform>%n intentos de {student}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/teacher/import_dialog.py" line="73"/>
        <source>(%n already here)</source>
        <translation>
            <numerusform>(ya había %n)</numerusform>
            <numerusform>(ya había %n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/teacher/import_dialog.py" line="87"/>
        <source>“{title}” allows %n attempt(s)</source>
        <translation>
            <numerusform>“{title}” permite %n intento</numerusform>
            <numerusform>“{title}” permite %n intentos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/teacher/import_dialog.py" line="92"/>
        <source>; %n attempt(s) refused over the limit, counting every hand-in from this student</source>
        <translation>
            <numerusform>; %n intento rechazado por superar el límite, contando todas las entregas de este estudiante</numerusform>
            <numerusform>; %n intentos rechazados por superar el límite, contando todas las entregas de este estudiante</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <location filename="../../src/closeread/ui/common/problems_dialog.py" line="52"/>
        <source>Problems found</source>
        <translation>Problemas encontrados</translation>
    </message>
    <message>
        <source>{errors} error(s), {warnings} warning(s)</source>
        <translation type="vanished">{errors} error(es), {warnings} advertencia(s)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/common/problems_dialog.py" line="58"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/common/problems_dialog.py" line="58"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n advertencia</numerusform>
            <numerusform>%n advertencias</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/common/problems_dialog.py" line="63"/>
        <source>&amp;Copy List</source>
        <translation>&amp;Copiar la lista</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/common/problems_dialog.py" line="64"/>
        <source>Copy the list of problems</source>
        <translation>Copiar la lista de problemas</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/common/problems_dialog.py" line="68"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <location filename="../../src/closeread/ui/editor/problems.py" line="103"/>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/problems.py" line="105"/>
        <source>Enter or a click goes to the place a problem names.</source>
        <translation>Enter o un clic te lleva al lugar que indica un problema.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/problems.py" line="130"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/problems.py" line="130"/>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/problems.py" line="136"/>
        <source>No problems: the checker finds nothing to fix.</source>
        <translation>Sin problemas: el comprobador no encuentra nada que corregir.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/editor/problems.py" line="141"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/editor/problems.py" line="142"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n advertencia</numerusform>
            <numerusform>%n advertencias</numerusform>
        </translation>
    </message>
    <message>
        <source>1 error</source>
        <translation type="vanished">1 error</translation>
    </message>
    <message>
        <source>{n} errors</source>
        <translation type="vanished">{n} errores</translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation type="vanished">1 advertencia</translation>
    </message>
    <message>
        <source>{n} warnings</source>
        <translation type="vanished">{n} advertencias</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/problems.py" line="144"/>
        <source>&amp;Problems: {counts}</source>
        <translation>&amp;Problemas: {counts}</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../../src/closeread/ui/shell/profile_dialog.py" line="50"/>
        <source>CloseRead — Who is reading?</source>
        <translation>CloseRead — ¿Quién está leyendo?</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/profile_dialog.py" line="51"/>
        <source>Choose your profile</source>
        <translation>Elige tu perfil</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/profile_dialog.py" line="75"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/profile_dialog.py" line="75"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/profile_dialog.py" line="93"/>
        <source>Profiles</source>
        <translation>Perfiles</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/profile_dialog.py" line="106"/>
        <source>&amp;New Profile…</source>
        <translation>&amp;Nuevo perfil…</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/profile_dialog.py" line="108"/>
        <location filename="../../src/closeread/ui/shell/profile_dialog.py" line="168"/>
        <source>New profile</source>
        <translation>Nuevo perfil</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/profile_dialog.py" line="119"/>
        <source>Your name</source>
        <translation>Tu nombre</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/profile_dialog.py" line="120"/>
        <source>Class (optional)</source>
        <translation>Clase (opcional)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/profile_dialog.py" line="121"/>
        <source>Student ID (optional)</source>
        <translation>ID de estudiante (opcional)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/profile_dialog.py" line="122"/>
        <source>First and last name</source>
        <translation>Nombre y apellidos</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/profile_dialog.py" line="123"/>
        <source>For example 9B</source>
        <translation>Por ejemplo, 3B</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/profile_dialog.py" line="124"/>
        <source>If your teacher gave you one</source>
        <translation>Si tu profesor te dio uno</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/profile_dialog.py" line="125"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/profile_dialog.py" line="126"/>
        <source>&amp;Class:</source>
        <translation>&amp;Clase:</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/profile_dialog.py" line="127"/>
        <source>Student &amp;ID:</source>
        <translation>&amp;ID de estudiante:</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/profile_dialog.py" line="129"/>
        <source>&amp;Back to Profiles</source>
        <translation>&amp;Volver a los perfiles</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/profile_dialog.py" line="130"/>
        <source>Back to the list of profiles</source>
        <translation>Volver a la lista de perfiles</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/profile_dialog.py" line="157"/>
        <source>Who is reading?</source>
        <translation>¿Quién está leyendo?</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/profile_dialog.py" line="158"/>
        <source>Choose your profile and press Enter, or make a new one.</source>
        <translation>Elige tu perfil y pulsa Enter, o crea uno nuevo.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/profile_dialog.py" line="159"/>
        <source>&amp;Continue</source>
        <translation>&amp;Continuar</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/profile_dialog.py" line="160"/>
        <source>Continue with the chosen profile</source>
        <translation>Continuar con el perfil elegido</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/profile_dialog.py" line="168"/>
        <source>Welcome to CloseRead</source>
        <translation>Te damos la bienvenida a CloseRead</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/profile_dialog.py" line="171"/>
        <source>Type your name to start. Your teacher may also ask for your class and student ID. Your work is saved on this computer under this profile.</source>
        <translation>Escribe tu nombre para empezar. Puede que tu profesor también te pida tu clase y tu ID de estudiante. Tu trabajo se guarda en este equipo, en este perfil.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/profile_dialog.py" line="176"/>
        <source>&amp;Start Reading</source>
        <translation>&amp;Empezar a leer</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/profile_dialog.py" line="177"/>
        <source>Create the profile and start reading</source>
        <translation>Crear el perfil y empezar a leer</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <location filename="../../src/closeread/ui/library/progress_view.py" line="71"/>
        <source>CloseRead — My Progress</source>
        <translation>CloseRead — Mi progreso</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/library/progress_view.py" line="72"/>
        <source>My progress</source>
        <translation>Mi progreso</translation>
    </message>
    <message>
        <source>{percent}% of the pack&apos;s points · {earned} of {possible} points</source>
        <translation type="vanished">{percent}% de los puntos del paquete · {earned} de {possible} puntos</translation>
    </message>
    <message>
        <source>{done} of {total} exercises done. An exercise not tried yet counts 0 points, as it does for your teacher.</source>
        <translation type="vanished">{done} de {total} ejercicios hechos. Un ejercicio aún sin intentar cuenta 0 puntos, igual que para tu profesor.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/library/progress_view.py" line="120"/>
        <source>Lessons and exercises</source>
        <translation>Lecciones y ejercicios</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/library/progress_view.py" line="121"/>
        <source>Press Enter on an exercise to go to it.</source>
        <translation>Pulsa Enter sobre un ejercicio para ir a él.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/library/progress_view.py" line="125"/>
        <source>Lesson or exercise</source>
        <translation>Lección o ejercicio</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/library/progress_view.py" line="126"/>
        <source>Points</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/library/progress_view.py" line="127"/>
        <source>Attempts used</source>
        <translation>Intentos usados</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/library/progress_view.py" line="128"/>
        <source>What is left</source>
        <translation>Lo que falta</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/library/progress_view.py" line="158"/>
        <source>{earned} of {possible} · {percent}%</source>
        <translation>{earned} de {possible} · {percent}%</translation>
    </message>
    <message>
        <source>{earned} of {possible} points, {percent} percent</source>
        <translation type="vanished">{earned} de {possible} puntos, {percent} por ciento</translation>
    </message>
    <message>
        <source>{n} to do</source>
        <translation type="vanished">{n} por hacer</translation>
    </message>
    <message>
        <source>1 to try again</source>
        <translation type="vanished">1 por intentar de nuevo</translation>
    </message>
    <message>
        <source>{n} to try again</source>
        <translation type="vanished">{n} por intentar de nuevo</translation>
    </message>
    <message>
        <source>{n} waiting</source>
        <translation type="vanished">{n} en espera</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/library/progress_view.py" line="89"/>
        <source>{percent}% of the pack&apos;s points · {earned} of {possible} point(s)</source>
        <translation>
            <numerusform>{percent}% de los puntos del paquete · {earned} de {possible} punto</numerusform>
            <numerusform>{percent}% de los puntos del paquete · {earned} de {possible} puntos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/library/progress_view.py" line="110"/>
        <source>{done} of %n exercise(s) done. An exercise not tried yet counts 0 points, as it does for your teacher.</source>
        <translation>
            <numerusform>{done} de %n ejercicio hecho. Un ejercicio aún sin intentar cuenta 0 puntos, igual que para tu profesor.</numerusform>
            <numerusform>{done} de %n ejercicios hechos. Un ejercicio aún sin intentar cuenta 0 puntos, igual que para tu profesor.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/library/progress_view.py" line="175"/>
        <source>{earned} of {possible} point(s), {percent} percent</source>
        <translation>
            <numerusform>{earned} de {possible} punto, {percent} por ciento</numerusform>
            <numerusform>{earned} de {possible} puntos, {percent} por ciento</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/library/progress_view.py" line="192"/>
        <source>%n to do</source>
        <translation>
            <numerusform>%n por hacer</numerusform>
            <numerusform>%n por hacer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/library/progress_view.py" line="195"/>
        <source>%n to try again</source>
        <translation>
            <numerusform>%n por intentar de nuevo</numerusform>
            <numerusform>%n por intentar de nuevo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/library/progress_view.py" line="197"/>
        <source>%n waiting</source>
        <translation>
            <numerusform>%n en espera</numerusform>
            <numerusform>%n en espera</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/library/progress_view.py" line="198"/>
        <source>All done</source>
        <translation>Todo hecho</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/library/progress_view.py" line="204"/>
        <source>{symbol} {earned} of {possible}</source>
        <translation>{symbol} {earned} de {possible}</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/library/progress_view.py" line="209"/>
        <source>— of {possible}</source>
        <translation>— de {possible}</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/library/progress_view.py" line="211"/>
        <source>{used} of {allowed}</source>
        <translation>{used} de {allowed}</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/library/progress_view.py" line="223"/>
        <source>✉ Waiting for your teacher</source>
        <translation>✉ Esperando a tu profesor</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/library/progress_view.py" line="225"/>
        <source>Draft saved, not checked</source>
        <translation>Borrador guardado, sin comprobar</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/library/progress_view.py" line="225"/>
        <source>Not started</source>
        <translation>Sin empezar</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/library/progress_view.py" line="229"/>
        <source>Can try again</source>
        <translation>Puedes intentarlo de nuevo</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/library/progress_view.py" line="230"/>
        <source>%n attempt(s) left</source>
        <translation>
            <numerusform>Queda %n intento</numerusform>
            <numerusform>Quedan %n intentos</numerusform>
        </translation>
    </message>
    <message>
        <source>1 attempt left</source>
        <translation type="vanished">Queda 1 intento</translation>
    </message>
    <message>
        <source>{n} attempts left</source>
        <translation type="vanished">Quedan {n} intentos</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/library/progress_view.py" line="232"/>
        <source>✓ Done</source>
        <translation>✓ Hecho</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/library/progress_view.py" line="233"/>
        <source>Done · no attempts left</source>
        <translation>Hecho · no quedan intentos</translation>
    </message>
</context>
<context>
    <name>ReadingAids</name>
    <message>
        <location filename="../../src/closeread/ui/shell/reading_aids.py" line="183"/>
        <source>The cursor is not on a word of the glossary.</source>
        <translation>El cursor no está sobre una palabra del glosario.</translation>
    </message>
</context>
<context>
    <name>RescoreDialog</name>
    <message>
        <location filename="../../src/closeread/ui/teacher/rescore_dialog.py" line="90"/>
        <source>CloseRead — Re-score</source>
        <translation>CloseRead — Volver a puntuar</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/rescore_dialog.py" line="91"/>
        <source>Re-score</source>
        <translation>Volver a puntuar</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/rescore_dialog.py" line="96"/>
        <source>Re-score “{title}”</source>
        <translation>Volver a puntuar “{title}”</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/rescore_dialog.py" line="100"/>
        <source>Every saved answer to this pack is scored again with the key of the version you choose. Scores that change are saved as new scores; the old ones stay in the history. Scores you gave yourself stay and still count. A pack folder you open is installed only when you save, and then students see that version.</source>
        <translation>Cada respuesta guardada de este paquete se puntúa de nuevo con la clave de la versión que elijas. Las puntuaciones que cambian se guardan como nuevas; las antiguas quedan en el historial. Las puntuaciones que pusiste tú se mantienen y siguen contando. Una carpeta de paquete que abras solo se instala cuando guardas, y entonces los estudiantes ven esa versión.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/rescore_dialog.py" line="110"/>
        <source>Score &amp;with:</source>
        <translation>Puntuar c&amp;on:</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/rescore_dialog.py" line="113"/>
        <source>Version whose key scores the answers</source>
        <translation>Versión cuya clave puntúa las respuestas</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/rescore_dialog.py" line="115"/>
        <source>Open Pack &amp;Folder…</source>
        <translation>Abrir &amp;carpeta de paquete…</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/rescore_dialog.py" line="118"/>
        <source>Choose a pack folder to score with; it is installed only when you save</source>
        <translation>Elige una carpeta de paquete con la que puntuar; solo se instala cuando guardas</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/rescore_dialog.py" line="133"/>
        <source>What changes</source>
        <translation>Qué cambia</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/rescore_dialog.py" line="136"/>
        <source>Student</source>
        <translation>Estudiante</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/rescore_dialog.py" line="137"/>
        <source>Lesson and exercise</source>
        <translation>Lección y ejercicio</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/rescore_dialog.py" line="138"/>
        <source>Attempt</source>
        <translation>Intento</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/rescore_dialog.py" line="139"/>
        <source>Score: before → after</source>
        <translation>Puntuación: antes → después</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/rescore_dialog.py" line="140"/>
        <source>Note</source>
        <translation>Observaciones</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/rescore_dialog.py" line="158"/>
        <location filename="../../src/closeread/ui/teacher/rescore_dialog.py" line="221"/>
        <source>&amp;Save New Scores</source>
        <translation>&amp;Guardar nuevas puntuaciones</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/rescore_dialog.py" line="184"/>
        <source>from {folder}, installed when you save</source>
        <translation>desde {folder}, se instala al guardar</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/rescore_dialog.py" line="186"/>
        <source>installed</source>
        <translation>instalada</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/rescore_dialog.py" line="188"/>
        <source>bundled with CloseRead</source>
        <translation>incluida con CloseRead</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/rescore_dialog.py" line="189"/>
        <source>Version {version} · {where} · content {hash}</source>
        <translation>Versión {version} · {where} · contenido {hash}</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/rescore_dialog.py" line="193"/>
        <source> (newest)</source>
        <translation> (la más reciente)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/rescore_dialog.py" line="216"/>
        <source>No copy of this pack with its key is installed here.</source>
        <translation>Aquí no hay instalada ninguna copia de este paquete con su clave.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/rescore_dialog.py" line="218"/>
        <source>Working out what changes…</source>
        <translation>Calculando qué cambia…</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/rescore_dialog.py" line="221"/>
        <source>Install and &amp;Save New Scores</source>
        <translation>Instalar y &amp;guardar nuevas puntuaciones</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/rescore_dialog.py" line="249"/>
        <source>your {score} still counts</source>
        <translation>tu {score} sigue contando</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/teacher/rescore_dialog.py" line="264"/>
        <source>{n} of %n answer(s) change with version {version}.</source>
        <translation>
            <numerusform>{n} de %n respuesta cambia con la versión {version}.</numerusform>
            <numerusform>{n} de %n respuestas cambian con la versión {version}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/teacher/rescore_dialog.py" line="270"/>
        <source>%n left as they were: their exercise changed under them.</source>
        <translation>
            <numerusform>%n se queda como estaba: su ejercicio cambió después de que se respondiera.</numerusform>
            <numerusform>%n se quedan como estaban: su ejercicio cambió después de que se respondieran.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/teacher/rescore_dialog.py" line="278"/>
        <source>%n answer(s) were made with a copy that is no longer installed; they are scored as if its text and options were the same.</source>
        <translation>
            <numerusform>%n respuesta se hizo con una copia que ya no está instalada; se puntúa como si su texto y sus opciones fueran los mismos.</numerusform>
            <numerusform>%n respuestas se hicieron con una copia que ya no está instalada; se puntúan como si su texto y sus opciones fueran los mismos.</numerusform>
        </translation>
    </message>
    <message>
        <source>{n} of {total} answers change with version {version}.</source>
        <translation type="vanished">{n} de {total} respuestas cambian con la versión {version}.</translation>
    </message>
    <message>
        <source>{n} are left as they were: their exercise changed under them.</source>
        <translation type="vanished">{n} se quedan como estaban: su ejercicio cambió después de que se respondieran.</translation>
    </message>
    <message>
        <source>{n} were made with a copy that is no longer installed; they are scored as if its text and options were the same.</source>
        <translation type="vanished">{n} se hicieron con una copia que ya no está instalada; se puntúan como si su texto y sus opciones fueran los mismos.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/rescore_dialog.py" line="285"/>
        <source>Saving installs the new version: students will see it.</source>
        <translation>Al guardar se instala la nueva versión: los estudiantes la verán.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/rescore_dialog.py" line="287"/>
        <source>Nothing to save.</source>
        <translation>No hay nada que guardar.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/rescore_dialog.py" line="292"/>
        <source>Re-scoring failed: {error}</source>
        <translation>No se pudo volver a puntuar: {error}</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/rescore_dialog.py" line="305"/>
        <location filename="../../src/closeread/ui/teacher/rescore_dialog.py" line="365"/>
        <source>The pack was not installed</source>
        <translation>El paquete no se instaló</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/rescore_dialog.py" line="317"/>
        <source>CloseRead — Open the Fixed Pack&apos;s Folder</source>
        <translation>CloseRead — Abrir la carpeta del paquete corregido</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/rescore_dialog.py" line="328"/>
        <source>Checking the pack…</source>
        <translation>Comprobando el paquete…</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/rescore_dialog.py" line="335"/>
        <source>That folder holds the pack “{other}”, not “{this}”.</source>
        <translation>Esa carpeta contiene el paquete “{other}”, no “{this}”.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/rescore_dialog.py" line="347"/>
        <source>The pack cannot be used to re-score</source>
        <translation>El paquete no se puede usar para volver a puntuar</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/rescore_dialog.py" line="362"/>
        <source>The pack has problems</source>
        <translation>El paquete tiene problemas</translation>
    </message>
</context>
<context>
    <name>ResultView</name>
    <message>
        <location filename="../../src/closeread/ui/exercises/result.py" line="73"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/result.py" line="105"/>
        <source>Feedback</source>
        <translation>Comentarios</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/result.py" line="110"/>
        <location filename="../../src/closeread/ui/exercises/result.py" line="119"/>
        <source>About this exercise</source>
        <translation>Sobre este ejercicio</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/result.py" line="111"/>
        <source>About this exercise: the explanation</source>
        <translation>Sobre este ejercicio: la explicación</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/exercises/result.py" line="159"/>
        <source>of {possible} point(s)</source>
        <translation>
            <numerusform>de {possible} punto</numerusform>
            <numerusform>de {possible} puntos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/exercises/result.py" line="226"/>
        <source>{found} of %n found</source>
        <translation>
            <numerusform>{found} de %n encontrado</numerusform>
            <numerusform>{found} de %n encontrados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/exercises/result.py" line="229"/>
        <source>%n nearly right</source>
        <translation>
            <numerusform>%n casi bien</numerusform>
            <numerusform>%n casi bien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/exercises/result.py" line="230"/>
        <source>%n wrong label(s)</source>
        <translation>
            <numerusform>%n etiqueta errónea</numerusform>
            <numerusform>%n etiquetas erróneas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/exercises/result.py" line="231"/>
        <source>%n extra</source>
        <translation>
            <numerusform>%n de más</numerusform>
            <numerusform>%n de más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/exercises/result.py" line="232"/>
        <source>%n missed</source>
        <translation>
            <numerusform>%n sin encontrar</numerusform>
            <numerusform>%n sin encontrar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/exercises/result.py" line="234"/>
        <source>%n still to find</source>
        <translation>
            <numerusform>%n por encontrar</numerusform>
            <numerusform>%n por encontrar</numerusform>
        </translation>
    </message>
    <message>
        <source>of 1 point</source>
        <translation type="vanished">de 1 punto</translation>
    </message>
    <message>
        <source>of {possible} points</source>
        <translation type="vanished">de {possible} puntos</translation>
    </message>
    <message>
        <source>{found} of {total} found</source>
        <translation type="vanished">{found} de {total} encontrados</translation>
    </message>
    <message>
        <source>1 nearly right</source>
        <translation type="vanished">1 casi bien</translation>
    </message>
    <message>
        <source>{n} nearly right</source>
        <translation type="vanished">{n} casi bien</translation>
    </message>
    <message>
        <source>1 wrong label</source>
        <translation type="vanished">1 etiqueta errónea</translation>
    </message>
    <message>
        <source>{n} wrong labels</source>
        <translation type="vanished">{n} etiquetas erróneas</translation>
    </message>
    <message>
        <source>1 extra</source>
        <translation type="vanished">1 de más</translation>
    </message>
    <message>
        <source>{n} extra</source>
        <translation type="vanished">{n} de más</translation>
    </message>
    <message>
        <source>1 missed</source>
        <translation type="vanished">1 sin encontrar</translation>
    </message>
    <message>
        <source>{n} missed</source>
        <translation type="vanished">{n} sin encontrar</translation>
    </message>
    <message>
        <source>1 still to find</source>
        <translation type="vanished">1 por encontrar</translation>
    </message>
    <message>
        <source>{n} still to find</source>
        <translation type="vanished">{n} por encontrar</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <location filename="../../src/closeread/ui/teacher/review.py" line="74"/>
        <source>Show &amp;decided answers too</source>
        <translation>&amp;Mostrar también las respuestas ya resueltas</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/review.py" line="80"/>
        <source>Hand-ins to check</source>
        <translation>Entregas que revisar</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/review.py" line="87"/>
        <source>Answers to review</source>
        <translation>Respuestas que revisar</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/review.py" line="103"/>
        <source>The answer under review</source>
        <translation>La respuesta en revisión</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/review.py" line="114"/>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/review.py" line="116"/>
        <location filename="../../src/closeread/ui/teacher/review.py" line="124"/>
        <source>The student&apos;s answer</source>
        <translation>La respuesta del estudiante</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/review.py" line="130"/>
        <source>Rubric and model answer</source>
        <translation>Rúbrica y respuesta modelo</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/review.py" line="192"/>
        <source>No answers wait for your review.</source>
        <translation>No hay respuestas pendientes de revisión.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/teacher/review.py" line="194"/>
        <source>%n answers wait for your review.</source>
        <translation>
            <numerusform>%n respuesta espera tu revisión.</numerusform>
            <numerusform>%n respuestas esperan tu revisión.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/teacher/review.py" line="209"/>
        <source>{name}: %n attempt(s) kept</source>
        <translation>
            <numerusform>{name}: %n intento conservado</numerusform>
            <numerusform>{name}: %n intentos conservados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/teacher/review.py" line="213"/>
        <source>, %n refused over the limit</source>
        <translation>
            <numerusform>, %n rechazado por superar el límite</numerusform>
            <numerusform>, %n rechazados por superar el límite</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/teacher/review.py" line="294"/>
        <source>Provisional: the rubric found {points} of {n} point(s).</source>
        <translation>
            <numerusform>Provisional: la rúbrica encontró {points} de {n} punto.</numerusform>
            <numerusform>Provisional: la rúbrica encontró {points} de {n} puntos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/review.py" line="311"/>
        <source>no answer</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/review.py" line="338"/>
        <source>Rubric</source>
        <translation>Rúbrica</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/review.py" line="342"/>
        <source>Model answer</source>
        <translation>Respuesta modelo</translation>
    </message>
    <message>
        <source>{n} answers wait for your review.</source>
        <translation type="vanished">{n} respuestas esperan tu revisión.</translation>
    </message>
    <message>
        <source>1 answer waits for your review.</source>
        <translation type="vanished">1 respuesta espera tu revisión.</translation>
    </message>
    <message>
        <source>{name}: {n} attempts kept</source>
        <translation type="vanished">{name}: {n} intentos conservados</translation>
    </message>
    <message>
        <source>, {n} refused over the limit</source>
        <translation type="vanished">, {n} rechazados por superar el límite</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/review.py" line="215"/>
        <source> (handed in as {who})</source>
        <translation> (entregado como {who})</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/review.py" line="225"/>
        <source>attempt {n}</source>
        <translation>intento {n}</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/review.py" line="230"/>
        <source>scored {points} of {n}</source>
        <translation>puntuado: {points} de {n}</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/review.py" line="255"/>
        <source>Nothing to review</source>
        <translation>Nada que revisar</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/review.py" line="268"/>
        <source>{name}{who} · lesson “{lesson}” · attempt {n}</source>
        <translation>{name}{who} · lección “{lesson}” · intento {n}</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/review.py" line="284"/>
        <source>To score</source>
        <translation>Por puntuar</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/review.py" line="284"/>
        <source>Only you score it.</source>
        <translation>Solo tú la puntúas.</translation>
    </message>
    <message>
        <source>Provisional: the rubric found {points} of {n} points.</source>
        <translation type="vanished">Provisional: la rúbrica encontró {points} de {n} puntos.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/review.py" line="328"/>
        <source>{name}: found “{term}”</source>
        <translation>{name}: se encontró “{term}”</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/review.py" line="332"/>
        <source>{name}: “{term}” found, but denied</source>
        <translation>{name}: se encontró “{term}”, pero en forma negativa</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/review.py" line="337"/>
        <source>{name}: not found</source>
        <translation>{name}: no se encontró</translation>
    </message>
</context>
<context>
    <name>ScoreChart</name>
    <message>
        <location filename="../../src/closeread/ui/teacher/score_chart.py" line="62"/>
        <source>Score distribution for &amp;lesson:</source>
        <translation>Distribución de puntuaciones de la &amp;lección:</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/score_chart.py" line="65"/>
        <source>Lesson shown in the chart</source>
        <translation>Lección que muestra el gráfico</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/score_chart.py" line="72"/>
        <location filename="../../src/closeread/ui/teacher/score_chart.py" line="87"/>
        <source>Students</source>
        <translation>Estudiantes</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/score_chart.py" line="84"/>
        <source>Score (%), one bar per 10 points</source>
        <translation>Puntuación (%), una barra cada 10 puntos</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/score_chart.py" line="117"/>
        <source>All lessons (total)</source>
        <translation>Todas las lecciones (total)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/score_chart.py" line="173"/>
        <source>No students to show.</source>
        <translation>No hay estudiantes que mostrar.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/teacher/score_chart.py" line="175"/>
        <source>None of the %n student(s) shown has started this yet.</source>
        <translation>
            <numerusform>Se muestra %n estudiante y aún no ha empezado esto.</numerusform>
            <numerusform>Ninguno de los %n estudiantes mostrados ha empezado esto todavía.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/teacher/score_chart.py" line="178"/>
        <source>{started} of %n student(s) started · mean {mean}% · median {median}%</source>
        <translation>
            <numerusform>{started} de %n estudiante ha empezado · media {mean}% · mediana {median}%</numerusform>
            <numerusform>{started} de %n estudiantes han empezado · media {mean}% · mediana {median}%</numerusform>
        </translation>
    </message>
    <message>
        <source>None of the {n} students shown has started this yet.</source>
        <translation type="vanished">Ninguno de los {n} estudiantes mostrados ha empezado esto todavía.</translation>
    </message>
    <message>
        <source>{started} of {n} students started · mean {mean}% · median {median}%</source>
        <translation type="vanished">{started} de {n} estudiantes han empezado · media {mean}% · mediana {median}%</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/score_chart.py" line="190"/>
        <source>Score distribution chart</source>
        <translation>Gráfico de distribución de puntuaciones</translation>
    </message>
</context>
<context>
    <name>ScorePane</name>
    <message>
        <location filename="../../src/closeread/ui/teacher/score_pane.py" line="48"/>
        <location filename="../../src/closeread/ui/teacher/score_pane.py" line="85"/>
        <source>Scores given by hand</source>
        <translation>Correcciones manuales de la puntuación</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/score_pane.py" line="92"/>
        <source>withdrawn: the rules&apos; score counts again</source>
        <translation>retirada: vuelve a contar la puntuación de las reglas</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/teacher/score_pane.py" line="94"/>
        <source>{points} of {n} point(s)</source>
        <translation>
            <numerusform>{points} de {n} punto</numerusform>
            <numerusform>{points} de {n} puntos</numerusform>
        </translation>
    </message>
    <message>
        <source>{points} of {n} points</source>
        <translation type="vanished">{points} de {n} puntos</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/score_pane.py" line="98"/>
        <source>levels {levels}</source>
        <translation>niveles {levels}</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/score_pane.py" line="105"/>
        <source>not made by the teacher: ignored</source>
        <translation>no la hizo el profesor: se ignora</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <location filename="../../src/closeread/ui/teacher/lrs_dialog.py" line="49"/>
        <source>CloseRead — Send to a Learning Record Store</source>
        <translation>CloseRead — Enviar a un almacén de registros de aprendizaje (LRS)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/lrs_dialog.py" line="59"/>
        <source>Remember the password in the system keyring</source>
        <translation>Recordar la contraseña en el llavero del sistema</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/lrs_dialog.py" line="64"/>
        <source>There is no system keyring here: you are asked each time.</source>
        <translation>Aquí no hay llavero del sistema: se te pedirá cada vez.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/lrs_dialog.py" line="71"/>
        <source>LRS &amp;address:</source>
        <translation>&amp;Dirección del LRS:</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/lrs_dialog.py" line="72"/>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/lrs_dialog.py" line="73"/>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/lrs_dialog.py" line="75"/>
        <source>School&apos;s &amp;base IRI:</source>
        <translation>IRI &amp;base del centro:</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/lrs_dialog.py" line="76"/>
        <source>Student accounts&apos; &amp;home page:</source>
        <translation>&amp;Página de inicio de las cuentas de estudiante:</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/lrs_dialog.py" line="90"/>
        <source>What was sent</source>
        <translation>Qué se envió</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/lrs_dialog.py" line="94"/>
        <source>&amp;Send</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/lrs_dialog.py" line="97"/>
        <source>S&amp;top</source>
        <translation>De&amp;tener</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/teacher/lrs_dialog.py" line="116"/>
        <source>%n statement(s) to send; {sent} sent, {refused} refused.</source>
        <translation>
            <numerusform>%n declaración por enviar; {sent} enviadas, {refused} rechazadas.</numerusform>
            <numerusform>%n declaraciones por enviar; {sent} enviadas, {refused} rechazadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>{pending} statements to send; {sent} sent, {refused} refused.</source>
        <translation type="vanished">{pending} declaraciones por enviar; {sent} enviadas, {refused} rechazadas.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/lrs_dialog.py" line="120"/>
        <source>No statements are made yet: give the school&apos;s base IRI and the home page of its student accounts, and work saved from then on is queued.</source>
        <translation>Aún no se generan declaraciones: indica la IRI base del centro y la página de inicio de sus cuentas de estudiante, y el trabajo que se guarde a partir de entonces quedará en cola.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/lrs_dialog.py" line="136"/>
        <source>Give the user and the password the LRS knows you by.</source>
        <translation>Indica el usuario y la contraseña con los que te identifica el LRS.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/lrs_dialog.py" line="190"/>
        <source>The password is kept in the system keyring.</source>
        <translation>La contraseña se guarda en el llavero del sistema.</translation>
    </message>
</context>
<context>
    <name>ShortWidget</name>
    <message>
        <location filename="../../src/closeread/ui/exercises/short.py" line="40"/>
        <source>Write your answer here, in your own words.</source>
        <translation>Escribe aquí tu respuesta, con tus propias palabras.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/short.py" line="41"/>
        <source>Your answer</source>
        <translation>Tu respuesta</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/exercises/short.py" line="59"/>
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n palabra</numerusform>
            <numerusform>%n palabras</numerusform>
        </translation>
    </message>
    <message>
        <source>1 word</source>
        <translation type="vanished">1 palabra</translation>
    </message>
    <message>
        <source>{n} words</source>
        <translation type="vanished">{n} palabras</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/short.py" line="61"/>
        <source>{used} of {limit} characters</source>
        <translation>{used} de {limit} caracteres</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/short.py" line="76"/>
        <source>The rubric only looks for key words, so its points are provisional: your teacher will read your answer and confirm or change them.</source>
        <translation>La rúbrica solo busca palabras clave, así que sus puntos son provisionales: tu profesor leerá tu respuesta y los confirmará o los cambiará.</translation>
    </message>
</context>
<context>
    <name>StorageErrors</name>
    <message>
        <location filename="../../src/closeread/core/store/backups.py" line="162"/>
        <source>There is no backup {path}.</source>
        <translation>No existe la copia de seguridad {path}.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/core/store/backups.py" line="165"/>
        <source>The backup {name} is damaged too. Choose an older backup.</source>
        <translation>La copia de seguridad {name} también está dañada. Elige una copia de seguridad más antigua.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/core/store/errors.py" line="93"/>
        <source>CloseRead could not use its database {path}: {error}</source>
        <translation>CloseRead no pudo usar su base de datos {path}: {error}</translation>
    </message>
    <message>
        <location filename="../../src/closeread/core/store/errors.py" line="105"/>
        <source>CloseRead could not write to {folder}. The disk may be full, removed or failing. Your last action was not saved; everything saved before is kept.</source>
        <translation>CloseRead no pudo escribir en {folder}. Puede que el disco esté lleno, se haya quitado o esté fallando. Tu última acción no se guardó; todo lo que se guardó antes se conserva.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/core/store/errors.py" line="114"/>
        <source>The progress database {path} is busy: another program is using it. Close other copies of CloseRead and try again.</source>
        <translation>La base de datos de progreso {path} está ocupada: otro programa la está usando. Cierra las otras copias de CloseRead e inténtalo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/core/store/errors.py" line="121"/>
        <source>CloseRead cannot open its database {path}. Check that the folder {folder} exists and that you may write to it.</source>
        <translation>CloseRead no puede abrir su base de datos {path}. Comprueba que la carpeta {folder} existe y que tienes permiso para escribir en ella.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/core/store/errors.py" line="127"/>
        <source>CloseRead&apos;s database {path} reported a problem: {error}.</source>
        <translation>La base de datos de CloseRead {path} informó de un problema: {error}.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/core/store/errors.py" line="138"/>
        <source>CloseRead could not use {path}: {error}. Everything saved before is kept.</source>
        <translation>CloseRead no pudo usar {path}: {error}. Todo lo que se guardó antes se conserva.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/core/store/errors.py" line="145"/>
        <source>The disk holding {folder} is full. Your last action was not saved; everything saved before is kept. Free some space and try again.</source>
        <translation>El disco donde está {folder} está lleno. Tu última acción no se guardó; todo lo que se guardó antes se conserva. Libera algo de espacio e inténtalo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/core/store/errors.py" line="154"/>
        <source>CloseRead cannot write to {folder}: the folder, the file or the disk is read-only. Nothing can be saved there. Choose another data folder with --data-dir, or ask for permission to write to this one. Everything saved before is kept.</source>
        <translation>CloseRead no puede escribir en {folder}: la carpeta, el archivo o el disco es de solo lectura. Ahí no se puede guardar nada. Elige otra carpeta de datos con --data-dir o pide permiso para escribir en esta. Todo lo que se guardó antes se conserva.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/core/store/errors.py" line="164"/>
        <source>CloseRead&apos;s progress database {path} is damaged or is not a CloseRead database. It has been left as it is. You can restore the newest backup.</source>
        <translation>La base de datos de progreso de CloseRead {path} está dañada o no es una base de datos de CloseRead. Se ha dejado tal como está. Puedes restaurar la copia de seguridad más reciente.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/core/store/folder_lock.py" line="85"/>
        <source>CloseRead is already open on the data folder {folder}{by}, in another window or by another user. Close that CloseRead first, then try again. Nothing has been changed.</source>
        <translation>CloseRead ya está abierto con la carpeta de datos {folder}{by}, en otra ventana o por otro usuario. Cierra primero ese CloseRead y vuelve a intentarlo. No se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/core/store/store.py" line="318"/>
        <source>The progress database {path} was saved by a newer version of CloseRead (schema {version}; this CloseRead knows schema {known} and older). Update CloseRead to open it. The file has not been changed.</source>
        <translation>La base de datos de progreso {path} se guardó con una versión más nueva de CloseRead (esquema {version}; este CloseRead conoce el esquema {known} y anteriores). Actualiza CloseRead para abrirla. El archivo no se ha cambiado.</translation>
    </message>
</context>
<context>
    <name>TalkAboutIt</name>
    <message>
        <location filename="../../src/closeread/ui/exercises/lesson_aids.py" line="136"/>
        <location filename="../../src/closeread/ui/exercises/lesson_aids.py" line="142"/>
        <source>Talk about it</source>
        <translation>Para debatir</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/lesson_aids.py" line="137"/>
        <source>To discuss with your class; not scored.</source>
        <translation>Para comentar con tu clase; no se puntúa.</translation>
    </message>
</context>
<context>
    <name>TryDialog</name>
    <message>
        <location filename="../../src/closeread/ui/editor/trying.py" line="58"/>
        <source>CloseRead — Trying “{title}” as a student</source>
        <translation>CloseRead — Probando “{title}” como estudiante</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/trying.py" line="60"/>
        <source>Trying an exercise as a student</source>
        <translation>Probando un ejercicio como estudiante</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/trying.py" line="63"/>
        <source>Teacher, trying</source>
        <translation>Profesor, de prueba</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/trying.py" line="68"/>
        <source>This is the exercise as students see it, from the pack as last saved. Answers given here are not kept: they go when this window closes.</source>
        <translation>Este es el ejercicio tal como lo ven los estudiantes, del paquete tal como se guardó por última vez. Las respuestas que des aquí no se conservan: desaparecen al cerrar esta ventana.</translation>
    </message>
</context>
<context>
    <name>Verdicts</name>
    <message>
        <location filename="../../src/closeread/core/grading/verdicts.py" line="37"/>
        <location filename="../../src/closeread/core/grading/verdicts.py" line="55"/>
        <source>Right</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <location filename="../../src/closeread/core/grading/verdicts.py" line="38"/>
        <source>Partly right</source>
        <translation>Correcto en parte</translation>
    </message>
    <message>
        <location filename="../../src/closeread/core/grading/verdicts.py" line="40"/>
        <source>Not yet right</source>
        <translation>Aún no es correcto</translation>
    </message>
    <message>
        <location filename="../../src/closeread/core/grading/verdicts.py" line="42"/>
        <source>Not right</source>
        <translation>Incorrecto</translation>
    </message>
    <message>
        <location filename="../../src/closeread/core/grading/verdicts.py" line="43"/>
        <source>No answer</source>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <location filename="../../src/closeread/core/grading/verdicts.py" line="44"/>
        <source>Provisional</source>
        <translation>Provisional</translation>
    </message>
    <message>
        <location filename="../../src/closeread/core/grading/verdicts.py" line="45"/>
        <source>Handed in</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <location filename="../../src/closeread/core/grading/verdicts.py" line="47"/>
        <source>Not matched</source>
        <translation>Sin emparejar</translation>
    </message>
    <message>
        <location filename="../../src/closeread/core/grading/verdicts.py" line="50"/>
        <source>You needed this one</source>
        <translation>Te faltó esta</translation>
    </message>
    <message>
        <location filename="../../src/closeread/core/grading/verdicts.py" line="56"/>
        <source>Nearly</source>
        <translation>Casi bien</translation>
    </message>
    <message>
        <location filename="../../src/closeread/core/grading/verdicts.py" line="57"/>
        <source>Wrong label</source>
        <translation>Etiqueta errónea</translation>
    </message>
    <message>
        <location filename="../../src/closeread/core/grading/verdicts.py" line="58"/>
        <source>Not in the key</source>
        <translation>No está en la clave</translation>
    </message>
    <message>
        <location filename="../../src/closeread/core/grading/verdicts.py" line="59"/>
        <source>Missed</source>
        <translation>Sin encontrar</translation>
    </message>
</context>
<context>
    <name>WindowCommands</name>
    <message>
        <location filename="../../src/closeread/ui/shell/window_commands.py" line="176"/>
        <source>Reading as {name}</source>
        <translation>Leyendo como {name}</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/window_commands.py" line="263"/>
        <source>About CloseRead</source>
        <translation>Acerca de CloseRead</translation>
    </message>
</context>
<context>
    <name>WordRange</name>
    <message>
        <location filename="../../src/closeread/ui/editor/compound.py" line="39"/>
        <source>At least this many words (0: no word guide)</source>
        <translation>Número mínimo de palabras (0: sin extensión fijada)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/compound.py" line="40"/>
        <source>At most this many words</source>
        <translation>Número máximo de palabras</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/compound.py" line="41"/>
        <source>from</source>
        <translation>de</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/compound.py" line="43"/>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/compound.py" line="45"/>
        <source>words</source>
        <translation>palabras</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/compound.py" line="52"/>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
</context>
<context>
    <name>WordsToKnow</name>
    <message>
        <location filename="../../src/closeread/ui/exercises/lesson_aids.py" line="77"/>
        <location filename="../../src/closeread/ui/exercises/lesson_aids.py" line="80"/>
        <source>Words to know</source>
        <translation>Palabras que debes conocer</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/lesson_aids.py" line="82"/>
        <source>Press Enter to see where the article first uses the word.</source>
        <translation>Pulsa Enter para ver dónde usa el artículo la palabra por primera vez.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/lesson_aids.py" line="93"/>
        <source>Definition</source>
        <translation>Definición</translation>
    </message>
</context>
<context>
    <name>WritingScoreForm</name>
    <message>
        <location filename="../../src/closeread/ui/teacher/writing_score.py" line="155"/>
        <location filename="../../src/closeread/ui/teacher/writing_score.py" line="157"/>
        <source>Teacher&apos;s score, criterion by criterion</source>
        <translation>Puntuación del profesor, criterio por criterio</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/writing_score.py" line="176"/>
        <source>&amp;Comment to the student:</source>
        <translation>&amp;Comentario para el estudiante:</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/writing_score.py" line="182"/>
        <source>What they did well and what to work on next (Ctrl+Enter saves).</source>
        <translation>Lo que hizo bien y en qué trabajar después (Ctrl+Enter guarda).</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/writing_score.py" line="184"/>
        <source>Comment to the student</source>
        <translation>Comentario para el estudiante</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/writing_score.py" line="193"/>
        <source>&amp;Save Score</source>
        <translation>&amp;Guardar puntuación</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/writing_score.py" line="195"/>
        <source>Save the teacher&apos;s score</source>
        <translation>Guardar la puntuación del profesor</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/writing_score.py" line="197"/>
        <source>&amp;Withdraw My Score</source>
        <translation>&amp;Retirar mi puntuación</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/teacher/writing_score.py" line="229"/>
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n palabra</numerusform>
            <numerusform>%n palabras</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/teacher/writing_score.py" line="295"/>
        <source>Score: {points} of {n} point(s)</source>
        <translation>
            <numerusform>Puntuación: {points} de {n} punto</numerusform>
            <numerusform>Puntuación: {points} de {n} puntos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/teacher/writing_score.py" line="307"/>
        <source>Your score counts: {points} of {n} point(s).</source>
        <translation>
            <numerusform>Cuenta tu puntuación: {points} de {n} punto.</numerusform>
            <numerusform>Cuenta tu puntuación: {points} de {n} puntos.</numerusform>
        </translation>
    </message>
    <message>
        <source>{n} words</source>
        <translation type="vanished">{n} palabras</translation>
    </message>
    <message>
        <source>1 word</source>
        <translation type="vanished">1 palabra</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/writing_score.py" line="231"/>
        <source>the task asks for {least}–{most}</source>
        <translation>la tarea pide {least}–{most}</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/writing_score.py" line="237"/>
        <source>(too short)</source>
        <translation>(demasiado corta)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/writing_score.py" line="237"/>
        <source>(too long)</source>
        <translation>(demasiado larga)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/writing_score.py" line="289"/>
        <source>Score: give every criterion a level ({done} of {n} done).</source>
        <translation>Puntuación: da un nivel a cada criterio ({done} de {n} hechos).</translation>
    </message>
    <message>
        <source>Score: {points} of {n} points</source>
        <translation type="vanished">Puntuación: {points} de {n} puntos</translation>
    </message>
    <message>
        <source>Your score counts: {points} of {n} points.</source>
        <translation type="vanished">Cuenta tu puntuación: {points} de {n} puntos.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/writing_score.py" line="309"/>
        <source>It was given without levels.</source>
        <translation>Se dio sin niveles.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/writing_score.py" line="312"/>
        <source>Not scored yet: the student waits for your levels.</source>
        <translation>Sin puntuar todavía: el estudiante espera tus niveles.</translation>
    </message>
</context>
<context>
    <name>WritingWidget</name>
    <message>
        <location filename="../../src/closeread/ui/exercises/writing.py" line="49"/>
        <source>How your teacher will score it</source>
        <translation>Cómo lo puntuará tu profesor</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/writing.py" line="50"/>
        <location filename="../../src/closeread/ui/exercises/writing.py" line="91"/>
        <source>Show every &amp;level</source>
        <translation>Mostrar todos los &amp;niveles</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/writing.py" line="63"/>
        <source>Write your response here.</source>
        <translation>Escribe aquí tu respuesta.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/writing.py" line="64"/>
        <source>Your response</source>
        <translation>Tu respuesta</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/writing.py" line="78"/>
        <source>Exemplars: answers at known levels</source>
        <translation>Ejemplos: respuestas de nivel conocido</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/writing.py" line="82"/>
        <source>Exemplars</source>
        <translation>Ejemplos</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/writing.py" line="91"/>
        <source>Hide the &amp;levels</source>
        <translation>Ocultar los &amp;niveles</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/writing.py" line="99"/>
        <source>Level {n}: {text}</source>
        <translation>Nivel {n}: {text}</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/writing.py" line="104"/>
        <source>level {n}: {text}</source>
        <translation>nivel {n}: {text}</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/writing.py" line="107"/>
        <source>The rubric</source>
        <translation>La rúbrica</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/exercises/writing.py" line="133"/>
        <source>Your response has %n word(s); the task asks for at least {least}. Hand it in anyway?</source>
        <translation>
            <numerusform>Tu respuesta tiene %n palabra; la tarea pide al menos {least}. ¿La entregas de todos modos?</numerusform>
            <numerusform>Tu respuesta tiene %n palabras; la tarea pide al menos {least}. ¿La entregas de todos modos?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/exercises/writing.py" line="140"/>
        <source>Your response has %n word(s); the task asks for at most {most}. Hand it in anyway?</source>
        <translation>
            <numerusform>Tu respuesta tiene %n palabra; la tarea pide como máximo {most}. ¿La entregas de todos modos?</numerusform>
            <numerusform>Tu respuesta tiene %n palabras; la tarea pide como máximo {most}. ¿La entregas de todos modos?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/exercises/writing.py" line="156"/>
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n palabra</numerusform>
            <numerusform>%n palabras</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/exercises/writing.py" line="162"/>
        <source>(%n to go)</source>
        <translation>
            <numerusform>(falta %n)</numerusform>
            <numerusform>(faltan %n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/closeread/ui/exercises/writing.py" line="164"/>
        <source>(%n too many)</source>
        <translation>
            <numerusform>(%n de más)</numerusform>
            <numerusform>(%n de más)</numerusform>
        </translation>
    </message>
    <message>
        <source>Your response has {n} words; the task asks for at least {least}. Hand it in anyway?</source>
        <translation type="vanished">Tu respuesta tiene {n} palabras; la tarea pide al menos {least}. ¿La entregas de todos modos?</translation>
    </message>
    <message>
        <source>Your response has {n} words; the task asks for at most {most}. Hand it in anyway?</source>
        <translation type="vanished">Tu respuesta tiene {n} palabras; la tarea pide como máximo {most}. ¿La entregas de todos modos?</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/writing.py" line="147"/>
        <source>Hand in your response?</source>
        <translation>¿Entregar tu respuesta?</translation>
    </message>
    <message>
        <source>1 word</source>
        <translation type="vanished">1 palabra</translation>
    </message>
    <message>
        <source>{n} words</source>
        <translation type="vanished">{n} palabras</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/writing.py" line="159"/>
        <source>aim for {least}–{most}</source>
        <translation>objetivo: {least}–{most}</translation>
    </message>
    <message>
        <source>({n} to go)</source>
        <translation type="vanished">(faltan {n})</translation>
    </message>
    <message>
        <source>({n} too many)</source>
        <translation type="vanished">({n} de más)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/writing.py" line="174"/>
        <source>Scored by your teacher</source>
        <translation>Puntuado por tu profesor</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/exercises/writing.py" line="175"/>
        <source>Their levels and comment are below.</source>
        <translation>Sus niveles y su comentario están abajo.</translation>
    </message>
</context>
<context>
    <name>_LabelChecks</name>
    <message>
        <location filename="../../src/closeread/ui/editor/fields.py" line="335"/>
        <source>Offer the label {label}</source>
        <translation>Ofrecer la etiqueta {label}</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/fields.py" line="337"/>
        <source>Best done after {label}</source>
        <translation>Mejor después de {label}</translation>
    </message>
</context>
<context>
    <name>copyDialog</name>
    <message>
        <location filename="../../src/closeread/ui/editor/copy_dialog.py" line="46"/>
        <source>This pack comes with CloseRead: it is part of the installed program, and is put back as it was whenever CloseRead is updated.</source>
        <translation>Este paquete viene con CloseRead: forma parte del programa instalado y vuelve a quedar como estaba cada vez que CloseRead se actualiza.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/copy_dialog.py" line="52"/>
        <source>This is the copy CloseRead installed for your students, from a pack file or a folder. Their saved work names it exactly as it is, so it is never changed.</source>
        <translation>Esta es la copia que CloseRead instaló para tus estudiantes, desde un archivo de paquete o una carpeta. Su trabajo guardado la identifica exactamente tal como es, así que nunca se modifica.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/copy_dialog.py" line="58"/>
        <source>Its folder cannot be written: {folder}</source>
        <translation>No se puede escribir en su carpeta: {folder}</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/copy_dialog.py" line="61"/>
        <source>Its folder is not there any more: {folder}</source>
        <translation>Su carpeta ya no existe: {folder}</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/copy_dialog.py" line="78"/>
        <source>CloseRead — Make an Editable Copy</source>
        <translation>CloseRead — Hacer una copia editable</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/copy_dialog.py" line="83"/>
        <source>Make an editable copy of “{title}”</source>
        <translation>Hacer una copia editable de “{title}”</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/copy_dialog.py" line="93"/>
        <source>CloseRead copies the pack into a folder you choose, and the editor opens on the copy. Students keep this pack until you hand the copy out (File ▸ Open Pack Folder on a computer they use).</source>
        <translation>CloseRead copia el paquete en la carpeta que elijas, y el editor se abre con la copia. Los estudiantes siguen con este paquete hasta que distribuyas la copia (Archivo ▸ Abrir carpeta de paquete en un equipo que usen).</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/copy_dialog.py" line="102"/>
        <source>A new &amp;version of this pack</source>
        <translation>Una nueva &amp;versión de este paquete</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/copy_dialog.py" line="103"/>
        <source>A new &amp;pack of its own</source>
        <translation>Un &amp;paquete nuevo e independiente</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/copy_dialog.py" line="111"/>
        <source>Version of the copy</source>
        <translation>Versión de la copia</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/copy_dialog.py" line="112"/>
        <source>Versi&amp;on:</source>
        <translation>Ve&amp;rsión:</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/copy_dialog.py" line="113"/>
        <source>The same pack, changed: handed out, it takes this pack&apos;s place in the library and students&apos; saved work carries over to it.</source>
        <translation>El mismo paquete, modificado: al distribuirlo, ocupa el lugar de este paquete en la biblioteca y el trabajo guardado de los estudiantes pasa a él.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/copy_dialog.py" line="119"/>
        <source>Id of the new pack</source>
        <translation>Id del nuevo paquete</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/copy_dialog.py" line="121"/>
        <source>Its permanent name: lower-case letters, digits, - and _.</source>
        <translation>Su nombre permanente: letras minúsculas, dígitos, - y _.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/copy_dialog.py" line="123"/>
        <source>Pack &amp;id:</source>
        <translation>I&amp;d del paquete:</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/copy_dialog.py" line="125"/>
        <source>Title of the new pack</source>
        <translation>Título del nuevo paquete</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/copy_dialog.py" line="126"/>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/copy_dialog.py" line="127"/>
        <source>A separate pack: both stay in the library, and students start it afresh.</source>
        <translation>Un paquete aparte: ambos quedan en la biblioteca, y los estudiantes lo empiezan desde cero.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/copy_dialog.py" line="137"/>
        <source>&amp;Make the Copy</source>
        <translation>&amp;Crear la copia</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/copy_dialog.py" line="161"/>
        <location filename="../../src/closeread/ui/editor/copy_dialog.py" line="190"/>
        <source>Not yet:</source>
        <translation>Aún no:</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/copy_dialog.py" line="169"/>
        <source>the pack id takes lower-case letters, digits, - and _.</source>
        <translation>el id del paquete admite letras minúsculas, dígitos, - y _.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/copy_dialog.py" line="173"/>
        <source>a new pack needs an id other than this pack&apos;s.</source>
        <translation>un paquete nuevo necesita un id distinto del de este paquete.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/copy_dialog.py" line="175"/>
        <source>the pack needs a title.</source>
        <translation>el paquete necesita un título.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/copy_dialog.py" line="177"/>
        <source>the copy needs a version.</source>
        <translation>la copia necesita una versión.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/copy_dialog.py" line="179"/>
        <source>a new version needs a version other than {v}.</source>
        <translation>una versión nueva necesita un número de versión distinto de {v}.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/copy_dialog.py" line="183"/>
        <source>choose where to save the copy, and name its folder.</source>
        <translation>elige dónde guardar la copia y ponle nombre a su carpeta.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/copy_dialog.py" line="202"/>
        <source>No copy was made.</source>
        <translation>No se hizo ninguna copia.</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <location filename="../../src/closeread/ui/teacher/pin_dialog.py" line="297"/>
        <source>Your PIN is shorter than {n} characters, which a copied database gives away in minutes. Please choose a longer one now (Cancel keeps the old PIN).</source>
        <translation>Tu PIN tiene menos de {n} caracteres, y con una copia de la base de datos se descubre en minutos. Elige ahora uno más largo (Cancelar mantiene el PIN anterior).</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <location filename="../../src/closeread/ui/shell/dialogs.py" line="25"/>
        <source>Critical-reading exercises, offline. Read an article closely, mark its claims, evidence and analogies, answer questions, and see what you found and what you missed.</source>
        <translation>Ejercicios de lectura crítica, sin conexión. Lee un artículo con atención, marca sus afirmaciones, evidencias y analogías, responde preguntas y mira lo que encontraste y lo que se te pasó.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/dialogs.py" line="32"/>
        <source>Your work is saved on this computer as you go.</source>
        <translation>Tu trabajo se guarda en este equipo a medida que avanzas.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/dialogs.py" line="33"/>
        <source>Free software under the MIT licence.</source>
        <translation>Software libre con licencia MIT.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/dialogs.py" line="41"/>
        <source>CloseRead — Keyboard Shortcuts</source>
        <translation>CloseRead — Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/dialogs.py" line="42"/>
        <location filename="../../src/closeread/ui/shell/dialogs.py" line="46"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/dialogs.py" line="48"/>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/dialogs.py" line="48"/>
        <source>What they do</source>
        <translation>Qué hacen</translation>
    </message>
</context>
<context>
    <name>editor</name>
    <message>
        <location filename="../../src/closeread/ui/editor/actions.py" line="48"/>
        <source>Menu bar</source>
        <translation>Barra de menús</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/actions.py" line="52"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/actions.py" line="55"/>
        <source>Save the pack</source>
        <translation>Guardar el paquete</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/actions.py" line="60"/>
        <source>&amp;Reload from Disk</source>
        <translation>&amp;Recargar desde el disco</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/actions.py" line="63"/>
        <source>Read the pack&apos;s files again</source>
        <translation>Volver a leer los archivos del paquete</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/actions.py" line="67"/>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/actions.py" line="70"/>
        <source>Close the editor</source>
        <translation>Cerrar el editor</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/actions.py" line="72"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/actions.py" line="77"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/actions.py" line="81"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/actions.py" line="85"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/actions.py" line="89"/>
        <source>E&amp;xercise</source>
        <translation>E&amp;jercicio</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/actions.py" line="90"/>
        <source>&amp;Add Exercise</source>
        <translation>&amp;Añadir ejercicio</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/actions.py" line="91"/>
        <location filename="../../src/closeread/ui/editor/actions.py" line="105"/>
        <source>Add an exercise</source>
        <translation>Añadir un ejercicio</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/actions.py" line="94"/>
        <source>Add a {kind} exercise</source>
        <translation>Añadir un ejercicio de tipo {kind}</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/actions.py" line="102"/>
        <source>&amp;Add Exercise…</source>
        <translation>&amp;Añadir ejercicio…</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/actions.py" line="109"/>
        <source>Add &amp;Part to the Analogy</source>
        <translation>Añadir pa&amp;rte a la analogía</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/actions.py" line="112"/>
        <source>Add a {kind} part</source>
        <translation>Añadir una parte de tipo {kind}</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/actions.py" line="120"/>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/actions.py" line="123"/>
        <source>Delete the exercise or lesson</source>
        <translation>Eliminar el ejercicio o la lección</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/actions.py" line="128"/>
        <source>Move &amp;Up</source>
        <translation>Su&amp;bir</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/actions.py" line="131"/>
        <source>Move the exercise up</source>
        <translation>Subir el ejercicio</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/actions.py" line="136"/>
        <source>Move Do&amp;wn</source>
        <translation>Ba&amp;jar</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/actions.py" line="139"/>
        <source>Move the exercise down</source>
        <translation>Bajar el ejercicio</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/actions.py" line="147"/>
        <source>&amp;Try as a Student</source>
        <translation>&amp;Probar como estudiante</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/actions.py" line="150"/>
        <source>Try the exercise as a student</source>
        <translation>Probar el ejercicio como estudiante</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/actions.py" line="160"/>
        <source>&amp;Lesson</source>
        <translation>&amp;Lección</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/actions.py" line="163"/>
        <source>Add &amp;Lesson</source>
        <translation>Añadir &amp;lección</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/actions.py" line="166"/>
        <source>Add a lesson after this one</source>
        <translation>Añadir una lección después de esta</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/actions.py" line="171"/>
        <source>&amp;Delete Lesson</source>
        <translation>&amp;Eliminar lección</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/actions.py" line="174"/>
        <source>Delete this lesson</source>
        <translation>Eliminar esta lección</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/actions.py" line="180"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/actions.py" line="183"/>
        <source>Show &amp;Ids</source>
        <translation>Mostrar &amp;ids</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/actions.py" line="186"/>
        <source>Show the permanent ids of lessons, exercises and passages</source>
        <translation>Mostrar los ids permanentes de las lecciones, los ejercicios y los pasajes</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/actions.py" line="193"/>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/actions.py" line="196"/>
        <source>&amp;Next Pane</source>
        <translation>Panel &amp;siguiente</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/actions.py" line="199"/>
        <source>Go to the next pane</source>
        <translation>Ir al panel siguiente</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/actions.py" line="203"/>
        <source>&amp;Previous Pane</source>
        <translation>Panel &amp;anterior</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/actions.py" line="206"/>
        <source>Go to the previous pane</source>
        <translation>Ir al panel anterior</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/actions.py" line="212"/>
        <source>Editing</source>
        <translation>Edición</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/actions.py" line="214"/>
        <source>Editing tools</source>
        <translation>Herramientas de edición</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../src/closeread/ui/common/errors.py" line="68"/>
        <source>CloseRead is already open</source>
        <translation>CloseRead ya está abierto</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/common/errors.py" line="69"/>
        <source>Made by a newer CloseRead</source>
        <translation>Hecho con una versión más nueva de CloseRead</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/common/errors.py" line="70"/>
        <location filename="../../src/closeread/ui/common/errors.py" line="85"/>
        <source>The progress file is damaged</source>
        <translation>El archivo de progreso está dañado</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/common/errors.py" line="71"/>
        <source>The disk is full</source>
        <translation>El disco está lleno</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/common/errors.py" line="72"/>
        <source>Cannot save here</source>
        <translation>No se puede guardar aquí</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/common/errors.py" line="77"/>
        <source>Progress could not be saved</source>
        <translation>No se pudo guardar el progreso</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/common/errors.py" line="88"/>
        <source>The newest good backup is from {when}. Restoring it brings back the work saved up to then; the damaged file is kept beside it, not deleted.</source>
        <translation>La copia de seguridad buena más reciente es de {when}. Al restaurarla recuperas el trabajo guardado hasta entonces; el archivo dañado se conserva junto a ella, no se borra.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/common/errors.py" line="95"/>
        <source>Restore the Backup</source>
        <translation>Restaurar la copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/common/errors.py" line="97"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/common/errors.py" line="158"/>
        <source>The pack was not installed</source>
        <translation>El paquete no se instaló</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/common/errors.py" line="161"/>
        <source>A report for the people who make CloseRead was written to {path}.</source>
        <translation>Se escribió un informe para quienes hacen CloseRead en {path}.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/common/errors.py" line="167"/>
        <source>Something went wrong inside CloseRead. Everything you saved before is kept. If the same thing happens again, close CloseRead and open it again.</source>
        <translation>Algo falló dentro de CloseRead. Todo lo que guardaste antes se conserva. Si vuelve a pasar lo mismo, cierra CloseRead y ábrelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/common/errors.py" line="173"/>
        <source>Something went wrong</source>
        <translation>Algo salió mal</translation>
    </message>
</context>
<context>
    <name>exports</name>
    <message>
        <location filename="../../src/closeread/ui/teacher/exports.py" line="51"/>
        <source>Gradebook &amp;CSV (One Row per Student)…</source>
        <translation>&amp;CSV del libro de calificaciones (una fila por estudiante)…</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/exports.py" line="53"/>
        <location filename="../../src/closeread/ui/teacher/exports.py" line="60"/>
        <location filename="../../src/closeread/ui/teacher/exports.py" line="67"/>
        <location filename="../../src/closeread/ui/teacher/exports.py" line="74"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/exports.py" line="58"/>
        <source>&amp;Attempts CSV (One Row per Attempt)…</source>
        <translation>CSV de &amp;intentos (una fila por intento)…</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/exports.py" line="65"/>
        <source>Grades for &amp;Moodle (Points, Matched on Student ID)…</source>
        <translation>Calificaciones para &amp;Moodle (puntos, según el ID de estudiante)…</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/exports.py" line="72"/>
        <source>Grades for Another &amp;LMS (Points)…</source>
        <translation>Calificaciones para otro &amp;LMS (puntos)…</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/exports.py" line="79"/>
        <source>&amp;HTML Report…</source>
        <translation>Informe &amp;HTML…</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/exports.py" line="81"/>
        <location filename="../../src/closeread/ui/teacher/notes_export.py" line="98"/>
        <source>Web pages (*.html)</source>
        <translation>Páginas web (*.html)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/exports.py" line="86"/>
        <source>&amp;PDF Report…</source>
        <translation>Informe &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/exports.py" line="88"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/exports.py" line="115"/>
        <source>CloseRead — Save the Report</source>
        <translation>CloseRead — Guardar el informe</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/exports.py" line="117"/>
        <location filename="../../src/closeread/ui/teacher/notes_export.py" line="98"/>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/exports.py" line="142"/>
        <source>The report was not saved</source>
        <translation>El informe no se guardó</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/exports.py" line="143"/>
        <location filename="../../src/closeread/ui/teacher/notes_export.py" line="79"/>
        <source>CloseRead could not write {path}: {error}</source>
        <translation>CloseRead no pudo escribir {path}: {error}</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/exports.py" line="153"/>
        <source>Making the report…</source>
        <translation>Creando el informe…</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/exports.py" line="162"/>
        <source>Before You Import It</source>
        <translation>Antes de importarlo</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/exports.py" line="163"/>
        <source>Saved {path}. Before you import it:</source>
        <translation>Se guardó {path}. Antes de importarlo:</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/notes_export.py" line="57"/>
        <source>No pack is open</source>
        <translation>No hay ningún paquete abierto</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/notes_export.py" line="58"/>
        <source>Open a pack to export its notes.</source>
        <translation>Abre un paquete para exportar su guía del profesor.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/notes_export.py" line="63"/>
        <source>Enter the teacher PIN to export the teacher notes, which hold every answer.</source>
        <translation>Escribe el PIN de profesor para exportar la guía del profesor, que contiene todas las respuestas.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/notes_export.py" line="78"/>
        <source>The teacher notes were not saved</source>
        <translation>La guía del profesor no se guardó</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/notes_export.py" line="88"/>
        <source>Saved the teacher notes to {path}</source>
        <translation>Guía del profesor guardada en {path}</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/notes_export.py" line="96"/>
        <source>CloseRead — Save the Teacher Notes</source>
        <translation>CloseRead — Guardar la guía del profesor</translation>
    </message>
</context>
<context>
    <name>forms</name>
    <message>
        <location filename="../../src/closeread/ui/editor/forms.py" line="36"/>
        <source>&amp;Step</source>
        <translation>&amp;Paso</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/forms.py" line="43"/>
        <source>Exercise &amp;id</source>
        <translation>&amp;Id del ejercicio</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/forms.py" line="46"/>
        <source>The exercise&apos;s permanent name: saved answers find it by this. Lower-case letters, digits, - and _.</source>
        <translation>El nombre permanente del ejercicio: las respuestas guardadas lo encuentran por él. Letras minúsculas, dígitos, - y _.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/forms.py" line="52"/>
        <source>Exercise &amp;name</source>
        <translation>&amp;Nombre del ejercicio</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/forms.py" line="55"/>
        <source>&amp;Prompt</source>
        <translation>&amp;Enunciado</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/forms.py" line="57"/>
        <source>What students are asked (Markdown).</source>
        <translation>Lo que se pregunta a los estudiantes (Markdown).</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/forms.py" line="66"/>
        <source>P&amp;oints</source>
        <translation>P&amp;untos</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/forms.py" line="77"/>
        <source>Atte&amp;mpts</source>
        <translation>Intento&amp;s</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/forms.py" line="81"/>
        <source>No limit</source>
        <translation>Sin límite</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/forms.py" line="85"/>
        <source>&amp;Counts</source>
        <translation>&amp;Cuenta</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/forms.py" line="89"/>
        <source>the best attempt</source>
        <translation>el mejor intento</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/forms.py" line="90"/>
        <source>the last attempt</source>
        <translation>el último intento</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/forms.py" line="97"/>
        <source>&amp;Explanation</source>
        <translation>E&amp;xplicación</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/forms.py" line="99"/>
        <source>Shown after checking.</source>
        <translation>Se muestra después de comprobar.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/forms.py" line="113"/>
        <source>Hints</source>
        <translation>Pistas</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/forms.py" line="115"/>
        <source>&amp;Hint</source>
        <translation>&amp;Pista</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/forms.py" line="118"/>
        <source>C&amp;ost (points)</source>
        <translation>C&amp;oste (puntos)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/forms.py" line="125"/>
        <source>A hint.</source>
        <translation>Una pista.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/forms.py" line="144"/>
        <source>Exercise fields</source>
        <translation>Campos del ejercicio</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/forms.py" line="150"/>
        <source>{kind}: a part of the analogy “{title}”</source>
        <translation>{kind}: una parte de la analogía “{title}”</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/forms.py" line="154"/>
        <source>{kind} exercise</source>
        <translation>Ejercicio: {kind}</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/forms.py" line="171"/>
        <source>An analogy is worth the sum of its parts&apos; points. Its parts are the rows below it in the outline; add one with Exercise ▸ Add Part to the Analogy.</source>
        <translation>Una analogía vale la suma de los puntos de sus partes. Sus partes son las filas que tiene debajo en el esquema; añade una con Ejercicio ▸ Añadir parte a la analogía.</translation>
    </message>
    <message>
        <source>An analogy is worth the sum of its parts&apos; points. Its parts are the rows below it in the outline; add one with Add ▸ Part.</source>
        <translation type="vanished">Una analogía vale la suma de los puntos de sus partes. Sus partes son las filas que tiene debajo en el esquema; añade una con Ejercicio ▸ Añadir parte a la analogía.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/forms.py" line="232"/>
        <source>Change the exercise&apos;s id to {id}</source>
        <translation>Cambiar el id del ejercicio a {id}</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/forms.py" line="245"/>
        <source>Edit {field}</source>
        <translation>Editar {field}</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/forms.py" line="252"/>
        <source>Add to {list}</source>
        <translation>Añadir a {list}</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/forms.py" line="258"/>
        <source>Remove from {list}</source>
        <translation>Quitar de {list}</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/forms.py" line="264"/>
        <source>Reorder {list}</source>
        <translation>Reordenar {list}</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/forms.py" line="270"/>
        <source>Edit {list}</source>
        <translation>Editar {list}</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/forms.py" line="279"/>
        <source>Lesson &amp;id</source>
        <translation>&amp;Id de la lección</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/forms.py" line="282"/>
        <source>The lesson&apos;s permanent name: saved work finds it by this.</source>
        <translation>El nombre permanente de la lección: el trabajo guardado la encuentra por él.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/forms.py" line="284"/>
        <source>Lesson &amp;name</source>
        <translation>&amp;Nombre de la lección</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/forms.py" line="287"/>
        <source>&amp;Introduction</source>
        <translation>In&amp;troducción</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/forms.py" line="289"/>
        <source>Shown before the first exercise.</source>
        <translation>Se muestra antes del primer ejercicio.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/forms.py" line="293"/>
        <source>&amp;Best done after</source>
        <translation>&amp;Mejor hacerla después de</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/forms.py" line="295"/>
        <source>The lessons best done before this one.</source>
        <translation>Las lecciones que conviene hacer antes de esta.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/forms.py" line="307"/>
        <source>Lesson fields</source>
        <translation>Campos de la lección</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/forms.py" line="332"/>
        <source>Edit lesson {field}</source>
        <translation>Editar la lección: {field}</translation>
    </message>
</context>
<context>
    <name>hand_in</name>
    <message>
        <location filename="../../src/closeread/ui/shell/hand_in.py" line="57"/>
        <source>No pack is open</source>
        <translation>No hay ningún paquete abierto</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/hand_in.py" line="58"/>
        <source>Open a lesson pack first.</source>
        <translation>Primero abre un paquete de lecciones.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/hand_in.py" line="70"/>
        <source>Nothing to hand in yet</source>
        <translation>Todavía no hay nada que entregar</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/hand_in.py" line="71"/>
        <source>You have not checked any answers in “{title}” yet, so there is nothing to hand in. Check your answers first, then export your results.</source>
        <translation>Todavía no has comprobado ninguna respuesta en “{title}”, así que no hay nada que entregar. Comprueba primero tus respuestas y después exporta tus resultados.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/hand_in.py" line="82"/>
        <source>CloseRead — Export My Results</source>
        <translation>CloseRead — Exportar mis resultados</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/hand_in.py" line="84"/>
        <source>CloseRead results (*{suffix});;All files (*)</source>
        <translation>Resultados de CloseRead (*{suffix});;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/hand_in.py" line="96"/>
        <source>Your results were not saved</source>
        <translation>Tus resultados no se guardaron</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/hand_in.py" line="97"/>
        <source>CloseRead could not write {path}: {reason}</source>
        <translation>CloseRead no pudo escribir {path}: {reason}</translation>
    </message>
    <message>
        <source>Saved your {n} checked answers to {path}.</source>
        <translation type="vanished">Se guardaron tus {n} respuestas comprobadas en {path}.</translation>
    </message>
    <message>
        <source>Saved your checked answer to {path}.</source>
        <translation type="vanished">Se guardó tu respuesta comprobada en {path}.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/hand_in.py" line="107"/>
        <source>Hand this file to your teacher.</source>
        <translation>Entrega este archivo a tu profesor.</translation>
    </message>
    <message>
        <source>{n} answers made with another version of this pack are not in the file.</source>
        <translation type="vanished">{n} respuestas hechas con otra versión de este paquete no están en el archivo.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/hand_in.py" line="116"/>
        <source>Results exported</source>
        <translation>Resultados exportados</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <location filename="../../src/closeread/ui/teacher/import_dialog.py" line="55"/>
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/import_dialog.py" line="57"/>
        <source>Already imported</source>
        <translation>Ya importado</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/import_dialog.py" line="58"/>
        <source>Refused</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>Nothing new for {student}: its {n} attempts were here already</source>
        <translation type="vanished">Nada nuevo de {student}: sus {n} intentos ya estaban aquí</translation>
    </message>
    <message>
        <source>{n} attempts for {student}</source>
        <translation type="vanished">{n} intentos de {student}</translation>
    </message>
    <message>
        <source>1 attempt for {student}</source>
        <translation type="vanished">1 intento de {student}</translation>
    </message>
    <message>
        <source> ({n} already here)</source>
        <translation type="vanished"> (ya había {n})</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/import_dialog.py" line="76"/>
        <source>Nothing changed ({student})</source>
        <translation>Sin cambios ({student})</translation>
    </message>
    <message>
        <source>“{title}” allows {n} attempts</source>
        <translation type="vanished">“{title}” permite {n} intentos</translation>
    </message>
    <message>
        <source>“{title}” allows 1 attempt</source>
        <translation type="vanished">“{title}” permite 1 intento</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/import_dialog.py" line="88"/>
        <source>: {n} refused</source>
        <translation>: {n} de más</translation>
    </message>
    <message>
        <source>; {n} attempts refused over the limit, counting every hand-in from this student</source>
        <translation type="vanished">; {n} intentos rechazados por superar el límite, contando todas las entregas de este estudiante</translation>
    </message>
    <message>
        <source>; 1 attempt refused over the limit, counting every hand-in from this student</source>
        <translation type="vanished">; 1 intento rechazado por superar el límite, contando todas las entregas de este estudiante</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/import_dialog.py" line="104"/>
        <source>CloseRead — Import Results Files</source>
        <translation>CloseRead — Importar archivos de resultados</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/import_dialog.py" line="106"/>
        <source>CloseRead results (*{suffix});;JSON files (*.json);;All files (*)</source>
        <translation>Resultados de CloseRead (*{suffix});;Archivos JSON (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/import_dialog.py" line="176"/>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/import_dialog.py" line="179"/>
        <source>Importing results files…</source>
        <translation>Importando archivos de resultados…</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/import_dialog.py" line="181"/>
        <source>CloseRead — Importing</source>
        <translation>CloseRead — Importando</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/import_dialog.py" line="147"/>
        <source>Importing {name} ({n} of {total})…</source>
        <translation>Importando {name} ({n} de {total})…</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/import_dialog.py" line="193"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/import_dialog.py" line="219"/>
        <source>Stopping after this file, then saving the files checked…</source>
        <translation>Se detiene tras este archivo y guarda los archivos ya comprobados…</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/import_dialog.py" line="259"/>
        <source>CloseRead — Results Files Imported</source>
        <translation>CloseRead — Archivos de resultados importados</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/import_dialog.py" line="260"/>
        <source>Results files imported</source>
        <translation>Archivos de resultados importados</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/import_dialog.py" line="268"/>
        <source>{imported} imported · {skipped} already imported · {refused} refused</source>
        <translation>Importados: {imported} · ya importados: {skipped} · rechazados: {refused}</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/import_dialog.py" line="277"/>
        <source>Files and what became of them</source>
        <translation>Los archivos y qué pasó con cada uno</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/import_dialog.py" line="280"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/import_dialog.py" line="281"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/import_dialog.py" line="282"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
</context>
<context>
    <name>keyspans</name>
    <message>
        <location filename="../../src/closeread/ui/editor/keyspans.py" line="115"/>
        <source>Labels</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/keyspans.py" line="118"/>
        <source>Label the selection:</source>
        <translation>Etiqueta la selección:</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/keyspans.py" line="124"/>
        <source>Answer key</source>
        <translation>Clave de respuestas</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/keyspans.py" line="132"/>
        <source>Answer key passages</source>
        <translation>Pasajes de la clave de respuestas</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/keyspans.py" line="134"/>
        <source>Enter shows the passage in the article; Delete removes it from the key.</source>
        <translation>Enter muestra el pasaje en el artículo; Delete lo quita de la clave.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/keyspans.py" line="151"/>
        <source>Label of the passage</source>
        <translation>Etiqueta del pasaje</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/keyspans.py" line="154"/>
        <source>&amp;Remove passage</source>
        <translation>&amp;Quitar pasaje</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/keyspans.py" line="156"/>
        <source>Remove the passage from the answer key</source>
        <translation>Quitar el pasaje de la clave de respuestas</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/keyspans.py" line="160"/>
        <source>&amp;Label</source>
        <translation>&amp;Etiqueta</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/keyspans.py" line="162"/>
        <source>Explanation of the passage</source>
        <translation>Explicación del pasaje</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/keyspans.py" line="164"/>
        <source>What students read about this passage</source>
        <translation>Lo que leen los estudiantes sobre este pasaje</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/keyspans.py" line="169"/>
        <source>E&amp;xplanation</source>
        <translation>E&amp;xplicación</translation>
    </message>
    <message>
        <source>Answer key: 1 passage</source>
        <translation type="vanished">Clave de respuestas: 1 pasaje</translation>
    </message>
    <message>
        <source>Answer key: {n} passages</source>
        <translation type="vanished">Clave de respuestas: {n} pasajes</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/keyspans.py" line="231"/>
        <source>No explanation yet</source>
        <translation>Aún sin explicación</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/keyspans.py" line="279"/>
        <source>This passage&apos;s quote is not found in the article: {problem}</source>
        <translation>La cita de este pasaje no está en el artículo: {problem}</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/keyspans.py" line="320"/>
        <source>Edit a passage&apos;s explanation</source>
        <translation>Editar la explicación de un pasaje</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/keyspans.py" line="331"/>
        <source>Relabel a passage</source>
        <translation>Cambiar la etiqueta de un pasaje</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/keyspans.py" line="340"/>
        <location filename="../../src/closeread/ui/editor/keyspans.py" line="381"/>
        <source>Remove a passage from the answer key</source>
        <translation>Quitar un pasaje de la clave de respuestas</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/keyspans.py" line="379"/>
        <source>Mark a passage for the answer key</source>
        <translation>Marcar un pasaje para la clave de respuestas</translation>
    </message>
</context>
<context>
    <name>kinds</name>
    <message>
        <location filename="../../src/closeread/ui/editor/kinds.py" line="52"/>
        <source>Options</source>
        <translation>Opciones</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/kinds.py" line="54"/>
        <source>Te&amp;xt</source>
        <translation>Te&amp;xto</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/kinds.py" line="57"/>
        <location filename="../../src/closeread/ui/editor/kinds.py" line="120"/>
        <location filename="../../src/closeread/ui/editor/kinds.py" line="176"/>
        <source>&amp;Weight (%)</source>
        <translation>&amp;Peso (%)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/kinds.py" line="61"/>
        <source>Percent of the points this option is worth: 100 for the right answer, a share for one of several right answers, below 0 to take points off.</source>
        <translation>Porcentaje de los puntos que vale esta opción: 100 para la respuesta correcta, una parte para una de varias respuestas correctas, menos de 0 para restar puntos.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/kinds.py" line="67"/>
        <location filename="../../src/closeread/ui/editor/kinds.py" line="123"/>
        <source>&amp;Feedback</source>
        <translation>C&amp;omentarios</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/kinds.py" line="70"/>
        <source>New option</source>
        <translation>Nueva opción</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/kinds.py" line="79"/>
        <source>&amp;Accepted answers</source>
        <translation>&amp;Respuestas aceptadas</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/kinds.py" line="81"/>
        <source>One answer a line. Each is worth full points; case, spaces and punctuation do not matter. Other answers go to you for review.</source>
        <translation>Una respuesta por línea. Cada una vale todos los puntos; no importan las mayúsculas, los espacios ni los signos de puntuación. Las demás respuestas te llegan para que las revises.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/kinds.py" line="87"/>
        <source>&amp;Model answer</source>
        <translation>Respuesta &amp;modelo</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/kinds.py" line="90"/>
        <source>A full rubric score is &amp;final</source>
        <translation>La puntuación completa de la rúbrica es &amp;definitiva</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/kinds.py" line="93"/>
        <source>Off (the default): every answer the rubric scores comes to you with a provisional score. Turn it on only when no answer could meet the rubric in full without being right.</source>
        <translation>Desactivado (por defecto): toda respuesta que puntúa la rúbrica te llega con una puntuación provisional. Actívalo solo cuando ninguna respuesta pueda cumplir la rúbrica por completo sin ser correcta.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/kinds.py" line="107"/>
        <source>Rubric</source>
        <translation>Rúbrica</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/kinds.py" line="109"/>
        <location filename="../../src/closeread/ui/editor/kinds.py" line="173"/>
        <source>&amp;Criterion</source>
        <translation>&amp;Criterio</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/kinds.py" line="112"/>
        <source>&amp;Words</source>
        <translation>Pa&amp;labras</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/kinds.py" line="115"/>
        <source>Met when the answer contains any of these words or phrases, one a line.</source>
        <translation>Se cumple cuando la respuesta contiene alguna de estas palabras o expresiones, una por línea.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/kinds.py" line="125"/>
        <source>Shown when it is not met.</source>
        <translation>Se muestra cuando no se cumple.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/kinds.py" line="130"/>
        <location filename="../../src/closeread/ui/editor/kinds.py" line="197"/>
        <source>new criterion</source>
        <translation>nuevo criterio</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/kinds.py" line="131"/>
        <source>word</source>
        <translation>palabra</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/kinds.py" line="140"/>
        <source>&amp;Left column</source>
        <translation>Columna i&amp;zquierda</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/kinds.py" line="141"/>
        <source>&amp;Right column</source>
        <translation>Columna &amp;derecha</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/kinds.py" line="144"/>
        <source>&amp;Distractors</source>
        <translation>Dis&amp;tractores</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/kinds.py" line="146"/>
        <source>Extra right-hand items that match nothing, one a line.</source>
        <translation>Elementos de más en la columna derecha que no corresponden a nada, uno por línea.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/kinds.py" line="155"/>
        <source>Pairs</source>
        <translation>Parejas</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/kinds.py" line="157"/>
        <source>&amp;Left</source>
        <translation>&amp;Izquierda</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/kinds.py" line="158"/>
        <source>&amp;Right</source>
        <translation>&amp;Derecha</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/kinds.py" line="159"/>
        <source>&amp;Explanation</source>
        <translation>&amp;Explicación</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/kinds.py" line="162"/>
        <source>left</source>
        <translation>izquierda</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/kinds.py" line="162"/>
        <source>right</source>
        <translation>derecha</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/kinds.py" line="171"/>
        <source>Rubric: criteria</source>
        <translation>Rúbrica: criterios</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/kinds.py" line="180"/>
        <source>Percent of the points; the criteria&apos;s weights add up to 100.</source>
        <translation>Porcentaje de los puntos; los pesos de los criterios suman 100.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/kinds.py" line="186"/>
        <source>&amp;Levels</source>
        <translation>&amp;Niveles</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/kinds.py" line="189"/>
        <source>What an answer at each level looks like: you give each criterion a level from 0 to 3, and students read these descriptors.</source>
        <translation>Cómo es una respuesta en cada nivel: das a cada criterio un nivel de 0 a 3, y los estudiantes leen estas descripciones.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/kinds.py" line="201"/>
        <source>Exemplars (shown after handing in)</source>
        <translation>Ejemplos (se muestran tras la entrega)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/kinds.py" line="205"/>
        <source>&amp;Level</source>
        <translation>&amp;Nivel</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/kinds.py" line="208"/>
        <source>A short label: &quot;Strong (about 3 on every criterion)&quot;.</source>
        <translation>Una etiqueta breve: &quot;Sólida (alrededor de 3 en cada criterio)&quot;.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/kinds.py" line="210"/>
        <source>&amp;Answer</source>
        <translation>&amp;Respuesta</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/kinds.py" line="213"/>
        <source>C&amp;ommentary</source>
        <translation>C&amp;omentario</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/kinds.py" line="215"/>
        <source>Why it earns that level.</source>
        <translation>Por qué merece ese nivel.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/kinds.py" line="220"/>
        <source>Strong</source>
        <translation>Sólida</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/kinds.py" line="221"/>
        <source>An answer at that level.</source>
        <translation>Una respuesta de ese nivel.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/kinds.py" line="229"/>
        <source>Missing, or off the point.</source>
        <translation>Falta, o no viene al caso.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/kinds.py" line="230"/>
        <source>Attempted, with serious gaps.</source>
        <translation>Intentada, con carencias graves.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/kinds.py" line="231"/>
        <source>Sound.</source>
        <translation>Adecuada.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/kinds.py" line="232"/>
        <source>Precise and developed throughout.</source>
        <translation>Precisa y desarrollada de principio a fin.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/kinds.py" line="237"/>
        <source>Argument</source>
        <translation>Argumento</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/kinds.py" line="238"/>
        <source>Write a response of 250 to 400 words.</source>
        <translation>Escribe una respuesta de 250 a 400 palabras.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/kinds.py" line="239"/>
        <source>Write a response</source>
        <translation>Escribe una respuesta</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/kinds.py" line="248"/>
        <source>What is compared with what?</source>
        <translation>¿Qué se compara con qué?</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/kinds.py" line="249"/>
        <source>Take the analogy apart</source>
        <translation>Desmonta la analogía</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/kinds.py" line="254"/>
        <source>Marking</source>
        <translation>Marcado</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/kinds.py" line="255"/>
        <source>Labels</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/kinds.py" line="257"/>
        <source>Mark the passages</source>
        <translation>Marca los pasajes</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/kinds.py" line="258"/>
        <source>Select the passages and label them.</source>
        <translation>Selecciona los pasajes y etiquétalos.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/kinds.py" line="262"/>
        <source>Choice</source>
        <translation>Opción múltiple</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/kinds.py" line="266"/>
        <source>&amp;Several answers may be right</source>
        <translation>Puede haber &amp;varias respuestas correctas</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/kinds.py" line="272"/>
        <source>S&amp;huffle the options</source>
        <translation>&amp;Mezclar las opciones</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/kinds.py" line="275"/>
        <source>Each student sees the options in an order of their own, the same every time. Untick for options whose order matters (a scale, &quot;all of the above&quot;).</source>
        <translation>Cada estudiante ve las opciones en su propio orden, siempre el mismo. Desmárcalo para opciones cuyo orden importa (una escala, &quot;todas las anteriores&quot;).</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/kinds.py" line="284"/>
        <location filename="../../src/closeread/ui/editor/kinds.py" line="298"/>
        <source>New question</source>
        <translation>Nueva pregunta</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/kinds.py" line="287"/>
        <source>The right answer</source>
        <translation>La respuesta correcta</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/kinds.py" line="288"/>
        <source>A wrong answer</source>
        <translation>Una respuesta incorrecta</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/kinds.py" line="294"/>
        <source>Short answer</source>
        <translation>Respuesta corta</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/kinds.py" line="299"/>
        <source>Answer in a sentence.</source>
        <translation>Responde en una frase.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/kinds.py" line="303"/>
        <source>Matching</source>
        <translation>Emparejamiento</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/kinds.py" line="307"/>
        <source>Match each item</source>
        <translation>Empareja cada elemento</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/kinds.py" line="311"/>
        <source>first item</source>
        <translation>primer elemento</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/kinds.py" line="312"/>
        <source>what it matches</source>
        <translation>lo que le corresponde</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/kinds.py" line="315"/>
        <source>second item</source>
        <translation>segundo elemento</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/kinds.py" line="316"/>
        <source>what it matches, too</source>
        <translation>lo que le corresponde a este</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/kinds.py" line="323"/>
        <source>Analogy</source>
        <translation>Analogía</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/kinds.py" line="326"/>
        <source>Writing task</source>
        <translation>Tarea de escritura</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/kinds.py" line="330"/>
        <source>&amp;Word guide</source>
        <translation>Ex&amp;tensión en palabras</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/kinds.py" line="332"/>
        <source>The length you ask for; students see their count against it, and are asked before handing in an answer outside it.</source>
        <translation>La extensión que pides; los estudiantes ven su recuento de palabras frente a ella, y se les pregunta antes de entregar una respuesta que no se ajuste.</translation>
    </message>
</context>
<context>
    <name>language_menu</name>
    <message>
        <source>&amp;Language</source>
        <translation type="vanished">&amp;Idioma</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/language_menu.py" line="61"/>
        <source>Lan&amp;guage</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/language_menu.py" line="64"/>
        <source>&amp;System</source>
        <translation>&amp;Sistema</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/language_menu.py" line="68"/>
        <source>Language follows the system</source>
        <translation>El idioma sigue al sistema</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/language_menu.py" line="88"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/language_menu.py" line="90"/>
        <source>CloseRead will speak {language} from its next start.</source>
        <translation>CloseRead se mostrará en {language} a partir del próximo inicio.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/language_menu.py" line="95"/>
        <source>Start it again now? Your place and your answers are saved; nothing is lost.</source>
        <translation>¿Reiniciarlo ahora? Tus respuestas y el punto por donde vas están guardados; no se pierde nada.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/language_menu.py" line="101"/>
        <source>&amp;Restart Now</source>
        <translation>&amp;Reiniciar ahora</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/language_menu.py" line="104"/>
        <source>At the &amp;Next Start</source>
        <translation>En el &amp;próximo inicio</translation>
    </message>
</context>
<context>
    <name>lessons</name>
    <message>
        <location filename="../../src/closeread/ui/editor/lessons.py" line="27"/>
        <source>pack.toml cannot be opened, so no lesson can be added.</source>
        <translation>No se puede abrir el archivo pack.toml del paquete, así que no se puede añadir ninguna lección.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/lessons.py" line="30"/>
        <source>New lesson</source>
        <translation>Nueva lección</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/lessons.py" line="50"/>
        <source>Add a lesson</source>
        <translation>Añadir una lección</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/lessons.py" line="67"/>
        <source>Delete the lesson “{title}”</source>
        <translation>Eliminar la lección “{title}”</translation>
    </message>
</context>
<context>
    <name>lrs</name>
    <message>
        <location filename="../../src/closeread/ui/teacher/lrs_dialog.py" line="209"/>
        <source>Send to a &amp;Learning Record Store…</source>
        <translation>Enviar a un almacén de registros (&amp;LRS)…</translation>
    </message>
</context>
<context>
    <name>menus</name>
    <message>
        <location filename="../../src/closeread/ui/shell/shortcut_list.py" line="40"/>
        <source>Shift+Arrows</source>
        <translation>Shift+flechas</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/shortcut_list.py" line="40"/>
        <source>Select words in the article</source>
        <translation>Seleccionar palabras del artículo</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/shortcut_list.py" line="41"/>
        <source>Ctrl+Shift+Arrows</source>
        <translation>Ctrl+Shift+flechas</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/shortcut_list.py" line="41"/>
        <source>Select word by word</source>
        <translation>Seleccionar palabra por palabra</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/shortcut_list.py" line="42"/>
        <source>Ctrl+Click</source>
        <translation>Ctrl+clic</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/shortcut_list.py" line="42"/>
        <source>Select a whole sentence</source>
        <translation>Seleccionar una oración entera</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/shortcut_list.py" line="44"/>
        <source>1 … 9</source>
        <translation>1 … 9</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/shortcut_list.py" line="45"/>
        <source>Label the selection (each label&apos;s number, the same in every exercise)</source>
        <translation>Etiquetar la selección (con el número de cada etiqueta, el mismo en todos los ejercicios)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/shortcut_list.py" line="49"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/shortcut_list.py" line="49"/>
        <source>Remove the mark at the cursor</source>
        <translation>Quitar la marca donde está el cursor</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/shortcut_list.py" line="50"/>
        <source>Ctrl+Z</source>
        <translation>Ctrl+Z</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/shortcut_list.py" line="50"/>
        <source>Undo the last change to your marks</source>
        <translation>Deshacer el último cambio en tus marcas</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/shortcut_list.py" line="52"/>
        <source>Ctrl+Shift+Z, Ctrl+Y</source>
        <translation>Ctrl+Shift+Z, Ctrl+Y</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/shortcut_list.py" line="53"/>
        <source>Redo the change you undid</source>
        <translation>Rehacer el cambio que deshiciste</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/shortcut_list.py" line="55"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/shortcut_list.py" line="55"/>
        <source>Check your answer</source>
        <translation>Comprobar tu respuesta</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/shortcut_list.py" line="57"/>
        <source>Up, Down, Space</source>
        <translation>Arriba, Abajo, Espacio</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/shortcut_list.py" line="58"/>
        <source>In the checked marks: show each in the article; open Why</source>
        <translation>En las marcas comprobadas: mostrar cada una en el artículo; abrir “¿Por qué?”</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/shortcut_list.py" line="60"/>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Shift+Tab</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/shortcut_list.py" line="60"/>
        <source>Move between controls</source>
        <translation>Moverse entre los controles</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/menus.py" line="80"/>
        <source>Menu bar</source>
        <translation>Barra de menús</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/menus.py" line="82"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/menus.py" line="86"/>
        <source>&amp;Open Pack…</source>
        <translation>&amp;Abrir paquete…</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/menus.py" line="89"/>
        <source>Open a lesson pack</source>
        <translation>Abrir un paquete de lecciones</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/menus.py" line="94"/>
        <source>Open Pack &amp;Folder…</source>
        <translation>Abrir &amp;carpeta de paquete…</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/menus.py" line="97"/>
        <source>Open a lesson pack folder</source>
        <translation>Abrir la carpeta de un paquete de lecciones</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/menus.py" line="103"/>
        <source>&amp;Export My Results…</source>
        <translation>&amp;Exportar mis resultados…</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/menus.py" line="105"/>
        <source>Export my results to hand in</source>
        <translation>Exportar mis resultados para entregarlos</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/menus.py" line="111"/>
        <source>&amp;Switch Profile…</source>
        <translation>Cambiar de &amp;perfil…</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/menus.py" line="117"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/menus.py" line="122"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/menus.py" line="126"/>
        <source>Zoom &amp;In</source>
        <translation>&amp;Ampliar</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/menus.py" line="129"/>
        <source>Make the text bigger</source>
        <translation>Hacer el texto más grande</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/menus.py" line="134"/>
        <source>Zoom &amp;Out</source>
        <translation>&amp;Reducir</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/menus.py" line="137"/>
        <source>Make the text smaller</source>
        <translation>Hacer el texto más pequeño</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/menus.py" line="142"/>
        <source>&amp;Actual Size</source>
        <translation>&amp;Tamaño real</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/menus.py" line="145"/>
        <source>Text at its normal size</source>
        <translation>El texto a su tamaño normal</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/menus.py" line="151"/>
        <source>&amp;Library Panel</source>
        <translation>Panel de &amp;biblioteca</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/menus.py" line="153"/>
        <source>Show library</source>
        <translation>Mostrar la biblioteca</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/menus.py" line="161"/>
        <source>Source &amp;Cards</source>
        <translation>&amp;Fichas de fuentes</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/menus.py" line="163"/>
        <source>Show the source cards</source>
        <translation>Mostrar las fichas de fuentes</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/menus.py" line="169"/>
        <source>Define &amp;Word at Cursor</source>
        <translation>&amp;Definir la palabra del cursor</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/menus.py" line="189"/>
        <source>&amp;Off (Light)</source>
        <translation>&amp;Desactivado (claro)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/menus.py" line="238"/>
        <source>Li&amp;brary</source>
        <translation>&amp;Biblioteca</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/menus.py" line="273"/>
        <source>Nex&amp;t Pane</source>
        <translation>Panel siguie&amp;nte</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/menus.py" line="278"/>
        <source>P&amp;revious Pane</source>
        <translation>Panel anteri&amp;or</translation>
    </message>
    <message>
        <source>&amp;Define Word at Cursor</source>
        <translation type="vanished">&amp;Definir la palabra del cursor</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/menus.py" line="172"/>
        <source>Define the glossary word at the cursor</source>
        <translation>Definir la palabra del glosario que está en el cursor</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/menus.py" line="177"/>
        <source>My &amp;Progress…</source>
        <translation>Mi &amp;progreso…</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/menus.py" line="180"/>
        <source>Show my progress: each lesson&apos;s points, what is left and the attempts used</source>
        <translation>Mostrar mi progreso: los puntos de cada lección, lo que falta y los intentos usados</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/menus.py" line="184"/>
        <source>&amp;Dark Mode</source>
        <translation>&amp;Modo oscuro</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/menus.py" line="188"/>
        <source>&amp;Follow the System</source>
        <translation>&amp;Seguir al sistema</translation>
    </message>
    <message>
        <source>O&amp;ff (Light)</source>
        <translation type="vanished">&amp;Desactivado (claro)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/menus.py" line="190"/>
        <source>O&amp;n (Dark)</source>
        <translation>&amp;Activado (oscuro)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/menus.py" line="193"/>
        <source>Dark mode follows the system</source>
        <translation>El modo oscuro sigue al sistema</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/menus.py" line="194"/>
        <source>Dark mode off</source>
        <translation>Modo oscuro desactivado</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/menus.py" line="195"/>
        <source>Dark mode on</source>
        <translation>Modo oscuro activado</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/menus.py" line="209"/>
        <source>&amp;Switch Light/Dark</source>
        <translation>&amp;Cambiar claro/oscuro</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/menus.py" line="212"/>
        <source>Switch between light and dark</source>
        <translation>Cambiar entre claro y oscuro</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/menus.py" line="216"/>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/menus.py" line="218"/>
        <source>&amp;Previous Exercise</source>
        <translation>Ejercicio &amp;anterior</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/menus.py" line="221"/>
        <source>&amp;Next Exercise</source>
        <translation>Ejercicio &amp;siguiente</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/menus.py" line="227"/>
        <source>Previous &amp;Lesson</source>
        <translation>&amp;Lección anterior</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/menus.py" line="232"/>
        <source>Next L&amp;esson</source>
        <translation>Lección sig&amp;uiente</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation type="vanished">&amp;Biblioteca</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/menus.py" line="241"/>
        <source>Go to the library</source>
        <translation>Ir a la biblioteca</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/menus.py" line="246"/>
        <source>&amp;Article</source>
        <translation>A&amp;rtículo</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/menus.py" line="249"/>
        <source>Go to the article</source>
        <translation>Ir al artículo</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/menus.py" line="253"/>
        <source>&amp;Find in the Article…</source>
        <translation>Bus&amp;car en el artículo…</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/menus.py" line="258"/>
        <source>Find Ne&amp;xt</source>
        <translation>Buscar si&amp;guiente</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/menus.py" line="261"/>
        <source>Go to the next place found</source>
        <translation>Ir al siguiente lugar encontrado</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/menus.py" line="266"/>
        <source>Find Pre&amp;vious</source>
        <translation>Buscar an&amp;terior</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/menus.py" line="269"/>
        <source>Go to the previous place found</source>
        <translation>Ir al lugar encontrado anterior</translation>
    </message>
    <message>
        <source>Next Pa&amp;ne</source>
        <translation type="vanished">Panel siguie&amp;nte</translation>
    </message>
    <message>
        <source>Previous Pan&amp;e</source>
        <translation type="vanished">Panel anteri&amp;or</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/menus.py" line="287"/>
        <source>&amp;Teacher</source>
        <translation>&amp;Profesor</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/menus.py" line="289"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/menus.py" line="291"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/menus.py" line="294"/>
        <source>&amp;About CloseRead</source>
        <translation>A&amp;cerca de CloseRead</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/menus.py" line="300"/>
        <source>Why Today&apos;s &amp;Backup Failed…</source>
        <translation>&amp;Por qué falló la copia de seguridad de hoy…</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/menus.py" line="301"/>
        <source>Why today&apos;s backup of your progress failed</source>
        <translation>Por qué falló hoy la copia de seguridad de tu progreso</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/teacher_menu.py" line="41"/>
        <source>&amp;Dashboard…</source>
        <translation>&amp;Panel del profesor…</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/teacher_menu.py" line="44"/>
        <source>Open the teacher dashboard</source>
        <translation>Abrir el panel del profesor</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/teacher_menu.py" line="50"/>
        <source>&amp;Edit This Pack…</source>
        <translation>&amp;Editar este paquete…</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/teacher_menu.py" line="53"/>
        <source>Edit the pack that is open</source>
        <translation>Editar el paquete abierto</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/teacher_menu.py" line="58"/>
        <source>&amp;New Pack…</source>
        <translation>&amp;Nuevo paquete…</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/teacher_menu.py" line="61"/>
        <source>Make a new lesson pack around an article</source>
        <translation>Crear un paquete de lecciones nuevo a partir de un artículo</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/teacher_menu.py" line="66"/>
        <source>Edit a Pack &amp;Folder…</source>
        <translation>Editar una &amp;carpeta de paquete…</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/teacher_menu.py" line="69"/>
        <source>Edit the lesson pack in a folder you choose</source>
        <translation>Editar el paquete de lecciones de la carpeta que elijas</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/teacher_menu.py" line="75"/>
        <source>Export Teacher N&amp;otes…</source>
        <translation>Exportar guía del pro&amp;fesor…</translation>
    </message>
    <message>
        <source>Export Teacher &amp;Notes…</source>
        <translation type="vanished">Exportar guía del pro&amp;fesor…</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/teacher_menu.py" line="78"/>
        <source>Export the teacher notes with the answers</source>
        <translation>Exportar la guía del profesor con las respuestas</translation>
    </message>
</context>
<context>
    <name>newPack</name>
    <message>
        <location filename="../../src/closeread/ui/editor/new_pack_dialog.py" line="42"/>
        <source>CloseRead — New Pack</source>
        <translation>CloseRead — Nuevo paquete</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/new_pack_dialog.py" line="47"/>
        <source>Make a new lesson pack</source>
        <translation>Crear un paquete de lecciones nuevo</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/new_pack_dialog.py" line="48"/>
        <source>CloseRead makes a pack around an article: the article, notes for teachers, and a first lesson with a marking exercise whose answer key you then mark in the editor. A first line that reads as a title becomes the article&apos;s heading.</source>
        <translation>CloseRead crea un paquete en torno a un artículo: el artículo, notas para el profesorado y una primera lección con un ejercicio de marcado cuya clave de respuestas marcas luego en el editor. Una primera línea que parezca un título pasa a ser el encabezado del artículo.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/new_pack_dialog.py" line="55"/>
        <source>From a &amp;file (plain text or Markdown, UTF-8)</source>
        <translation>Desde un &amp;archivo (texto plano o Markdown, UTF-8)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/new_pack_dialog.py" line="57"/>
        <source>From &amp;pasted text</source>
        <translation>Desde texto &amp;pegado</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/new_pack_dialog.py" line="68"/>
        <source>The article&apos;s file</source>
        <translation>El archivo del artículo</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/new_pack_dialog.py" line="69"/>
        <source>B&amp;rowse…</source>
        <translation>Exa&amp;minar…</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/new_pack_dialog.py" line="70"/>
        <source>Choose the article&apos;s file</source>
        <translation>Elige el archivo del artículo</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/new_pack_dialog.py" line="74"/>
        <source>&amp;Article:</source>
        <translation>A&amp;rtículo:</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/new_pack_dialog.py" line="78"/>
        <source>The article&apos;s text</source>
        <translation>El texto del artículo</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/new_pack_dialog.py" line="80"/>
        <source>Paste the article here: its title, then its text.</source>
        <translation>Pega aquí el artículo: primero su título y luego su texto.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/new_pack_dialog.py" line="85"/>
        <source>The pasted text is Mark&amp;down</source>
        <translation>El texto pegado es Mark&amp;down</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/new_pack_dialog.py" line="88"/>
        <source>Title of the pack</source>
        <translation>Título del paquete</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/new_pack_dialog.py" line="89"/>
        <source>From the article&apos;s title</source>
        <translation>Tomado del título del artículo</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/new_pack_dialog.py" line="90"/>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/new_pack_dialog.py" line="98"/>
        <source>&amp;Make the Pack</source>
        <translation>&amp;Crear el paquete</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/new_pack_dialog.py" line="113"/>
        <source>CloseRead — Choose the Article</source>
        <translation>CloseRead — Elegir el artículo</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/new_pack_dialog.py" line="114"/>
        <source>Text and Markdown (*.txt *.md *.markdown);;All files (*)</source>
        <translation>Texto y Markdown (*.txt *.md *.markdown);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/new_pack_dialog.py" line="130"/>
        <source>new pack</source>
        <translation>paquete nuevo</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/new_pack_dialog.py" line="136"/>
        <source>choose the article&apos;s file.</source>
        <translation>elige el archivo del artículo.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/new_pack_dialog.py" line="138"/>
        <source>paste the article&apos;s text.</source>
        <translation>pega el texto del artículo.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/new_pack_dialog.py" line="140"/>
        <source>choose where to save the pack, and name its folder.</source>
        <translation>elige dónde guardar el paquete y ponle nombre a su carpeta.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/new_pack_dialog.py" line="147"/>
        <source>Not yet:</source>
        <translation>Aún no:</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/new_pack_dialog.py" line="160"/>
        <source>No pack was made.</source>
        <translation>No se creó ningún paquete.</translation>
    </message>
</context>
<context>
    <name>opening</name>
    <message>
        <location filename="../../src/closeread/ui/shell/edit_pack.py" line="68"/>
        <source>Enter the teacher PIN to edit this pack.</source>
        <translation>Escribe el PIN de profesor para editar este paquete.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/edit_pack.py" line="75"/>
        <source>No pack is open</source>
        <translation>No hay ningún paquete abierto</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/edit_pack.py" line="76"/>
        <source>Open a pack, then edit it.</source>
        <translation>Abre un paquete y luego edítalo.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/edit_pack.py" line="90"/>
        <source>Editing {folder}. Students see your changes once you open that folder again with File ▸ Open Pack Folder.</source>
        <translation>Editando {folder}. Los estudiantes verán tus cambios cuando vuelvas a abrir esa carpeta con Archivo ▸ Abrir carpeta de paquete.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/edit_pack.py" line="105"/>
        <source>You made an editable copy of this pack before, in {folder}.</source>
        <translation>Ya hiciste antes una copia editable de este paquete, en {folder}.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/edit_pack.py" line="110"/>
        <source>CloseRead — Edit Your Copy?</source>
        <translation>CloseRead — ¿Editar tu copia?</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/edit_pack.py" line="113"/>
        <source>&amp;Edit That Copy</source>
        <translation>&amp;Editar esa copia</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/edit_pack.py" line="114"/>
        <source>Make &amp;Another Copy…</source>
        <translation>Hacer &amp;otra copia…</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/edit_pack.py" line="138"/>
        <source>Copied to {folder}. Students see the pack as it was until you hand the copy out.</source>
        <translation>Copiado en {folder}. Los estudiantes ven el paquete como estaba hasta que distribuyas la copia.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/edit_pack.py" line="152"/>
        <source>Enter the teacher PIN to make a new pack.</source>
        <translation>Escribe el PIN de profesor para crear un paquete nuevo.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/edit_pack.py" line="174"/>
        <source>Enter the teacher PIN to edit a lesson pack.</source>
        <translation>Escribe el PIN de profesor para editar un paquete de lecciones.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/edit_pack.py" line="182"/>
        <source>CloseRead — Choose the Folder of a Pack to Edit</source>
        <translation>CloseRead — Elegir la carpeta del paquete que quieres editar</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/edit_pack.py" line="193"/>
        <source>Not a pack folder</source>
        <translation>No es una carpeta de paquete</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/edit_pack.py" line="194"/>
        <source>{folder} has no pack.toml. Choose the folder of a lesson pack, or make one with Teacher ▸ New Pack.</source>
        <translation>{folder} no tiene pack.toml. Elige la carpeta de un paquete de lecciones o crea uno con Profesor ▸ Nuevo paquete.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/edit_pack.py" line="206"/>
        <source>This folder cannot be edited</source>
        <translation>Esta carpeta no se puede editar</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/edit_pack.py" line="209"/>
        <source>Open the pack, then use Teacher ▸ Edit This Pack to make an editable copy.</source>
        <translation>Abre el paquete y usa Profesor ▸ Editar este paquete para hacer una copia editable.</translation>
    </message>
</context>
<context>
    <name>outline</name>
    <message>
        <location filename="../../src/closeread/ui/editor/outline.py" line="138"/>
        <source>Pack</source>
        <translation>Paquete</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/outline.py" line="141"/>
        <source>Article</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/outline.py" line="147"/>
        <source>{file} (cannot be opened)</source>
        <translation>{file} (no se puede abrir)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/outline.py" line="153"/>
        <source>Lesson</source>
        <translation>Lección</translation>
    </message>
</context>
<context>
    <name>packForm</name>
    <message>
        <location filename="../../src/closeread/ui/editor/pack_form.py" line="26"/>
        <source>Pack &amp;title</source>
        <translation>&amp;Título del paquete</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/pack_form.py" line="29"/>
        <source>Shown in the library.</source>
        <translation>Se muestra en la biblioteca.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/pack_form.py" line="33"/>
        <source>&amp;Version</source>
        <translation>&amp;Versión</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/pack_form.py" line="36"/>
        <source>Raise it (&quot;1.1&quot;, &quot;2.0&quot;) for each changed copy you hand out.</source>
        <translation>Súbela (&quot;1.1&quot;, &quot;2.0&quot;) con cada copia modificada que distribuyas.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/pack_form.py" line="42"/>
        <source>Pack &amp;id</source>
        <translation>I&amp;d del paquete</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/pack_form.py" line="45"/>
        <source>The pack&apos;s permanent name: saved work finds the pack by it. Never change it once students have used the pack.</source>
        <translation>El nombre permanente del paquete: el trabajo guardado encuentra el paquete gracias a él. No lo cambies nunca una vez que los estudiantes hayan usado el paquete.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/pack_form.py" line="53"/>
        <source>&amp;Description</source>
        <translation>De&amp;scripción</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/pack_form.py" line="55"/>
        <source>A few sentences for the library (Markdown).</source>
        <translation>Unas frases para la biblioteca (Markdown).</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/pack_form.py" line="62"/>
        <source>Original t&amp;itle</source>
        <translation>Título &amp;original</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/pack_form.py" line="63"/>
        <source>&amp;Author</source>
        <translation>&amp;Autor</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/pack_form.py" line="64"/>
        <source>&amp;Publisher</source>
        <translation>&amp;Editorial</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/pack_form.py" line="67"/>
        <source>Publis&amp;hed on</source>
        <translation>Fecha de &amp;publicación</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/pack_form.py" line="69"/>
        <source>As you write dates: &quot;2015-12-16&quot;.</source>
        <translation>Con este formato de fecha: &quot;2015-12-16&quot;.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/pack_form.py" line="73"/>
        <source>&amp;Web address</source>
        <translation>Dirección &amp;web</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/pack_form.py" line="75"/>
        <source>Kept as text: CloseRead never opens it.</source>
        <translation>Se guarda como texto: CloseRead nunca la abre.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/pack_form.py" line="77"/>
        <source>Dis&amp;claimer</source>
        <translation>Aviso &amp;legal</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/pack_form.py" line="87"/>
        <source>Pack fields</source>
        <translation>Campos del paquete</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/pack_form.py" line="91"/>
        <source>The pack</source>
        <translation>El paquete</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/pack_form.py" line="97"/>
        <source>Where the article comes from</source>
        <translation>De dónde viene el artículo</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/pack_form.py" line="121"/>
        <source>&lt;b&gt;Labels:&lt;/b&gt; {labels}.</source>
        <translation>&lt;b&gt;Etiquetas:&lt;/b&gt; {labels}.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/pack_form.py" line="122"/>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/pack_form.py" line="125"/>
        <source>The labels, the scoring and the source cards are changed in {file} with a text editor; CloseRead reads them again when you save it there.</source>
        <translation>Las etiquetas, la puntuación y las fichas de fuentes se cambian en {file} con un editor de texto; CloseRead las vuelve a leer cuando guardas ese archivo.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/pack_form.py" line="141"/>
        <source>Edit the {field}</source>
        <translation>Editar el campo “{field}”</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/pack_form.py" line="151"/>
        <source>Edit the source&apos;s {field}</source>
        <translation>Editar el campo “{field}” de la fuente</translation>
    </message>
</context>
<context>
    <name>packs</name>
    <message>
        <location filename="../../src/closeread/ui/shell/pack_opener.py" line="58"/>
        <source>no author given</source>
        <translation>sin autor indicado</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/pack_opener.py" line="60"/>
        <source>{who}, {source}</source>
        <translation>{who}, {source}</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/pack_opener.py" line="216"/>
        <source>The pack cannot be opened</source>
        <translation>No se puede abrir el paquete</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/pack_opener.py" line="217"/>
        <source>CloseRead cannot open “{title}”: it has the problems listed below. Show this list to your teacher.</source>
        <translation>CloseRead no puede abrir “{title}”: tiene los problemas de la lista de abajo. Muestra esta lista a tu profesor.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/pack_opener.py" line="233"/>
        <source>Open a Lesson Pack</source>
        <translation>Abrir un paquete de lecciones</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/pack_opener.py" line="235"/>
        <source>Lesson packs (*.zip pack.toml);;All files (*)</source>
        <translation>Paquetes de lecciones (*.zip pack.toml);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/pack_opener.py" line="245"/>
        <source>Open a Lesson Pack Folder</source>
        <translation>Abrir la carpeta de un paquete de lecciones</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/pack_opener.py" line="257"/>
        <source>Checking {name}…</source>
        <translation>Comprobando {name}…</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/pack_opener.py" line="263"/>
        <source>Checking the lesson pack “{name}”…</source>
        <translation>Comprobando el paquete de lecciones “{name}”…</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/pack_opener.py" line="289"/>
        <source>Nothing was installed.</source>
        <translation>No se instaló nada.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/pack_opener.py" line="306"/>
        <source>Installed “{title}”.</source>
        <translation>Se instaló “{title}”.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/pack_opener.py" line="323"/>
        <source>the pack that comes with CloseRead</source>
        <translation>el paquete que viene con CloseRead</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/pack_opener.py" line="325"/>
        <source>the pack</source>
        <translation>el paquete</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/pack_opener.py" line="327"/>
        <source>“{new}” ({new_id} {new_version}) has the same id as {which} “{old}” ({old_id} {old_version}), but comes from {new_from}, not {old_from}.

Replace “{old}” with it in the library?</source>
        <translation>“{new}” ({new_id} {new_version}) tiene el mismo id que {which} “{old}” ({old_id} {old_version}), pero viene de {new_from}, no de {old_from}.

¿Sustituir “{old}” por él en la biblioteca?</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/pack_opener.py" line="346"/>
        <source>Replace a pack?</source>
        <translation>¿Sustituir un paquete?</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/pack_opener.py" line="365"/>
        <source>The pack has problems</source>
        <translation>El paquete tiene problemas</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/pack_opener.py" line="366"/>
        <source>“{name}” was not installed: the pack checker found the problems below. Nothing was changed. Show this list to the person who made the pack.</source>
        <translation>“{name}” no se instaló: el comprobador de paquetes encontró los problemas de abajo. No se cambió nada. Muestra esta lista a quien hizo el paquete.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/shell/pack_opener.py" line="376"/>
        <source>The pack was not installed</source>
        <translation>El paquete no se instaló</translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <location filename="../../src/closeread/ui/editor/pages.py" line="22"/>
        <source>The article cannot be shown: see the problems.</source>
        <translation>No se puede mostrar el artículo: mira los problemas.</translation>
    </message>
    <message>
        <source>{words} words in {blocks} blocks.</source>
        <translation type="vanished">{words} palabras en {blocks} bloques.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/pages.py" line="28"/>
        <source>Edit the article in a text editor. Answer keys quote its words: when you change them, the problems below say which quotes no longer match.</source>
        <translation>Edita el artículo en un editor de texto. Las claves de respuestas citan sus palabras: cuando las cambies, los problemas de abajo dirán qué citas ya no coinciden.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/pages.py" line="40"/>
        <source>This lesson file cannot be opened for editing:</source>
        <translation>Este archivo de lección no se puede abrir para editarlo:</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/pages.py" line="42"/>
        <source>Fix it in a text editor; CloseRead opens it as soon as it is saved.</source>
        <translation>Arréglalo en un editor de texto; CloseRead lo abre en cuanto se guarde.</translation>
    </message>
</context>
<context>
    <name>pinSetup</name>
    <message>
        <location filename="../../src/closeread/ui/teacher/pin_setup.py" line="31"/>
        <source>&lt;b&gt;If the PIN is forgotten:&lt;/b&gt; quit CloseRead, put an empty file named &lt;code style=&apos;white-space:pre&apos;&gt;{file}&lt;/code&gt; in the data folder, then open teacher mode again at once: CloseRead removes the PIN and asks for a new one. Anyone who can write in that folder can do this, and so unlock the dashboard.</source>
        <translation>&lt;b&gt;Si se olvida el PIN:&lt;/b&gt; cierra CloseRead, pon un archivo vacío llamado &lt;code style=&apos;white-space:pre&apos;&gt;{file}&lt;/code&gt; en la carpeta de datos y vuelve a abrir enseguida el modo profesor: CloseRead quita el PIN y pide uno nuevo. Cualquiera que pueda escribir en esa carpeta puede hacer esto y, así, desbloquear el panel del profesor.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/pin_setup.py" line="47"/>
        <source>CloseRead — Set Up Teacher Mode</source>
        <translation>CloseRead — Configurar el modo profesor</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/pin_setup.py" line="48"/>
        <source>Set up teacher mode on this computer</source>
        <translation>Configura el modo profesor en este equipo</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/pin_setup.py" line="53"/>
        <source>Teacher mode shows every student&apos;s work and the answer keys, and lets you change scores and edit packs. A teacher PIN locks it.</source>
        <translation>El modo profesor muestra el trabajo de todos los estudiantes y las claves de respuestas, y te permite cambiar puntuaciones y editar paquetes. Un PIN de profesor lo bloquea.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/pin_setup.py" line="59"/>
        <source>The PIN locks teacher mode for this computer&apos;s data folder, where CloseRead keeps the students&apos; work:</source>
        <translation>El PIN bloquea el modo profesor para la carpeta de datos de este equipo, donde CloseRead guarda el trabajo de los estudiantes:</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/pin_setup.py" line="65"/>
        <source>&lt;b&gt;Set it now, before a student does:&lt;/b&gt; until a PIN is set, whoever opens teacher mode first chooses it. Use at least 6 characters your students do not know; 8 or more with letters is much safer.</source>
        <translation>&lt;b&gt;Configúralo ahora, antes de que lo haga un estudiante:&lt;/b&gt; mientras no haya PIN, quien abra primero el modo profesor lo elige. Usa al menos 6 caracteres que tus estudiantes no conozcan; 8 o más, con letras, es mucho más seguro.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/pin_setup.py" line="76"/>
        <source>&lt;b&gt;What it protects:&lt;/b&gt; a student at this keyboard cannot open the dashboard, see other students&apos; work, change scores or edit packs in CloseRead. &lt;b&gt;What it cannot:&lt;/b&gt; anyone who can open the data folder&apos;s files (the same computer login, a copy on a USB stick) can read the answer keys and copy or change the progress file, and the &lt;code&gt;closeread&lt;/code&gt; command reads that folder without a PIN. For a graded test, hand out the assessment edition of the pack.</source>
        <translation>&lt;b&gt;Qué protege:&lt;/b&gt; un estudiante frente a este teclado no puede abrir el panel del profesor, ver el trabajo de otros estudiantes, cambiar puntuaciones ni editar paquetes en CloseRead. &lt;b&gt;Qué no protege:&lt;/b&gt; cualquiera que pueda abrir los archivos de la carpeta de datos (la misma sesión del equipo, una copia en una memoria USB) puede leer las claves de respuestas y copiar o cambiar el archivo de progreso, y el comando &lt;code&gt;closeread&lt;/code&gt; lee esa carpeta sin PIN. Para una prueba con nota, reparte la edición de evaluación del paquete.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/pin_setup.py" line="93"/>
        <source>&amp;Not Now</source>
        <translation>&amp;Ahora no</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/pin_setup.py" line="94"/>
        <source>Not now: leave teacher mode locked</source>
        <translation>Ahora no: dejar bloqueado el modo profesor</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/pin_setup.py" line="119"/>
        <source>CloseRead — Reset the Teacher PIN?</source>
        <translation>CloseRead — ¿Restablecer el PIN de profesor?</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/pin_setup.py" line="126"/>
        <source>The file {file} in the data folder asks to reset the teacher PIN.</source>
        <translation>El archivo {file} de la carpeta de datos pide restablecer el PIN de profesor.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/pin_setup.py" line="131"/>
        <source>Resetting removes the PIN and the file. Teacher mode is then unlocked: whoever opens it next chooses the new PIN, so choose it now, at this keyboard. The scores you set by hand stay, and count under the new PIN.

If you did not put the file there, keep the PIN: someone who can change this computer&apos;s data folder did, and can change your students&apos; work too.</source>
        <translation>Al restablecerlo se quitan el PIN y el archivo. Entonces el modo profesor queda desbloqueado: quien lo abra a continuación elige el nuevo PIN, así que elígelo ahora, desde este teclado. Las puntuaciones que pusiste a mano se conservan y cuentan con el nuevo PIN.

Si no pusiste tú el archivo ahí, conserva el PIN: lo puso alguien que puede cambiar la carpeta de datos de este equipo, y que también puede cambiar el trabajo de tus estudiantes.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/pin_setup.py" line="141"/>
        <source>&amp;Reset the PIN</source>
        <translation>&amp;Restablecer el PIN</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/pin_setup.py" line="143"/>
        <source>&amp;Keep the PIN</source>
        <translation>&amp;Conservar el PIN</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/teacher/pin_setup.py" line="153"/>
        <source>The PIN was not reset</source>
        <translation>El PIN no se restableció</translation>
    </message>
</context>
<context>
    <name>questions</name>
    <message>
        <location filename="../../src/closeread/ui/editor/questions.py" line="26"/>
        <source>CloseRead — Files changed on disk</source>
        <translation>CloseRead — Archivos cambiados en el disco</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/questions.py" line="27"/>
        <source>These files changed on disk since CloseRead read them:
{files}

Replace them with your version? The changes made on disk would be lost.</source>
        <translation>Estos archivos cambiaron en el disco desde que CloseRead los leyó:
{files}

¿Reemplazarlos con tu versión? Se perderían los cambios hechos en el disco.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/questions.py" line="42"/>
        <source>CloseRead — Reload the pack?</source>
        <translation>CloseRead — ¿Volver a cargar el paquete?</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/questions.py" line="43"/>
        <source>The pack&apos;s files changed on disk. Read them again? Your unsaved edits to {files} would be lost.</source>
        <translation>Los archivos del paquete cambiaron en el disco. ¿Leerlos de nuevo? Se perderían tus cambios sin guardar en {files}.</translation>
    </message>
</context>
<context>
    <name>structure</name>
    <message>
        <location filename="../../src/closeread/ui/editor/structure.py" line="58"/>
        <source>There is no lesson file open to add the exercise to.</source>
        <translation>No hay ningún archivo de lección abierto al que añadir el ejercicio.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/structure.py" line="68"/>
        <source>Add a {kind} exercise</source>
        <translation>Añadir un ejercicio ({kind})</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/structure.py" line="83"/>
        <source>Parts belong to an analogy: select one first.</source>
        <translation>Las partes pertenecen a una analogía: selecciona una primero.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/structure.py" line="93"/>
        <source>Add a part to “{title}”</source>
        <translation>Añadir una parte a “{title}”</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/structure.py" line="130"/>
        <source>Delete “{title}”</source>
        <translation>Eliminar “{title}”</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/structure.py" line="154"/>
        <source>Move “{title}” up</source>
        <translation>Subir “{title}”</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/structure.py" line="156"/>
        <source>Move “{title}” down</source>
        <translation>Bajar “{title}”</translation>
    </message>
</context>
<context>
    <name>teacher</name>
    <message>
        <location filename="../../src/closeread/ui/teacher/__init__.py" line="53"/>
        <source>Enter the teacher PIN to open the dashboard.</source>
        <translation>Escribe el PIN de profesor para abrir el panel del profesor.</translation>
    </message>
</context>
<context>
    <name>trying</name>
    <message>
        <location filename="../../src/closeread/ui/editor/trying.py" line="37"/>
        <source>The pack has errors: fix the problems listed below first.</source>
        <translation>El paquete tiene errores: corrige primero los problemas de la lista de abajo.</translation>
    </message>
    <message>
        <location filename="../../src/closeread/ui/editor/trying.py" line="44"/>
        <source>This exercise is not in the pack as saved: save it first.</source>
        <translation>Este ejercicio no está en el paquete guardado: guárdalo primero.</translation>
    </message>
</context>
</TS>
