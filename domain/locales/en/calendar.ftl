# Calendar feeds: what a calendar app shows of HOP's events beside the
# opportunity's own title and place. Sentences address the reader without a
# grammatical gender and with the polite "you" where a language has one.

# The name of a volunteer's own calendar, as their calendar app lists it.
calendar-mine = HOP: my shifts
# The name of an organisation's calendar; $organization is its name.
calendar-organization = HOP: { $organization }
# Where a remote opportunity happens, in the place of an address.
calendar-remote = Remote
# What an event of a volunteer's calendar says of their sign-up. $status is
# pending, confirmed, waitlisted, rejected, withdrawn, attended, no_show, or
# cancelled (the organisation cancelled the shift).
calendar-sign-up = { $status ->
        [pending] Your sign-up is waiting for the organisation's decision.
        [waitlisted] You are on the waiting list: if a place frees up, it is yours automatically.
        [rejected] The organisation has declined your sign-up.
        [withdrawn] Your sign-up has been withdrawn.
        [attended] Your attendance has been recorded.
        [no_show] Your absence has been recorded.
        [cancelled] The organisation has cancelled this shift.
       *[confirmed] Your place is confirmed.
    }
# An event of an organisation's calendar: confirmed places out of the
# shift's capacity, and how many are on its waiting list (whole numbers).
calendar-places = Places taken: { $taken } of { $capacity }. Waiting list: { $waiting }.
