// The tables as diesel sees them; kept in step with `migrations/` (the
// end-to-end suite runs every query against the migrated schema).

diesel::table! {
    users (id) {
        id -> Uuid,
        email -> Text,
        display_name -> Text,
        password_hash -> Text,
        is_staff -> Bool,
        created_at -> Timestamptz,
        updated_at -> Timestamptz,
        preferred_language -> Text,
        erased_at -> Nullable<Timestamptz>,
    }
}

diesel::table! {
    refresh_tokens (id) {
        id -> Uuid,
        user_id -> Uuid,
        family_id -> Uuid,
        token_hash -> Bytea,
        created_at -> Timestamptz,
        expires_at -> Timestamptz,
        used_at -> Nullable<Timestamptz>,
        revoked_at -> Nullable<Timestamptz>,
    }
}

diesel::table! {
    organizations (id) {
        id -> Uuid,
        name -> Text,
        name_search -> Text,
        description -> Text,
        kind -> Text,
        status -> Text,
        rejection_reason -> Nullable<Text>,
        contact_email -> Nullable<Text>,
        contact_phone -> Nullable<Text>,
        website -> Nullable<Text>,
        address -> Nullable<Text>,
        lat -> Nullable<Float8>,
        lon -> Nullable<Float8>,
        krs -> Nullable<Text>,
        reviewed_by -> Nullable<Uuid>,
        reviewed_at -> Nullable<Timestamptz>,
        created_at -> Timestamptz,
        updated_at -> Timestamptz,
    }
}

diesel::table! {
    organization_members (organization_id, user_id) {
        organization_id -> Uuid,
        user_id -> Uuid,
        role -> Text,
        added_by -> Nullable<Uuid>,
        created_at -> Timestamptz,
    }
}

diesel::table! {
    organization_invitations (id) {
        id -> Uuid,
        organization_id -> Uuid,
        email -> Text,
        role -> Text,
        status -> Text,
        invited_by -> Nullable<Uuid>,
        created_at -> Timestamptz,
        expires_at -> Timestamptz,
        closed_at -> Nullable<Timestamptz>,
    }
}

diesel::table! {
    skills (id) {
        id -> Uuid,
        slug -> Text,
        category -> Text,
        label_pl -> Text,
        label_en -> Text,
        label_de -> Nullable<Text>,
        label_lt -> Nullable<Text>,
        label_lv -> Nullable<Text>,
        label_uk -> Nullable<Text>,
        deprecated -> Bool,
        created_at -> Timestamptz,
        updated_at -> Timestamptz,
    }
}

diesel::table! {
    limit_windows (scope, key) {
        scope -> Text,
        key -> Text,
        ends_at -> Timestamptz,
        count -> Int4,
        last_at -> Timestamptz,
    }
}

diesel::table! {
    notifications (id) {
        id -> Uuid,
        recipient_id -> Uuid,
        kind -> Text,
        payload -> Jsonb,
        created_at -> Timestamptz,
        read_at -> Nullable<Timestamptz>,
    }
}

diesel::table! {
    email_outbox (id) {
        id -> Uuid,
        notification_id -> Uuid,
        recipient -> Text,
        subject -> Text,
        body -> Text,
        attempts -> Int4,
        next_attempt_at -> Timestamptz,
        sent_at -> Nullable<Timestamptz>,
        failed_at -> Nullable<Timestamptz>,
        last_error -> Nullable<Text>,
        created_at -> Timestamptz,
    }
}

diesel::table! {
    opportunities (id) {
        id -> Uuid,
        organization_id -> Uuid,
        title -> Text,
        description -> Text,
        cause -> Text,
        status -> Text,
        min_age -> Int2,
        requires_review -> Bool,
        works_with_children -> Bool,
        remote -> Bool,
        address -> Nullable<Text>,
        lat -> Nullable<Float8>,
        lon -> Nullable<Float8>,
        created_by -> Nullable<Uuid>,
        published_at -> Nullable<Timestamptz>,
        closed_at -> Nullable<Timestamptz>,
        created_at -> Timestamptz,
        updated_at -> Timestamptz,
        search_text -> Text,
        next_shift_at -> Nullable<Timestamptz>,
    }
}

diesel::table! {
    opportunity_skills (opportunity_id, skill_id) {
        opportunity_id -> Uuid,
        skill_id -> Uuid,
        min_level -> Int2,
        required -> Bool,
    }
}

diesel::table! {
    opportunity_languages (opportunity_id, code) {
        opportunity_id -> Uuid,
        code -> Text,
        min_level -> Text,
    }
}

diesel::table! {
    shifts (id) {
        id -> Uuid,
        opportunity_id -> Uuid,
        starts_at -> Timestamptz,
        ends_at -> Timestamptz,
        capacity -> Int4,
        confirmed_count -> Int4,
        waitlist_count -> Int4,
        cancelled_at -> Nullable<Timestamptz>,
        created_at -> Timestamptz,
        updated_at -> Timestamptz,
        revision -> Int4,
    }
}

diesel::table! {
    applications (id) {
        id -> Uuid,
        shift_id -> Uuid,
        volunteer_id -> Uuid,
        status -> Text,
        shift_period -> Tstzrange,
        rejection_reason -> Nullable<Text>,
        minutes_attended -> Nullable<Int4>,
        created_at -> Timestamptz,
        updated_at -> Timestamptz,
        pending_reason -> Nullable<Text>,
        revision -> Int4,
    }
}

diesel::table! {
    calendar_tokens (user_id) {
        user_id -> Uuid,
        token_hash -> Bytea,
        created_at -> Timestamptz,
    }
}

diesel::table! {
    signing_keys (kid) {
        kid -> Text,
        public_key -> Bytea,
        private_key -> Nullable<Bytea>,
        created_at -> Timestamptz,
        retired_at -> Nullable<Timestamptz>,
    }
}

diesel::table! {
    opinions (organization_id, volunteer_id) {
        organization_id -> Uuid,
        volunteer_id -> Uuid,
        body -> Text,
        written_by -> Nullable<Uuid>,
        updated_at -> Timestamptz,
    }
}

diesel::table! {
    certificates (id) {
        id -> Uuid,
        code -> Text,
        organization_id -> Uuid,
        volunteer_id -> Nullable<Uuid>,
        facts -> Jsonb,
        language -> Text,
        credential -> Text,
        kid -> Text,
        issued_at -> Timestamptz,
        revoked_at -> Nullable<Timestamptz>,
        revoked_by -> Nullable<Uuid>,
        revocation_reason -> Nullable<Text>,
    }
}

diesel::table! {
    agreements (id) {
        id -> Uuid,
        organization_id -> Uuid,
        volunteer_id -> Nullable<Uuid>,
        scope -> Text,
        manner -> Text,
        place -> Text,
        starts_on -> Date,
        ends_on -> Date,
        hours_per_week -> Int2,
        termination_terms -> Text,
        insurance_statement -> Nullable<Text>,
        status -> Text,
        proposed_by -> Nullable<Uuid>,
        created_at -> Timestamptz,
        accepted_at -> Nullable<Timestamptz>,
        guardian_name -> Nullable<Text>,
        guardian_consented_at -> Nullable<Timestamptz>,
        terminated_on -> Nullable<Date>,
        terminated_at -> Nullable<Timestamptz>,
        terminated_by -> Nullable<Uuid>,
    }
}

diesel::table! {
    hour_entries (id) {
        id -> Uuid,
        volunteer_id -> Nullable<Uuid>,
        organization_id -> Uuid,
        opportunity_id -> Nullable<Uuid>,
        application_id -> Nullable<Uuid>,
        work_date -> Date,
        minutes -> Int4,
        description -> Text,
        status -> Text,
        rejection_reason -> Nullable<Text>,
        corrects_id -> Nullable<Uuid>,
        decided_by -> Nullable<Uuid>,
        decided_at -> Nullable<Timestamptz>,
        created_at -> Timestamptz,
    }
}

diesel::table! {
    safeguarding_checks (organization_id, volunteer_id) {
        organization_id -> Uuid,
        volunteer_id -> Uuid,
        register_checked_at -> Timestamptz,
        certificate_held -> Bool,
        recorded_by -> Nullable<Uuid>,
        recorded_at -> Timestamptz,
    }
}

diesel::table! {
    volunteer_profiles (user_id) {
        user_id -> Uuid,
        birth_date -> Nullable<Date>,
        home_city -> Nullable<Text>,
        home_country -> Nullable<Text>,
        home_lat -> Nullable<Float8>,
        home_lon -> Nullable<Float8>,
        max_distance_km -> Nullable<Int2>,
        // `volunteer_profiles_causes_valid` admits no NULL element.
        causes -> Array<Text>,
        discoverable -> Bool,
        guardian_consent -> Bool,
        guardian_name -> Nullable<Text>,
        guardian_consent_recorded_at -> Nullable<Timestamptz>,
        created_at -> Timestamptz,
        updated_at -> Timestamptz,
        erased_age_band -> Nullable<Text>,
    }
}

diesel::table! {
    volunteer_skills (user_id, skill_id) {
        user_id -> Uuid,
        skill_id -> Uuid,
        level -> Int2,
    }
}

diesel::table! {
    volunteer_languages (user_id, code) {
        user_id -> Uuid,
        code -> Text,
        level -> Text,
    }
}

diesel::table! {
    volunteer_availability (user_id, weekday, start_minute) {
        user_id -> Uuid,
        weekday -> Int2,
        start_minute -> Int2,
        end_minute -> Int2,
    }
}

diesel::joinable!(volunteer_profiles -> users (user_id));
diesel::joinable!(volunteer_skills -> volunteer_profiles (user_id));
diesel::joinable!(volunteer_skills -> skills (skill_id));
diesel::joinable!(volunteer_languages -> volunteer_profiles (user_id));
diesel::joinable!(volunteer_availability -> volunteer_profiles (user_id));
diesel::joinable!(opportunities -> organizations (organization_id));
diesel::joinable!(agreements -> organizations (organization_id));
diesel::joinable!(opportunity_skills -> opportunities (opportunity_id));
diesel::joinable!(opportunity_skills -> skills (skill_id));
diesel::joinable!(opportunity_languages -> opportunities (opportunity_id));
diesel::joinable!(shifts -> opportunities (opportunity_id));
diesel::joinable!(applications -> shifts (shift_id));
diesel::joinable!(applications -> users (volunteer_id));
diesel::joinable!(refresh_tokens -> users (user_id));
diesel::joinable!(calendar_tokens -> users (user_id));
diesel::joinable!(organization_members -> organizations (organization_id));
diesel::joinable!(organization_members -> users (user_id));
diesel::joinable!(organization_invitations -> organizations (organization_id));
diesel::joinable!(notifications -> users (recipient_id));
diesel::joinable!(email_outbox -> notifications (notification_id));
diesel::table! {
    web_sessions (id) {
        id -> Uuid,
        user_id -> Uuid,
        token_hash -> Bytea,
        csrf_token -> Text,
        created_at -> Timestamptz,
        expires_at -> Timestamptz,
    }
}

diesel::joinable!(web_sessions -> users (user_id));

diesel::allow_tables_to_appear_in_same_query!(
    users,
    web_sessions,
    refresh_tokens,
    limit_windows,
    organizations,
    organization_members,
    organization_invitations,
    skills,
    notifications,
    email_outbox,
    opportunities,
    opportunity_skills,
    opportunity_languages,
    shifts,
    applications,
    calendar_tokens,
    hour_entries,
    agreements,
    signing_keys,
    opinions,
    certificates,
    safeguarding_checks,
    volunteer_profiles,
    volunteer_skills,
    volunteer_languages,
    volunteer_availability,
);
