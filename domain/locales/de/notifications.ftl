# Benachrichtigungen: ein kurzer Titel und ganze Sätze, mit „Sie“.
# $organization, $what und $when sind leer, wenn die Angabe fehlt, und
# beginnen sonst mit einem Leerzeichen.

quoted = „{ $text }“

organization_verified =
    .title = Organisation verifiziert
    .body = Das Freiwilligenzentrum hat die Organisation{ $organization } verifiziert. Sie können jetzt Freiwilligenangebote veröffentlichen.
organization_rejected =
    .title = Organisation nicht verifiziert
    .body = Das Freiwilligenzentrum hat die Organisation{ $organization } nicht verifiziert.
member_invited =
    .title = Einladung in eine Organisation
    .body = Sie wurden eingeladen, der Organisation{ $organization } beizutreten. Sie können die Einladung innerhalb von 14 Tagen in HOP annehmen oder ablehnen.
signup_confirmed =
    .title = Anmeldung bestätigt
    .body = Ihre Anmeldung für die Schicht{ $what }{ $when } ist bestätigt.
signup_pending =
    .title = Anmeldung eingegangen
    .body = Ihre Anmeldung für die Schicht{ $what }{ $when } wartet auf die Prüfung durch die Organisation.
signup_waitlisted =
    .title = Sie stehen auf der Warteliste
    .body = Die Schicht{ $what }{ $when } ist ausgebucht, daher stehen Sie auf der Warteliste. Wird ein Platz frei, erhalten Sie ihn automatisch.
signup_promoted =
    .title = Ein Platz ist frei geworden
    .body = Bei der Schicht{ $what }{ $when } ist ein Platz frei geworden, und er gehört Ihnen: Ihre Anmeldung ist jetzt bestätigt.
signup_released =
    .title = Anmeldung aufgehoben
    .body = Ihre Anmeldung für die Schicht{ $what }{ $when } erfüllt die Regeln des Angebots (Alter oder Einwilligung der Erziehungsberechtigten) nicht mehr; der Platz wurde freigegeben.
signup_rejected =
    .title = Anmeldung abgelehnt
    .body = Die Organisation hat Ihre Anmeldung für die Schicht{ $what }{ $when } abgelehnt.
shift_changed =
    .title = Schicht verlegt
    .body = Die Organisation hat die Schicht{ $what }, für die Sie angemeldet sind, verlegt.
shift-changed-new-time = Sie beginnt jetzt{ $when }.
shift_cancelled =
    .title = Schicht abgesagt
    .body = Die Schicht{ $what }{ $when } wurde abgesagt.
hours_approved =
    .title = Stunden bestätigt
    .body = Die Organisation{ $organization } hat Ihre Ehrenamtsstunden{ $on }{ $amount } bestätigt.
hours_rejected =
    .title = Stunden nicht bestätigt
    .body = Die Organisation{ $organization } hat Ihre Ehrenamtsstunden{ $on }{ $amount } nicht bestätigt.
signup_awaits_agreement =
    .title = Schriftliche Vereinbarung nötig
    .body = Ihre Anmeldung für die Schicht{ $what }{ $when } wartet auf eine schriftliche Freiwilligenvereinbarung: Ihre Tätigkeit für diese Organisation würde mehr als 30 Tage umfassen. Sobald Sie die von der Organisation vorgeschlagene Vereinbarung annehmen, wird Ihr Platz bestätigt, wenn einer frei ist.
agreement_required =
    .title = Vereinbarung für eine Anmeldung nötig
    .body = Eine Anmeldung für die Schicht{ $what }{ $when } wartet auf eine schriftliche Freiwilligenvereinbarung: Die Tätigkeit der freiwilligen Person für Ihre Organisation würde mehr als 30 Tage umfassen. Schlagen Sie eine Vereinbarung vor, die den Tag der Schicht abdeckt.
agreement_proposed =
    .title = Freiwilligenvereinbarung vorgeschlagen
    .body = Die Organisation{ $organization } schlägt eine schriftliche Freiwilligenvereinbarung vor. Sie können sie in HOP lesen und annehmen.
agreement_terminated =
    .title = Freiwilligenvereinbarung beendet
    .body = Die Freiwilligenvereinbarung mit der Organisation{ $organization } wurde gekündigt. Den Tag, an dem sie endet, zeigt HOP.

rejection-reason = Begründung: { $reason }
signature = HOP — Freiwilligenzentrum Toruń
