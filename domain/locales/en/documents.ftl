# Documents: the certificate of volunteering, the written agreement, and
# the public page that verifies a certificate. A document is printed in
# Polish with the volunteer's language alongside, so each line stands on
# its own. Dates come as YYYY-MM-DD; $hours from duration.

certificate-title = Certificate of volunteering
certificate-intro = { $organization } certifies that { $volunteer } did volunteering work for it from { $from } to { $to }.
certificate-krs = National Court Register (KRS) number: { $krs }
certificate-address = Address: { $address }
certificate-total = Approved hours in total: { $hours }
certificate-by-opportunity = The work, by opportunity
certificate-opportunity = { $title } ({ $cause }): { $hours }
certificate-skills = Skills: { $skills }
certificate-other-work = Other work for the organisation: { $hours }
certificate-opinion = The organisation’s opinion
certificate-issued = Issued in { $place } on { $date }.
certificate-legal = Issued under art. 44 sec. 4 of Poland’s act of 24 April 2003 on public-benefit activity and volunteering.
certificate-verify = Check this certificate at { $url } (code { $code }).
agreement-title = Volunteering agreement
agreement-parties = Between { $organization } and the volunteer { $volunteer }, under art. 44 of Poland’s act on public-benefit activity and volunteering.
agreement-scope = Scope of the work
agreement-manner = How the work is done
agreement-period = Period: from { $from } to { $to }
agreement-place = Place: { $place }
agreement-hours = Hours a week: { $hours }
agreement-termination = How either side ends the agreement
agreement-insurance = Accident insurance
agreement-accepted = Accepted by the volunteer on { $date }.
agreement-not-accepted = Proposed; not yet accepted by the volunteer.
agreement-guardian = With the consent of the guardian { $guardian }, given on { $date }.
agreement-ended = Terminated; its last day is { $date }.
verify-title = Certificate { $code }
verify-valid = This certificate is valid: HOP issued it, and it states exactly the facts below.
verify-revoked = This certificate was revoked on { $date }.
verify-reason = Reason: { $reason }
verify-issued-by = Issued by { $organization } to { $volunteer } on { $date }.
verify-issued-to-erased = Issued by { $organization } on { $date } to a volunteer whose personal data has since been erased.
verify-hours = Approved hours: { $hours }, from { $from } to { $to }.
